/**
 * The participant's answers as a QR code for the facilitator's camera (#18): the submission code
 * itself, or, when it does not fit one code, a short numbered sequence shown one at a time, read
 * in any order. The code, its parts and the drawing load after the page is drawn.
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Submission } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import { QrImage } from '../shared/QrImage';

interface Props {
  strings: UiStrings['qr'];
  submission: Submission;
  questionIds: readonly string[];
}

type Texts = readonly string[] | 'too-large' | null;

export function SubmissionQrPanel({ strings: s, submission, questionIds }: Props) {
  const [texts, setTexts] = useState<Texts>(null);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    let current = true;
    setTexts(null);
    setIndex(0);
    void Promise.all([
      import('../../domain/workshop/submission-code'),
      import('../../domain/workshop/qr-parts'),
    ]).then(async ([{ encodeSubmissionCode }, { splitForQr }]) => {
      const code = await encodeSubmissionCode(submission, questionIds);
      const split = splitForQr(code, submission.workshopId);
      if (current) setTexts(split.ok ? split.texts : 'too-large');
    });
    return () => {
      current = false;
    };
  }, [submission, questionIds]);

  const total = Array.isArray(texts) ? texts.length : 0;
  const shown = Math.min(index, Math.max(total - 1, 0));
  return (
    <section class="panel stack hand-back-qr" aria-labelledby="qr-heading">
      <h3 id="qr-heading">{s.handBackHeading}</h3>
      <p>{s.handBackLead}</p>
      {total > 1 && <p>{format(s.handBackPartsLead, { total })}</p>}
      {texts === 'too-large' ? (
        <p class="banner warning">{s.tooLargeForQr}</p>
      ) : texts === null ? (
        <div class="qr-frame" aria-busy="true">
          <p class="qr-preparing">{s.preparing}</p>
        </div>
      ) : (
        <>
          <QrImage
            text={texts[shown]!}
            alt={
              total > 1 ? format(s.handBackPartAlt, { n: shown + 1, total }) : s.handBackImageAlt
            }
            preparing={s.preparing}
            onTooLarge={() => setTexts('too-large')}
          />
          {total > 1 && (
            <div class="actions qr-steps">
              <button
                type="button"
                class="button secondary"
                disabled={shown === 0}
                onClick={() => setIndex(shown - 1)}
              >
                {s.previousPart}
              </button>
              <p aria-live="polite">{format(s.partOf, { n: shown + 1, total })}</p>
              <button
                type="button"
                class="button secondary"
                disabled={shown === total - 1}
                onClick={() => setIndex(shown + 1)}
              >
                {s.nextPart}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
