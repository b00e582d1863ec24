/**
 * "Start the next assessment" on the follow page (#16). The form and what it does when sent are
 * fetched on the click (start-next.ts), so the page's first load grows by little more than this
 * button. An assessment's card on the assessments page links here with `#next-assessment`, which
 * opens the form at once: this page has the plan whose unfinished initiatives come across (working
 * it out on the card would put the plan's code on the assessments page's first load).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type * as StartNext from './start-next';

interface Props {
  assessment: Assessment;
  /** The plan's initiatives as the page lists them: the ones not done come across. */
  planIds: readonly string[];
  strings: UiStrings['follow'];
  listStrings: UiStrings['assessments'];
  lang: string;
  wizardPath: string;
}

type Part = typeof StartNext;

export function NextAssessment(props: Props) {
  const { assessment: a, listStrings: s } = props;
  // The fetched part; false when it could not be fetched.
  const [part, setPart] = useState<Part | false | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const open = () => void import('./start-next').then(setPart, () => setPart(false));
  useEffect(() => {
    if (globalThis.location.hash === '#next-assessment') open();
  }, []);
  return (
    <section class="stack" id="next-assessment" aria-labelledby="next-assessment-heading">
      <h2 id="next-assessment-heading">{props.strings.reassess.heading}</h2>
      <p>{props.strings.reassess.lead}</p>
      {part ? (
        <part.StartNextForm
          earlier={a}
          lang={props.lang}
          strings={s}
          onStart={(name) => part.startNext(a.id, name, props.planIds, props.wizardPath, s)}
          onCancel={() => {
            setPart(null);
            // Back on the button once it is drawn again.
            setTimeout(() => button.current?.focus());
          }}
        />
      ) : (
        <div class="actions">
          <button type="button" class="button" ref={button} onClick={open}>
            {s.reassess.start}
          </button>
        </div>
      )}
      {part === false && (
        <p class="error" role="alert">
          {s.reassess.loadFailed}
        </p>
      )}
    </section>
  );
}
