/**
 * A panel that reads one text file the user picks (an assessment export, a workshop backup) and
 * hands its text on, or shows why it was refused. The input is cleared after each pick, so
 * picking the same file again (after fixing it) reads it again.
 */
import { useState } from 'preact/hooks';
import { readTextFile } from '../../adapters/file/save-file';
import { ErrorBanner } from './ErrorBanner';

/** Why a file was refused, as the panel shows it. */
export interface FileRefusal {
  readonly message: string;
  readonly detail?: string | undefined;
}

interface Props {
  /**
   * The ids of the heading, the file input and the error, e.g. `import-heading`. Given whole: a
   * bare `"import"` literal in the bundle reads as an import statement to the budget checker.
   */
  ids: { readonly heading: string; readonly file: string; readonly error: string };
  heading: string;
  text: string;
  label: string;
  /** Appended to every refusal: what happened to what was already stored. */
  failed: string;
  detailsLabel: string;
  maxBytes: number;
  /** Messages for a file too large or unreadable. */
  readErrors: Readonly<Record<'too-large' | 'read-failed', string>>;
  error: FileRefusal | null;
  onText: (text: string) => void;
  onError: (error: FileRefusal) => void;
}

export function FilePickerPanel(props: Props) {
  const { ids, error } = props;
  const [busy, setBusy] = useState(false);
  const choose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    const read = await readTextFile(file, props.maxBytes);
    setBusy(false);
    input.value = '';
    if (read.ok) props.onText(read.text);
    else props.onError({ message: props.readErrors[read.reason] });
  };
  return (
    <section class="stack panel" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{props.heading}</h2>
      <p>{props.text}</p>
      <div class="field">
        <label for={ids.file}>{props.label}</label>
        <input
          id={ids.file}
          type="file"
          accept=".json,application/json"
          onChange={(event) => void choose(event)}
          aria-describedby={error ? ids.error : undefined}
          aria-busy={busy ? 'true' : undefined}
        />
      </div>
      {error && (
        <ErrorBanner
          id={ids.error}
          message={`${error.message} ${props.failed}`}
          detail={error.detail}
          detailsLabel={props.detailsLabel}
        />
      )}
    </section>
  );
}
