/** Restores a workshop from its backup file; a refused file changes nothing and says why. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { MAX_TRANSFER_BYTES } from '../../domain/workshop/transfer-text';
import { readTextFile } from '../../adapters/file/save-file';
import { ErrorBanner } from '../shared/ErrorBanner';

interface Props {
  strings: UiStrings['workshop'];
  /** Receives a workshop read and checked from its file. */
  onWorkshop: (workshop: Workshop) => void;
}

interface Refusal {
  readonly message: string;
  readonly detail?: string | undefined;
}

export function RestorePanel({ strings: s, onWorkshop }: Props) {
  const [error, setError] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const read = await readTextFile(file, MAX_TRANSFER_BYTES);
    setBusy(false);
    // Clear the choice so picking the same file again (after fixing it) reads it again.
    input.value = '';
    if (!read.ok) {
      setError({ message: s.restoreErrors[read.reason] });
      return;
    }
    // Reading validates the backup (zod): loaded with the first file chosen, not the page (#12).
    const { tryParseWorkshopFile } = await import('../../domain/workshop/workshop-backup');
    const parsed = tryParseWorkshopFile(read.text);
    if (!parsed.ok) {
      setError({ message: s.restoreErrors[parsed.reason], detail: parsed.detail });
      return;
    }
    setError(null);
    onWorkshop(parsed.workshop);
  };
  return (
    <section class="stack panel" aria-labelledby="restore-heading">
      <h2 id="restore-heading">{s.restoreHeading}</h2>
      <p>{s.restoreText}</p>
      <div class="field">
        <label for="restore-file">{s.restoreLabel}</label>
        <input
          id="restore-file"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event)}
          aria-describedby={error ? 'restore-error' : undefined}
          aria-busy={busy ? 'true' : undefined}
        />
      </div>
      {error && (
        <ErrorBanner
          id="restore-error"
          message={`${error.message} ${s.restoreFailed}`}
          detail={error.detail}
          detailsLabel={s.errorDetails}
        />
      )}
    </section>
  );
}
