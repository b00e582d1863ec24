/** The assessment a page is showing (results, decision, wizard): its id, and the record itself. */
import { atom, computed } from 'nanostores';
import type { Assessment } from '../domain/assessment/assessment';
import { findById } from '../domain/assessment/find-by-id';
import { $assessments } from './assessments';

/** The id the page was opened with (`?id=`); empty for none. */
export const $currentAssessmentId = atom('');

/** The assessment stored under that id, or undefined (missing, deleted, or an id like `constructor`). */
export const $currentAssessment = computed(
  [$assessments, $currentAssessmentId],
  (all, id): Assessment | undefined => findById(all, id),
);

/** Shows another assessment (or none, with an empty id). */
export function showAssessment(id: string): void {
  $currentAssessmentId.set(id);
}
