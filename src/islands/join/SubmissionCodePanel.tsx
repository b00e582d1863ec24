/** The participant's answers as a compact code: shown read-only (a screen reader can read it) with a Copy button. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Submission } from '../../domain/workshop/workshop';
import { copyText } from '../../adapters/file/save-file';

interface Props {
  strings: UiStrings['join'];
  submission: Submission;
  questionIds: readonly string[];
}

export function SubmissionCodePanel({ strings: s, submission, questionIds }: Props) {
  const [code, setCode] = useState<string | null>(null);
  const [copied, setCopied] = useState<{ readonly ok: boolean } | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const message = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let current = true;
    setCode(null);
    // The code module also reads codes (zod): loaded when a code is first shown (#12).
    void import('../../domain/workshop/submission-code')
      .then(({ encodeSubmissionCode }) => encodeSubmissionCode(submission, questionIds))
      .then((text) => {
        if (current) setCode(text);
      });
    return () => {
      current = false;
    };
  }, [submission, questionIds]);

  // After copying, focus goes to the message; when the clipboard was refused, to the code,
  // selected, so that the participant can copy it themselves.
  useEffect(() => {
    if (copied?.ok) message.current?.focus();
    else if (copied) {
      field.current?.focus();
      field.current?.select();
    }
  }, [copied]);

  const copy = async () => {
    if (code) setCopied({ ok: await copyText(code) });
  };

  return (
    <section class="panel stack" aria-labelledby="code-heading">
      <h3 id="code-heading">{s.codeHeading}</h3>
      <p id="code-text">{s.codeText}</p>
      <div class="field field-wide">
        <label for="submission-code">{s.codeFieldLabel}</label>
        <textarea
          id="submission-code"
          class="code-text"
          ref={field}
          rows={5}
          readOnly
          value={code ?? s.preparing}
          aria-describedby="code-text"
          aria-busy={code === null ? 'true' : undefined}
        />
      </div>
      <p>
        <button type="button" class="button" disabled={code === null} onClick={() => void copy()}>
          {s.copy}
        </button>
      </p>
      <div role="status" class="status">
        {copied && (
          <p class={copied.ok ? 'banner success' : 'banner warning'} tabIndex={-1} ref={message}>
            {copied.ok ? s.copied : s.copyFailed}
          </p>
        )}
      </div>
    </section>
  );
}
