/** The storage banner's export on the assessment pages. */
import type { Assessment } from '../../domain/assessment/assessment';

/**
 * Downloads each assessment as the JSON file the list imports. The file writers load only when
 * storage fails and someone asks for a copy, never with the page (#12).
 */
export function downloadLater(assessments: readonly Assessment[]): void {
  void import('../assessments/export-assessment').then((m) => m.downloadAssessments(assessments));
}
