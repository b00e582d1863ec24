/** Where a participant pastes an invitation code or opens an invitation file; shows why one was refused. */
import { useEffect, useRef } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { RefusalMessage } from './join-messages';
import { ErrorBanner } from '../shared/ErrorBanner';

interface Props {
  strings: UiStrings['join'];
  code: string;
  busy: boolean;
  error: RefusalMessage | null;
  /** Put focus in the code field when shown (after "Open another invitation"). */
  focusCode?: boolean;
  onCode: (code: string) => void;
  onRead: (code: string) => void;
  onFile: (file: File) => void;
}

export function InvitationForm(props: Props) {
  const { strings: s, code, busy, error, onCode, onRead, onFile } = props;
  const errorBox = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (props.focusCode) field.current?.focus();
  }, []);
  // A refusal is where the participant's attention should go next.
  useEffect(() => {
    if (error) errorBox.current?.focus();
  }, [error]);
  const describedBy = `invitation-code-hint${error ? ' invitation-error' : ''}`;

  return (
    <section class="panel stack" aria-labelledby="join-form-heading">
      <h2 id="join-form-heading">{s.formHeading}</h2>
      <form
        class="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onRead(code);
        }}
      >
        <div class="field field-wide">
          <label for="invitation-code">{s.codeLabel}</label>
          <p class="hint" id="invitation-code-hint">
            {s.codeHint}
          </p>
          <textarea
            id="invitation-code"
            ref={field}
            class="code-text"
            rows={4}
            value={code}
            spellcheck={false}
            autocomplete="off"
            autoCapitalize="off"
            aria-describedby={describedBy}
            aria-invalid={error ? 'true' : undefined}
            onInput={(event) => onCode(event.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button" disabled={busy}>
          {s.read}
        </button>
      </form>
      <div class="field">
        <label for="invitation-file">{s.fileLabel}</label>
        <input
          id="invitation-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={error ? 'invitation-error' : undefined}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Clear the choice so that choosing the same file again reads it again.
            input.value = '';
            if (file) onFile(file);
          }}
        />
      </div>
      <div role="status" class="status">
        {busy && <p class="loading">{s.reading}</p>}
      </div>
      {error && (
        <ErrorBanner
          id="invitation-error"
          message={error.message}
          detail={error.detail}
          detailsLabel={s.errorDetails}
          boxRef={errorBox}
        />
      )}
    </section>
  );
}
