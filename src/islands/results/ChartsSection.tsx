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
import { format } from '../../i18n/format';
import { RadarTable } from './RadarTable';
import { PhaseTable } from './PhaseTable';
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
          <RadarTable
            score={score}
            targets={targets}
            titles={titles}
            strings={s}
            earlier={earlier}
            lang={lang}
          />
        </figure>
        <figure class="stack">
          <ChartCanvas config={bars} label={s.phaseLabel} kind="bars" />
          <PhaseTable score={score} phaseNames={phaseNames} strings={s} lang={lang} />
        </figure>
      </div>
    </section>
  );
}
