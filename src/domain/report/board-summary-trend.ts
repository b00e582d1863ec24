/**
 * The top of the board summary (#16): the verdict, the readiness index with its maturity level,
 * and the trend of the index across the organization's runs (a sentence when there is one run),
 * with the areas that moved most and the blockers resolved and new.
 */
import {
  buildTrend,
  type AreaChange,
  type RunSummary,
  type Trend,
  type TrendPoint,
} from '../follow/trend';
import { getNumberFormat } from '../format/intl-cache';
import { toDisplayIndex } from '../scoring/maturity-level';
import { NO_VALUE, fill, paragraph, type ReportContext } from './report-context';
import type { ReportBlock } from './report-document';

/** How many runs the trend's series names (the latest ones). */
const SERIES_RUNS = 6;
/** How many areas are named as most improved and most slipped. */
const AREA_COUNT = 2;

type Figure = Extract<ReportBlock, { kind: 'figures' }>['items'][number];

/** The verdict, the figures (index, trend) and, with several runs and `changes`, what changed. */
export function getTrendBlocks(
  c: ReportContext,
  runs: readonly RunSummary[],
  changes: boolean,
): ReportBlock[] {
  const trend = runs.length > 1 ? buildTrend(runs) : null;
  const figures: ReportBlock = {
    kind: 'figures',
    compact: true,
    items: [getIndexFigure(c), getTrendFigure(c, trend)],
  };
  const verdict = fill(c.t.boardVerdict, {
    verdict: c.input.strings.verdicts[c.input.score.verdict],
  });
  // The verdict reads as a sentence across the page: in a card it would wrap over three lines.
  return [
    paragraph(verdict, c.input.score.verdict === 'not-ready' ? 'danger' : 'lead'),
    figures,
    ...(trend && changes ? getChanges(c, trend) : []),
  ];
}

function getIndexFigure(c: ReportContext): Figure {
  const { index, maturity } = c.input.score;
  if (index === null) return { label: c.t.index, value: c.t.notEnough };
  const value = fill(c.t.outOf, { value: c.formatNumber(toDisplayIndex(index)) });
  if (!maturity) return { label: c.t.index, value };
  const level = fill(c.input.strings.maturity.levelLabel, { level: maturity.level });
  const name = c.input.strings.maturity[maturity.id].name;
  return { label: c.t.index, value, note: `${level}: ${name}` };
}

/** A signed whole number of points, e.g. "+6", "-3", "0". */
function signed(c: ReportContext, value: number): string {
  return getNumberFormat(c.input.lang, {
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  }).format(value);
}

/** The change of the index from the first run to the latest, and the index run by run. */
function getTrendFigure(c: ReportContext, trend: Trend | null): Figure {
  if (trend === null) return { label: c.t.boardTrend, value: NO_VALUE, note: c.t.boardTrendOne };
  // A trend is only drawn for two runs or more.
  const first = trend.index[0] as TrendPoint;
  const last = trend.index.at(-1) as TrendPoint;
  const from = first.value;
  const to = last.value;
  const value =
    from === null || to === null
      ? c.t.notEnough
      : fill(c.t.boardTrendValue, {
          change: signed(c, toDisplayIndex(to) - toDisplayIndex(from)),
        });
  const series = trend.index
    .slice(-SERIES_RUNS)
    .map((p) => (p.value === null ? NO_VALUE : c.formatNumber(toDisplayIndex(p.value))));
  const note = fill(c.t.boardTrendNote, {
    count: c.formatNumber(trend.runs.length),
    date: c.formatDate(first.date.slice(0, 10), 'medium'),
    series: `${trend.index.length > SERIES_RUNS ? '… ' : ''}${series.join(' · ')}`,
  });
  return { label: c.t.boardTrend, value, note };
}

/** The areas that rose and fell most, and the blockers resolved and new since the run before. */
function getChanges(c: ReportContext, trend: Trend): ReportBlock[] {
  const list = (changes: readonly AreaChange[]) =>
    changes
      .slice(0, AREA_COUNT)
      .map((a) =>
        fill(c.t.boardAreaChange, {
          area: c.titleOf(a.dimensionId),
          change: signed(c, Math.round(a.change)),
        }),
      )
      .join(', ');
  const sentences = [
    fill(c.t.boardBlockerChanges, {
      resolved: c.formatNumber(trend.blockersResolved.length),
      added: c.formatNumber(trend.blockersNew.length),
    }),
    ...(trend.mostImproved.length > 0
      ? [fill(c.t.boardImproved, { areas: list(trend.mostImproved) })]
      : []),
    ...(trend.mostSlipped.length > 0
      ? [fill(c.t.boardSlipped, { areas: list(trend.mostSlipped) })]
      : []),
  ];
  return [paragraph(sentences.join(' '), 'muted')];
}
