/** The review: what is still unanswered (with links to each), and where the organization stands so far. */
import type { UiStrings } from '../../i18n/types';
import type { WizardDimension, WizardQuestion } from '../types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import type { Answers } from '../../domain/scoring/model';
import { toDisplayIndex } from '../../domain/scoring/maturity-level';
import { format } from '../../i18n/format';

interface Props {
  dimensions: readonly WizardDimension[];
  answers: Answers;
  score: AssessmentScore;
  strings: UiStrings['wizard'];
  verdicts: UiStrings['verdicts'];
  maturity: Readonly<Record<string, { readonly name: string; readonly meaning: string }>>;
  hrefOf: (step: string, questionId?: string) => string;
  onGo: (step: string, questionId?: string) => void;
  /** Opening sentence and closing action: results, or for a workshop participant, hand-back. */
  lead: string;
  finalHref: string;
  finalLabel: string;
}

export function ReviewStep({
  dimensions,
  answers,
  score,
  strings: s,
  verdicts,
  maturity,
  hrefOf,
  onGo,
  lead,
  finalHref,
  finalLabel,
}: Props) {
  const all = dimensions.flatMap((d) => d.questions);
  const numberOf = new Map(all.map((q, i) => [q.id, i + 1]));
  const byId = new Map(all.map((q) => [q.id, q]));
  const unanswered = all.filter((q) => answers[q.id] === undefined);
  const dontKnow = all.filter((q) => answers[q.id] === 'dont-know');
  // A blocker is already answered (at level 0 or 1): it is resolved in the organization, then
  // its answer is changed; the other lists are questions still to answer (#14).
  const linkWith = (template: string) => (q: WizardQuestion) => (
    <li key={q.id}>
      <a
        href={hrefOf(q.dimensionId, q.id)}
        onClick={(event) => {
          event.preventDefault();
          onGo(q.dimensionId, q.id);
        }}
      >
        {format(template, { n: numberOf.get(q.id) ?? 0, prompt: q.prompt })}
      </a>
    </li>
  );
  const link = linkWith(s.answerLink);
  const level = score.maturity ? maturity[score.maturity.id] : undefined;
  return (
    <div class="stack-lg">
      <p>{lead}</p>
      <section aria-labelledby="summary-heading" class="panel stack">
        <h3 id="summary-heading">{s.summaryHeading}</h3>
        {score.index === null ? (
          <p>{s.noIndex}</p>
        ) : (
          <dl class="summary">
            <div>
              <dt>{s.index}</dt>
              <dd>
                <strong class="big">
                  {format(s.outOf, { value: toDisplayIndex(score.index) })}
                </strong>
                {score.provisional && <span class="meta"> ({s.provisional})</span>}
              </dd>
            </div>
            {score.maturity && level && (
              <div>
                <dt>{s.maturity}</dt>
                <dd>
                  <strong>
                    {score.maturity.level}. {level.name}
                  </strong>
                  : {level.meaning}
                </dd>
              </div>
            )}
            <div>
              <dt>{s.verdict}</dt>
              <dd class={score.verdict === 'not-ready' ? 'verdict blocked' : 'verdict'}>
                <strong>{verdicts[score.verdict]}</strong>
              </dd>
            </div>
          </dl>
        )}
        <p>
          <a class="button" href={finalHref}>
            {finalLabel}
          </a>
        </p>
        {score.blockers.length > 0 && (
          <div class="banner danger">
            <h4>{s.blockersHeading}</h4>
            <ul>
              {score.blockers
                .map((id) => byId.get(id))
                .filter((q) => q !== undefined)
                .map(linkWith(s.blockerLink))}
            </ul>
          </div>
        )}
        {score.openCriticals.length > 0 && (
          <div class="banner warning">
            <h4>{s.openCriticalHeading}</h4>
            <ul>
              {score.openCriticals
                .map((id) => byId.get(id))
                .filter((q) => q !== undefined)
                .map(link)}
            </ul>
          </div>
        )}
      </section>
      <section aria-labelledby="unanswered-heading" class="stack">
        <h3 id="unanswered-heading">
          {unanswered.length > 0
            ? format(s.unansweredHeading, { count: unanswered.length })
            : dontKnow.length > 0
              ? format(s.noneBlankSomeUnknown, { count: dontKnow.length })
              : s.allAnswered}
        </h3>
        {dimensions.map((d) => {
          const open = unanswered.filter((q) => q.dimensionId === d.id);
          if (open.length === 0) return null;
          return (
            <div key={d.id} class="stack">
              <h4>{d.title}</h4>
              <ul class="link-list">{open.map(link)}</ul>
            </div>
          );
        })}
      </section>
      {dontKnow.length > 0 && (
        <section aria-labelledby="dont-know-heading" class="stack">
          <h3 id="dont-know-heading">{format(s.dontKnowHeading, { count: dontKnow.length })}</h3>
          <ul class="link-list">{dontKnow.map(link)}</ul>
        </section>
      )}
    </div>
  );
}
