/**
 * Pure builders of Chart.js configurations: data and colours in, configuration out. Tested without a
 * canvas; render-chart.ts turns them into charts. Colours come from the design tokens.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Palette } from '../../design/tokens';

/** One series of a chart: its label, values (null = no score), colour and line style. */
export interface ChartSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly color: string;
  /** Dashed lines tell series apart without colour (targets, earlier assessments). */
  readonly dash?: readonly number[];
  readonly fill?: boolean;
}

/** Makes `#rrggbb` translucent. */
export function withAlpha(hex: string, alpha: number): string {
  const value = Math.round(Math.min(1, Math.max(0, alpha)) * 255)
    .toString(16)
    .padStart(2, '0');
  return `${hex}${value}`;
}

const FONT = { family: 'system-ui, sans-serif', size: 13 };

/** The longest line of a radar's point label, in characters: long area names wrap below it. */
export const RADAR_LABEL_LINE = 18;
/** The same on a phone, where the labels take a larger share of the chart's width. */
export const RADAR_LABEL_LINE_NARROW = 12;
/** Below this chart width (CSS px, a phone) the radar's labels are smaller and wrap shorter. */
export const NARROW_CHART_WIDTH = 480;

/** A font for a radar's labels: `narrowSize` when the chart is narrower than a phone's screen. */
function radarFont(narrowSize: number) {
  return (context: { chart: { width: number } }) => ({
    ...FONT,
    size: context.chart.width < NARROW_CHART_WIDTH ? narrowSize : FONT.size,
  });
}

/**
 * Splits a label into lines of at most `max` characters at spaces (a longer word stays whole on
 * its own line), so that a radar's long area names do not shrink the chart or run off its edge.
 * @example wrapLabel('Implementation partner & governance', 18) // ['Implementation', 'partner &', 'governance']
 */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.length > 0 ? lines : [label];
}

/** A radar of dimension scores on a fixed 0–100 scale, one line per series. */
export function buildRadarConfig(
  labels: readonly string[],
  series: readonly ChartSeries[],
  palette: Palette,
): ChartConfiguration<'radar', (number | null)[], string> {
  return {
    type: 'radar',
    data: {
      labels: [...labels],
      datasets: series.map((s) => ({
        label: s.label,
        data: [...s.values],
        borderColor: s.color,
        backgroundColor: s.fill ? withAlpha(s.color, 0.18) : 'transparent',
        borderDash: s.dash ? [...s.dash] : [],
        pointBackgroundColor: s.color,
        fill: s.fill ?? false,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        r: {
          min: 0,
          max: 100,
          ticks: {
            stepSize: 20,
            color: palette.muted,
            backdropColor: 'transparent',
            font: radarFont(9),
          },
          grid: { color: palette.border },
          angleLines: { color: palette.border },
          pointLabels: {
            color: palette.text,
            // Smaller on a phone, wrapped everywhere: the area names then fit around the chart.
            font: radarFont(11),
            // Chart.js calls this with the scale as `this`, whose chart knows its width.
            callback(this: { chart?: { width: number } } | undefined, label: string) {
              const narrow = (this?.chart?.width ?? Infinity) < NARROW_CHART_WIDTH;
              return wrapLabel(label, narrow ? RADAR_LABEL_LINE_NARROW : RADAR_LABEL_LINE);
            },
          },
        },
      },
      plugins: { legend: { labels: { color: palette.text, font: FONT } } },
    },
  };
}

/** Bars of the three phase scores, each in its phase colour, on a fixed 0–100 axis. */
export function buildPhaseBarConfig(
  labels: readonly string[],
  values: readonly (number | null)[],
  colors: readonly string[],
  palette: Palette,
  seriesLabel: string,
): ChartConfiguration<'bar', (number | null)[], string> {
  return {
    type: 'bar',
    data: {
      labels: [...labels],
      datasets: [
        {
          label: seriesLabel,
          data: [...values],
          backgroundColor: colors.map((c) => withAlpha(c, 0.85)),
          borderColor: [...colors],
          borderWidth: 1,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      indexAxis: 'y',
      scales: {
        x: {
          min: 0,
          max: 100,
          ticks: { color: palette.muted, font: FONT },
          grid: { color: palette.border },
        },
        y: { ticks: { color: palette.text, font: FONT }, grid: { display: false } },
      },
      plugins: { legend: { display: false } },
    },
  };
}

/** The point shapes Chart.js draws that tell lines apart without colour. */
export type PointShape = 'circle' | 'rect' | 'triangle' | 'rectRot';

/** One line of a line chart: a series with a point shape (colour, dash and shape all differ). */
export interface LineSeries extends ChartSeries {
  readonly pointStyle: PointShape;
}

/** How the line chart writes its figures: compact on the axis, in full in tooltips. */
export interface ValueFormat {
  readonly tick: (value: number) => string;
  readonly full: (value: number) => string;
}

/**
 * Lines of cumulative cost per option, one point per year, on an axis that starts at 0. Each
 * series should differ in colour, dash pattern and point shape, so colour is never the only signal;
 * the legend shows the point shapes.
 */
export function buildCostLineConfig(
  labels: readonly string[],
  series: readonly LineSeries[],
  palette: Palette,
  format: ValueFormat,
): ChartConfiguration<'line', (number | null)[], string> {
  return {
    type: 'line',
    data: {
      labels: [...labels],
      datasets: series.map((s) => ({
        label: s.label,
        data: [...s.values],
        borderColor: s.color,
        backgroundColor: s.color,
        borderDash: s.dash ? [...s.dash] : [],
        borderWidth: 2.5,
        pointStyle: s.pointStyle,
        pointRadius: 5,
        pointHoverRadius: 7,
        pointBackgroundColor: s.color,
        fill: false,
        spanGaps: true,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { color: palette.text, font: FONT }, grid: { color: palette.border } },
        y: {
          beginAtZero: true,
          ticks: {
            color: palette.muted,
            font: FONT,
            callback: (value) => format.tick(Number(value)),
          },
          grid: { color: palette.border },
        },
      },
      plugins: {
        legend: {
          labels: { color: palette.text, font: FONT, usePointStyle: true, boxWidth: 40 },
        },
        tooltip: {
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${format.full(item.parsed.y ?? 0)}`,
          },
        },
      },
    },
  };
}
