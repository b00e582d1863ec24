/** The radar chart's table: each area's score and target, and the earlier assessment's when compared. */
import type { UiStrings } from '../../i18n/types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import type { Targets } from '../../domain/scoring/targets';
import type { DimensionDelta } from '../../domain/results/summarize-results';
import { formatScore } from '../../i18n/format';

interface Props {
  score: AssessmentScore;
  targets: Targets;
  titles: Readonly<Record<string, string>>;
  strings: UiStrings['results'];
  earlier: { name: string; deltas: readonly DimensionDelta[] } | null;
  lang: string;
}

export function RadarTable({ score, targets, titles, strings: s, earlier, lang }: Props) {
  const number = (value: number | null) => formatScore(value, lang, s.notEnough);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="radar-caption">
      <table>
        <caption id="radar-caption">{s.radarCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colArea}</th>
            <th scope="col" class="num">
              {s.colScore}
            </th>
            <th scope="col" class="num">
              {s.colTarget}
            </th>
            {earlier && (
              <th scope="col" class="num">
                {s.colEarlier}
              </th>
            )}
            {earlier && (
              <th scope="col" class="num">
                {s.colDelta}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {score.dimensions.map((d, i) => {
            const delta = earlier?.deltas[i];
            return (
              <tr key={d.dimensionId}>
                <th scope="row">{titles[d.dimensionId]}</th>
                <td class="num">{number(d.score)}</td>
                <td class="num">{number(targets[d.dimensionId] ?? null)}</td>
                {earlier && <td class="num">{number(delta?.earlier ?? null)}</td>}
                {earlier && (
                  <td class="num">
                    {delta?.delta == null
                      ? '—'
                      : `${delta.delta > 0 ? '+' : ''}${number(delta.delta)}`}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
