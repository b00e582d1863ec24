/**
 * The readiness index and each area's score over the runs as lines (#16): the index solid and
 * first, each area with its own colour, dash and point shape, so that colour is never the only
 * sign. The table after it gives every figure; Chart.js is fetched when the chart nears the screen.
 */
import { useMemo } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Palette } from '../../design/tokens';
import { INDEX_ROW, type TrendView } from '../../domain/follow/trend-view';
import { formatWhole } from '../../domain/format/intl-cache';
import {
  buildCostLineConfig,
  type LineSeries,
  type PointShape,
} from '../../adapters/chart/chart-configs';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';
import { useChart } from '../shared/use-chart';
import { usePalette } from '../results/use-palette';

interface Props {
  view: TrendView;
  titles: Readonly<Record<string, string>>;
  strings: UiStrings['follow']['trend'];
  lang: string;
  /** How many runs, and the first and latest days as written. */
  span: { count: number; from: string; to: string };
}

/** The areas' colours, dashes and point shapes, taken in turn; only the index is solid. */
const COLORS: readonly (keyof Palette)[] = [
  'analysis',
  'diagnosis',
  'action',
  'change',
  'success',
  'warning',
  'danger',
  'muted',
];
// Three dashes against four shapes and eight colours: no two of the first 24 areas look alike.
const DASHES: readonly (readonly number[])[] = [
  [6, 4],
  [2, 3],
  [10, 3, 2, 3],
];
const SHAPES: readonly PointShape[] = ['rect', 'triangle', 'rectRot', 'circle'];

export function TrendChart({ view, titles, strings: t, lang, span }: Props) {
  const palette = usePalette();
  const config = useMemo(() => {
    const series = view.rows.map((row, i): LineSeries => {
      if (row.id === INDEX_ROW) {
        return { label: t.index, values: row.values, color: palette.accent, pointStyle: 'circle' };
      }
      const at = i - 1;
      return {
        label: titles[row.id] ?? row.id,
        values: row.values,
        color: palette[COLORS[at % COLORS.length] ?? 'muted'],
        dash: DASHES[at % DASHES.length] ?? [],
        pointStyle: SHAPES[at % SHAPES.length] ?? 'circle',
      };
    });
    const whole = (value: number) => formatWhole(value, lang);
    const line = buildCostLineConfig(
      view.runs.map((run) => formatDay(run.day, lang)),
      series,
      palette,
      { tick: whole, full: whole },
    );
    // Mutates the fresh configuration: scores run from 0 to 100, so the axis always shows 100.
    if (line.options?.scales?.['y']) line.options.scales['y'].max = 100;
    return line;
  }, [view, titles, palette, lang, t]);
  const canvas = useChart(config);
  return (
    <div class="chart trend-chart">
      <canvas ref={canvas} role="img" aria-label={format(t.chartLabel, span)} />
    </div>
  );
}
