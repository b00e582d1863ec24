/**
 * Last time's answers in the next assessment (#16), fetched only for a run that has an earlier
 * one: each question's earlier answer in words, and the one button that copies them into the
 * questions not answered yet, saying how many it copied.
 */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { WizardDimension } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import { findById } from '../../domain/assessment/find-by-id';
import { getLastAnswers } from '../../domain/follow/last-answers';
import { format } from '../../i18n/format';
import { $assessments } from '../../stores/assessments';
import { copyLastAnswers } from '../../stores/last-answers';

/** The earlier run of `assessment`, when it is in this browser. */
const findEarlier = (assessment: Assessment) => findById($assessments.get(), assessment.previousId);

/**
 * "Last time: …" for every question of `dimensions`, by question id, in the levels' wording the
 * wizard shows; null when the earlier run is not in this browser.
 */
export function getLastTexts(
  assessment: Assessment,
  dimensions: readonly WizardDimension[],
  s: UiStrings['wizard'],
): Record<string, string> | null {
  const earlier = findEarlier(assessment);
  if (!earlier) return null;
  const questions = dimensions.flatMap((d) => d.questions);
  const last = getLastAnswers(earlier.answers, questions);
  const r = s.reassess;
  return Object.fromEntries(
    questions.map((q) => {
      const value = last[q.id];
      const answer =
        value === undefined
          ? r.notAnswered
          : value === 'dont-know'
            ? s.dontKnow
            : value === 'not-applicable'
              ? s.notApplicable
              : format(r.lastLevel, { level: value, label: q.levels[value] ?? '' });
      return [q.id, format(r.lastTime, { answer })];
    }),
  );
}

interface Props {
  assessment: Assessment;
  dimensions: readonly WizardDimension[];
  strings: UiStrings['wizard'];
  lang: string;
}

/** What this run follows, and the button that starts from last time's answers. */
export function LastTimeBar({ assessment, dimensions, strings: s, lang }: Props) {
  const [said, setSaid] = useState('');
  const earlier = findEarlier(assessment);
  if (!earlier) return null;
  const r = s.reassess;
  const copy = () => {
    const count = copyLastAnswers(
      assessment.id,
      dimensions.flatMap((d) => d.questions),
    );
    const form = new Intl.PluralRules(lang).select(count ?? 0) === 'one' ? 'one' : 'other';
    // The same words twice in a row would not be read again: a no-break space tells them apart.
    const text = count ? format(r.copied[form], { count }) : r.nothingToCopy;
    setSaid((before) => (before === text ? `${text}\u00a0` : text));
  };
  return (
    <div class="last-time-bar stack">
      <p>{format(r.lead, { name: earlier.name })}</p>
      <p class="hint" id="last-time-hint">
        {r.startFromHint}
      </p>
      <button
        type="button"
        class="button secondary"
        aria-describedby="last-time-hint"
        onClick={copy}
      >
        {r.startFrom}
      </button>
      <p role="status" class="last-time-said">
        {said}
      </p>
    </div>
  );
}
