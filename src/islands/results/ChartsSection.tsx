/** Radar of areas (current, target, earlier) and bars by phase, each followed by its table. */
import { useMemo } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import { PHASE_IDS, type PhaseId } from '../../domain/scoring/model';
import type { Targets } from '../../domain/scoring/targets';
import type { DimensionDelta } from '../../domain/results/summarize-results';
import {
  buildPhaseBarConfig,
  buildRadarConfig,
  type ChartSeries,
} from '../../adapters/chart/chart-configs';
import { format, formatScore } from '../../i18n/format';
import { ChartCanvas } from './ChartCanvas';
import { usePalette } from './use-palette';

interface Props {
  score: AssessmentScore;
  targets: Targets;
  titles: Readonly<Record<string, string>>;
  phaseNames: Readonly<Record<PhaseId, string>>;
  strings: UiStrings['results'];
  earlier: { name: string; deltas: readonly DimensionDelta[] } | null;
  lang: string;
}

const round = (value: number | null) => (value === null ? null : Math.round(value));

export function ChartsSection({
  score,
  targets,
  titles,
  phaseNames,
  strings: s,
  earlier,
  lang,
}: Props) {
  const palette = usePalette();
  const number = (value: number | null) => formatScore(value, lang, s.notEnough);
  const radar = useMemo(() => {
    const ids = score.dimensions.map((d) => d.dimensionId);
    const series: ChartSeries[] = [
      {
        label: s.current,
        values: score.dimensions.map((d) => round(d.score)),
        color: palette.accent,
        fill: true,
      },
      {
        label: s.target,
        values: ids.map((id) => targets[id] ?? null),
        color: palette.change,
        dash: [6, 4],
      },
    ];
    if (earlier) {
      series.push({
        label: format(s.earlier, { name: earlier.name }),
        values: earlier.deltas.map((d) => round(d.earlier)),
        color: palette.diagnosis,
        dash: [2, 3],
      });
    }
    return buildRadarConfig(
      ids.map((id) => titles[id] ?? id),
      series,
      palette,
    );
  }, [score, targets, earlier, palette, titles, s]);
  const bars = useMemo(
    () =>
      buildPhaseBarConfig(
        PHASE_IDS.map((p) => phaseNames[p]),
        PHASE_IDS.map((p) => round(score.phases[p].score)),
        PHASE_IDS.map((p) => palette[p]),
        palette,
        s.colScore,
      ),
    [score, phaseNames, palette, s],
  );
  return (
    <section class="stack" aria-labelledby="charts-heading">
      <h2 id="charts-heading">{s.chartsHeading}</h2>
      <div class="charts">
        <figure class="stack">
          <ChartCanvas config={radar} label={s.radarLabel} kind="radar" />
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
        </figure>
        <figure class="stack">
          <ChartCanvas config={bars} label={s.phaseLabel} kind="bars" />
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="phase-caption">
            <table>
              <caption id="phase-caption">{s.phaseCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.colPhase}</th>
                  <th scope="col" class="num">
                    {s.colScore}
                  </th>
                  <th scope="col" class="num">
                    {s.colCoverage}
                  </th>
                </tr>
              </thead>
              <tbody>
                {PHASE_IDS.map((p) => (
                  <tr key={p} class={`phase-${p}`}>
                    <th scope="row">
                      <span class="badge">
                        <span class="shape" aria-hidden="true" />
                        {phaseNames[p]}
                      </span>
                    </th>
                    <td class="num">{number(score.phases[p].score)}</td>
                    <td class="num">{Math.round(score.phases[p].coverage * 100)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </figure>
      </div>
    </section>
  );
}
