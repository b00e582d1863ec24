/** What importing a participant's answers needs to know of the content, from the page's question facts. */
import type { SubmissionImportContext } from '../../domain/workshop/import-submission';
import type { QuestionFacts } from '../types';

/** Every question id, and the questions that allow "not applicable" (never a critical one). */
export function toImportContext(questions: readonly QuestionFacts[]): SubmissionImportContext {
  return {
    questionIds: new Set(questions.map((q) => q.id)),
    notApplicableAllowed: new Set(
      questions.filter((q) => q.notApplicable && !q.critical).map((q) => q.id),
    ),
  };
}
