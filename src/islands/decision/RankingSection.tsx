/** The options ranked by weighted score, with a text bar each, and the recommendation in words. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { Ranking } from '../../domain/decision/rank-options';
import { formatReadable } from './decision-format';
import { getRecommendationText, type DecisionNames } from './recommendation-text';

interface Props {
  ranking: Ranking;
  names: DecisionNames;
  strings: UiStrings['decision'];
  lang: Lang;
}

/** Cells of the text bar: one per 5 points. */
const BAR_CELLS = 20;

/** Returns a bar of full and empty blocks for a score out of 100. */
function toTextBar(percent: number): string {
  const full = Math.round((Math.min(100, Math.max(0, percent)) / 100) * BAR_CELLS);
  return `${'█'.repeat(full)}${'░'.repeat(BAR_CELLS - full)}`;
}

export function RankingSection({ ranking, names, strings: s, lang }: Props) {
  return (
    <section class="stack" aria-labelledby="ranking-heading">
      <h2 id="ranking-heading">{s.rankingHeading}</h2>
      <p class="hint">{s.rankingLead}</p>
      <p class={ranking.status === 'ranked' ? 'recommendation' : 'banner warning'}>
        {getRecommendationText(ranking, names, s, lang)}
      </p>
      {ranking.status === 'ranked' && (
        <ol class="ranking" aria-labelledby="ranking-heading">
          {ranking.options.map((o) => {
            const tied = ranking.options.some((p) => p !== o && p.rank === o.rank);
            return (
              <li key={o.optionId} class={o.rank === 1 ? 'top' : undefined}>
                <span class="rank-name">
                  {format(s.rankLabel, { rank: o.rank, option: names.options[o.optionId] })}
                  {tied && <span class="tied"> ({s.tied})</span>}
                </span>
                <span class="rank-bar" aria-hidden="true">
                  {toTextBar(o.percent)}
                </span>
                <strong class="rank-score">
                  {format(s.outOf, { value: formatReadable(o.percent, lang) })}
                </strong>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
