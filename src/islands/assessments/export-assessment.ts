/**
 * The export action: an assessment downloaded as a JSON file. Apart from use-import.ts, whose
 * reading side needs zod, so the wizard can offer it without loading the schemas (#12).
 */
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import {
  buildExport,
  serializeExport,
  toImportFileName,
} from '../../domain/assessment/export-file';
import { format } from '../../i18n/format';
import { saveTextFile } from '../../adapters/file/save-file';

/** Downloads an assessment as a JSON file (the file the list imports) and returns its name. */
export function downloadAssessment(assessment: Assessment): string {
  const now = new Date();
  const file = toImportFileName(assessment, now);
  saveTextFile(file, serializeExport(buildExport(assessment, now)));
  return file;
}

/** Downloads an assessment as a JSON file and reports it. */
export function exportAssessment(
  assessment: Assessment,
  s: UiStrings['assessments'],
  report: (text: string) => void,
) {
  report(format(s.exported, { file: downloadAssessment(assessment) }));
}

/** Downloads each assessment as its own JSON file, saying nothing (the storage banner's export). */
export function downloadAssessments(assessments: readonly Assessment[]): void {
  for (const assessment of assessments) downloadAssessment(assessment);
}
