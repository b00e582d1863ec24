/** Picks an assessment file and hands its text on; shows why a file was refused. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import { readTextFile } from '../../adapters/file/save-file';
import { MAX_IMPORT_BYTES } from '../../domain/assessment/export-file';
import { ErrorBanner } from '../shared/ErrorBanner';

/** Why an import failed, as the panel shows it. */
export interface ImportError {
  readonly message: string;
  readonly detail?: string | undefined;
}

interface Props {
  strings: UiStrings['assessments'];
  error: ImportError | null;
  onText: (text: string) => void;
  onError: (error: ImportError) => void;
}

export function ImportPanel({ strings, error, onText, onError }: Props) {
  const [busy, setBusy] = useState(false);
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const read = await readTextFile(file, MAX_IMPORT_BYTES);
    setBusy(false);
    // Clear the choice so picking the same file again (after fixing it) triggers a new import.
    input.value = '';
    if (read.ok) onText(read.text);
    else onError({ message: strings.importErrors[read.reason] });
  };
  return (
    <section class="stack panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{strings.importHeading}</h2>
      <p>{strings.importText}</p>
      <div class="field">
        <label for="import-file">{strings.importLabel}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event)}
          aria-describedby={error ? 'import-error' : undefined}
          aria-busy={busy ? 'true' : undefined}
        />
      </div>
      {error && (
        <ErrorBanner
          id="import-error"
          message={`${error.message} ${strings.importFailed}`}
          detail={error.detail}
          detailsLabel={strings.errorDetails}
        />
      )}
    </section>
  );
}
