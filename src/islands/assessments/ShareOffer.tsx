/** When the page is opened from a share link, offers to import the assessment it carries. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { RestoreContext } from '../../domain/assessment/restore-assessment';
import { getShareCodeFromHash } from '../../domain/assessment/share-fragment';
import { format } from '../../i18n/format';
import { countGivenAnswers } from '../../domain/assessment/progress';

interface Props {
  strings: UiStrings['assessments'];
  context: RestoreContext;
  total: number;
  onImport: (assessment: Assessment) => void;
}

type Offer = { kind: 'assessment'; assessment: Assessment } | { kind: 'error'; message: string };

/** Removes the share code from the address bar, so a reload does not offer it again. */
function clearHash() {
  const { pathname, search } = globalThis.location;
  globalThis.history.replaceState(globalThis.history.state, '', `${pathname}${search}`);
}

export function ShareOffer({ strings: s, context, total, onImport }: Props) {
  const [offer, setOffer] = useState<Offer | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The offer appears after the page has loaded: move focus to it so keyboard and screen-reader users meet it.
  useEffect(() => heading.current?.focus(), [offer]);
  useEffect(() => {
    // A second share link opened in the same tab changes only the fragment (#14): read every
    // change, and let only the latest link's answer land, so an offer never shows stale data.
    let latest = 0;
    const read = () => {
      const code = getShareCodeFromHash(globalThis.location.hash);
      const request = ++latest;
      if (code === null) return;
      setOffer(null);
      // Decoding validates the assessment (zod): loaded only when a link carries one (#12).
      void import('../../domain/assessment/share-code')
        .then(({ decodeShareCode }) => decodeShareCode(code, context))
        .then((result) => {
          if (request !== latest) return;
          setOffer(
            result.ok
              ? { kind: 'assessment', assessment: result.assessment }
              : { kind: 'error', message: s.importErrors[result.reason] },
          );
        });
    };
    read();
    globalThis.addEventListener('hashchange', read);
    return () => {
      latest += 1;
      globalThis.removeEventListener('hashchange', read);
    };
  }, [context, s]);

  if (!offer) return null;
  if (offer.kind === 'error') {
    return (
      <div class="banner danger" role="alert">
        <p>
          {s.shareError} {offer.message}
        </p>
      </div>
    );
  }
  const a = offer.assessment;
  const close = () => {
    clearHash();
    setOffer(null);
  };
  return (
    <section class="banner info" aria-labelledby="share-heading">
      <h2 id="share-heading" ref={heading} tabIndex={-1}>
        {s.shareHeading}
      </h2>
      <p>
        {format(s.shareText, {
          name: a.name,
          organization: a.organization,
          answered: countGivenAnswers(a.answers),
          total,
        })}
      </p>
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() => {
            onImport(a);
            close();
          }}
        >
          {s.shareImport}
        </button>
        <button type="button" class="button secondary" onClick={close}>
          {s.shareDismiss}
        </button>
      </div>
    </section>
  );
}
