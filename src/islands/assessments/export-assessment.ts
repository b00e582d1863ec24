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

/** Downloads an assessment as a JSON file and reports it. */
export function exportAssessment(
  assessment: Assessment,
  s: UiStrings['assessments'],
  report: (text: string) => void,
) {
  const now = new Date();
  const file = toImportFileName(assessment, now);
  saveTextFile(file, serializeExport(buildExport(assessment, now)));
  report(format(s.exported, { file }));
}
