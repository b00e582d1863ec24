/**
 * Starting the next assessment from an earlier one (issue #16). Apart from the follow store so that
 * only the follow page's form, fetched when it is opened, loads it and the carry-over's code.
 */
import { findById } from '../domain/assessment/find-by-id';
import { carryOver } from '../domain/follow/carry-over';
import { $assessments, addAssessment } from './assessments';

/**
 * Starts the next assessment of an earlier one's organization (carry-over) and returns its id,
 * or null when the earlier one is not in this browser.
 * @param options.planIds the initiatives of the earlier plan, as its roadmap shows them
 */
export function startNextAssessment(
  earlierId: string,
  options: { readonly name: string; readonly planIds: readonly string[] },
): string | null {
  const earlier = findById($assessments.get(), earlierId);
  if (!earlier) return null;
  return addAssessment((now, contentVersion) =>
    carryOver({ earlier, planIds: options.planIds, name: options.name, contentVersion, now }),
  );
}
