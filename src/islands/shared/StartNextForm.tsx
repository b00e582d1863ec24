/**
 * The next assessment's name (#16), asked on the follow page (an assessment's card links there): a
 * name suggested from the earlier run's and the month, refused inline when blank or too long.
 * Fetched on the click that opens it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import { checkRunName, suggestRunName } from '../../domain/follow/next-run';

export interface StartNextFormProps {
  earlier: Pick<Assessment, 'id' | 'name' | 'previousId'>;
  lang: string;
  strings: UiStrings['assessments'];
  /**
   * Starts the next assessment with the name given and opens it; resolves to what went wrong, in
   * the page's language, or null when the page is on its way to the wizard.
   */
  onStart: (name: string) => Promise<string | null>;
  onCancel: () => void;
}

/** This month and year as `lang` writes them, e.g. "December 2026", "diciembre de 2026". */
const thisMonth = (lang: string) =>
  new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric' }).format(new Date());

export function StartNextForm({
  earlier,
  lang,
  strings: s,
  onStart,
  onCancel,
}: StartNextFormProps) {
  const r = s.reassess;
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => input.current?.focus(), []);
  const id = `next-name-${earlier.id}`;
  const submit = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkRunName(input.current?.value ?? '');
    if (!checked.ok) {
      setError(r.errors[checked.reason]);
      input.current?.focus();
      return;
    }
    setError('');
    setBusy(true);
    void onStart(checked.value).then((problem) => {
      if (problem === null) return;
      setError(problem);
      setBusy(false);
    });
  };
  return (
    <form class="next-run stack" onSubmit={submit} noValidate>
      <div class="field">
        <label for={id}>{r.nameLabel}</label>
        <p class="hint" id={`${id}-hint`}>
          {r.nameHint}
        </p>
        <input
          id={id}
          ref={input}
          defaultValue={suggestRunName(earlier, thisMonth(lang))}
          autoComplete="off"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        />
        {error && (
          <p class="error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <p role="status">{busy ? r.starting : ''}</p>
      <div class="actions">
        <button type="submit" class="button">
          {r.submit}
        </button>
        <button type="button" class="button secondary" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
