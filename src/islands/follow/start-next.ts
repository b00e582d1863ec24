/**
 * Starting the next assessment from the follow page (#16): its form and what it does when sent,
 * fetched together when the form is opened, so the carry-over's code stays off the first load.
 */
import type { UiStrings } from '../../i18n/types';
import { assessmentSaved } from '../../stores/assessments';
import { startNextAssessment } from '../../stores/reassess';

export { StartNextForm } from '../shared/StartNextForm';

/**
 * Starts the run after `earlierId` with the plan's initiatives and, once it is stored, opens it
 * at `wizardPath`; resolves to what went wrong, or null on the way to the wizard.
 */
export async function startNext(
  earlierId: string,
  name: string,
  planIds: readonly string[],
  wizardPath: string,
  s: UiStrings['assessments'],
): Promise<string | null> {
  const id = startNextAssessment(earlierId, { name, planIds });
  if (id === null) return s.reassess.notFound;
  if (!(await assessmentSaved(id))) return s.startNotSaved;
  globalThis.location.assign(`${wizardPath}?id=${encodeURIComponent(id)}`);
  return null;
}
