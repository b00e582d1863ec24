/**
 * Continuing a quick scan into the full assessment (#13). Its own module, beside the assessments
 * store, so that only the pages that offer it (wizard, results) carry its code.
 */
import { withMode } from '../domain/assessment/assessment';
import { updateAssessment } from './assessments';

/** Continues a quick scan into the full assessment, keeping every answer and note. */
export function continueToFullAssessment(id: string): void {
  updateAssessment(id, (a, now) => withMode(a, 'full', now));
}
