/**
 * Last time's answers in the next assessment (issue #16): copied into the run on request. Only the
 * wizard's "last time" part, fetched when a run has an earlier one, loads this store.
 */
import { findById } from '../domain/assessment/find-by-id';
import { getCopyableAnswers, getLastAnswers, type AnswerRule } from '../domain/follow/last-answers';
import { $assessments, updateAssessment } from './assessments';

/**
 * Copies the earlier run's answers that fit `questions` into the questions assessment `id` has
 * not answered; returns how many, or null when the assessment or its earlier run is not in this
 * browser.
 * @param questions the questions the wizard asks (a quick scan's own)
 */
export function copyLastAnswers(id: string, questions: readonly AnswerRule[]): number | null {
  const all = $assessments.get();
  const current = findById(all, id);
  const earlier = findById(all, current?.previousId);
  if (!current || !earlier) return null;
  const last = getLastAnswers(earlier.answers, questions);
  const count = Object.keys(getCopyableAnswers(last, current.answers)).length;
  if (count === 0) return 0;
  // Worked out again on the record as stored: another tab may have answered some meanwhile.
  updateAssessment(id, (a, now) => ({
    ...a,
    answers: { ...a.answers, ...getCopyableAnswers(last, a.answers) },
    updatedAt: now.toISOString(),
  }));
  return count;
}
