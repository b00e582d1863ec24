/** Builds the workshop's consolidated assessment from the agreed answers, and links to its results. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import { consolidateWorkshop, workshopSaved } from '../../stores/workshops';
import { assessmentSaved } from '../../stores/assessments';
import { formatDay } from './workshop-format';

interface Props {
  workshop: Workshop;
  /** Whether the consolidated assessment is still in this browser. */
  exists: boolean;
  strings: UiStrings['workshop'];
  lang: string;
  resultsPath: string;
}

export function ConsolidatePanel({ workshop: w, exists, strings: s, lang, resultsPath }: Props) {
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);
  const agreed = Object.keys(w.agreed).length;
  const build = () => {
    if (agreed === 0) {
      setMessage({ text: s.consolidateNeedsAgreement, error: true });
      return;
    }
    const name = format(s.consolidatedName, {
      organization: w.organization,
      date: formatDay(w.date, lang),
    });
    const id = consolidateWorkshop(w.id, name);
    if (!id) {
      setMessage({ text: s.consolidateFailed, error: true });
      return;
    }
    // "Ready" only once both the assessment and the workshop's link to it are stored (#15).
    void Promise.all([assessmentSaved(id), workshopSaved(w.id)]).then((saved) =>
      setMessage(
        saved.every(Boolean)
          ? { text: s.consolidatedReady }
          : { text: s.consolidatedNotStored, error: true },
      ),
    );
  };
  const resultsHref = w.assessmentId
    ? `${resultsPath}?id=${encodeURIComponent(w.assessmentId)}`
    : null;
  return (
    <section
      class="stack panel workshop-section"
      id="consolidate"
      aria-labelledby="consolidate-heading"
    >
      <h2 id="consolidate-heading">{s.consolidateHeading}</h2>
      <p class="prose">{s.consolidateText}</p>
      <div aria-live="polite">
        {message && (
          <p class={message.error ? 'error' : 'banner success'} ref={messageRef} tabIndex={-1}>
            {message.text}
          </p>
        )}
      </div>
      {exists && resultsHref ? (
        <>
          <p class="prose">{s.consolidatedExists}</p>
          <p>
            <a class="button" href={resultsHref}>
              {s.seeResults}
            </a>
          </p>
        </>
      ) : (
        <>
          {w.assessmentId && <p class="prose">{s.consolidatedMissing}</p>}
          <p>
            <button type="button" class="button" onClick={build}>
              {s.consolidateButton}
            </button>
          </p>
        </>
      )}
    </section>
  );
}
