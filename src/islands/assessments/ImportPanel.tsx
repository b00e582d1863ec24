/** Picks an assessment file and hands its text on; shows why a file was refused. */
import type { UiStrings } from '../../i18n/types';
import { MAX_IMPORT_BYTES } from '../../domain/assessment/export-file';
import { FilePickerPanel, type FileRefusal } from '../shared/FilePickerPanel';

/** Why an import failed, as the panel shows it. */
export type ImportError = FileRefusal;

interface Props {
  strings: UiStrings['assessments'];
  error: ImportError | null;
  onText: (text: string) => void;
  onError: (error: ImportError) => void;
}

export function ImportPanel({ strings: s, error, onText, onError }: Props) {
  return (
    <FilePickerPanel
      ids={{ heading: 'import-heading', file: 'import-file', error: 'import-error' }}
      heading={s.importHeading}
      text={s.importText}
      label={s.importLabel}
      failed={s.importFailed}
      detailsLabel={s.errorDetails}
      maxBytes={MAX_IMPORT_BYTES}
      readErrors={s.importErrors}
      error={error}
      onText={onText}
      onError={onError}
    />
  );
}
