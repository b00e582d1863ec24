/** What the assessments page lists: each assessment with how far it is answered. */
import type { Assessment } from './assessment/assessment';
import { getAssessedQuestions } from './assessment/assessment-mode';
import { getProgress, type ProgressCount, type ProgressQuestion } from './assessment/progress';

/** One card of the list. */
export interface AssessmentListItem {
  readonly assessment: Assessment;
  /** Answered of asked: a quick scan counts only its own questions. */
  readonly progress: ProgressCount;
}

/**
 * The list as the page shows it, in the order given (most recently changed first).
 * @param quickScanIds the ids of the quick-scan questions
 */
export function buildAssessmentListView(
  assessments: readonly Assessment[],
  questions: readonly ProgressQuestion[],
  quickScanIds: readonly string[],
): AssessmentListItem[] {
  return assessments.map((assessment) => ({
    assessment,
    progress: getProgress(
      getAssessedQuestions(questions, assessment.mode, quickScanIds),
      assessment.answers,
    ).overall,
  }));
}
