/** The review's "where you stand so far": index, maturity level and verdict, then the way on. */
import type { UiStrings } from '../../i18n/types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import { toDisplayIndex } from '../../domain/scoring/maturity-level';
import { format } from '../../i18n/format';

interface Props {
  score: AssessmentScore;
  strings: UiStrings['wizard'];
  verdicts: UiStrings['verdicts'];
  maturity: Readonly<Record<string, { readonly name: string; readonly meaning: string }>>;
}

export function ReviewSummary({ score, strings: s, verdicts, maturity }: Props) {
  if (score.index === null) return <p>{s.noIndex}</p>;
  const level = score.maturity ? maturity[score.maturity.id] : undefined;
  return (
    <dl class="summary">
      <div>
        <dt>{s.index}</dt>
        <dd>
          <strong class="big">{format(s.outOf, { value: toDisplayIndex(score.index) })}</strong>
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
  );
}
