/**
 * The heat map of the report's workshop-alignment section (issue #7): one row per dimension, the
 * mean score, the spread of the participants' scores and the share of questions without
 * consensus, each spread shaded by the band it falls in. The band's name is written in the cell
 * and explained in the legend, so the shade is never the only carrier of the meaning.
 */
import type { DimensionAlignment, HeatMapRow } from '../workshop/dimension-alignment';
import { MAX_SCORE_DEVIATION } from '../workshop/dimension-alignment';
import type { Hex, ReportBlock, ReportHeatCell } from './report-document';
import { fill } from './report-context';
import { getNumberFormat } from '../format/intl-cache';

/** The bands of the scale, from agreement to deep division. */
export const HEAT_BANDS = ['aligned', 'some', 'divided', 'strong'] as const;
/** One band of the scale. */
export type HeatBand = (typeof HEAT_BANDS)[number];

/**
 * Where each band after the first starts, on the 0–1 scale both shaded measures share: the
 * standard deviation as a share of its maximum (50 points), and the share of questions without
 * consensus. A tenth is a few points of spread, a half is a team split down the middle.
 */
export const BAND_STARTS = [0.1, 0.25, 0.5] as const;

/** How much of the heat colour each band mixes into white: light enough for dark text up to `divided`. */
const BAND_SHADES: Readonly<Record<HeatBand, number>> = {
  aligned: 0.08,
  some: 0.3,
  divided: 0.55,
  strong: 1,
};

/** The colours the heat map uses (`LIGHT` of src/design/tokens.ts fits). */
export interface AlignmentPalette {
  /** The colour of the deepest band. */
  readonly danger: Hex;
  /** Unshaded cells (the mean, and cells without a value). */
  readonly surface: Hex;
}

/** The words the heat map needs (`report.alignment` of the UI strings, plus `report.percent`). */
export interface HeatMapStrings {
  readonly heatMapCaption: string;
  readonly colDimension: string;
  readonly colMean: string;
  readonly colDeviation: string;
  readonly colNoConsensus: string;
  /** e.g. "{value} / 100". */
  readonly score: string;
  /** e.g. "{value} points". */
  readonly points: string;
  /** The same for exactly one point (#18: not "1 points"), e.g. "{value} point". */
  readonly point: string;
  /** e.g. "{percent} ({disputed} of {compared})". */
  readonly disputedShare: string;
  readonly bands: Readonly<Record<HeatBand, string>>;
  readonly sdRange: BandRangeStrings;
  readonly shareRange: BandRangeStrings;
  /** e.g. "{band}: standard deviation {sd} points; {share} of questions without consensus". */
  readonly legendEntry: string;
  readonly legendNote: string;
  /** e.g. "{value} %". */
  readonly percent: string;
}

/** How a band's limits are said: below the first start, between two, from the last on. */
export interface BandRangeStrings {
  readonly first: string;
  readonly middle: string;
  readonly last: string;
}

/** What the heat map is built from. */
export interface HeatMapInput {
  readonly heatMap: readonly HeatMapRow[];
  readonly dimensions: readonly DimensionAlignment[];
  readonly titleOf: (dimensionId: string) => string;
  readonly strings: HeatMapStrings;
  readonly lang: string;
  readonly palette: AlignmentPalette;
}

/** Shown in a cell without a value. */
const NO_VALUE = '—';

/** The band a 0–1 value falls in; a value on a band's start belongs to that band. */
export function getHeatBand(value: number): HeatBand {
  const [some, divided, strong] = BAND_STARTS;
  if (value >= strong) return 'strong';
  if (value >= divided) return 'divided';
  return value >= some ? 'some' : 'aligned';
}

/** Mixes `to` into `from` by `t` (0 = from, 1 = to), channel by channel. Both `#rrggbb`. */
export function mixHex(from: Hex, to: Hex, t: number): Hex {
  const channel = (hex: Hex, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mixed = [0, 1, 2].map((i) => {
    const value = Math.round(channel(from, i) + (channel(to, i) - channel(from, i)) * t);
    return value.toString(16).padStart(2, '0');
  });
  return `#${mixed.join('')}`;
}

/** The shade of a band: the heat colour mixed into white. */
export function getBandFill(band: HeatBand, palette: AlignmentPalette): Hex {
  return mixHex('#ffffff', palette.danger, BAND_SHADES[band]);
}

function createFormats(lang: string, s: HeatMapStrings) {
  const one = getNumberFormat(lang, { maximumFractionDigits: 1 });
  const whole = getNumberFormat(lang, { maximumFractionDigits: 0 });
  return {
    points: (value: number) => one.format(value),
    /** "12.5 points", or "1 point" (#18). */
    pointsText: (value: number) =>
      fill(one.format(value) === one.format(1) ? s.point : s.points, {
        value: one.format(value),
      }),
    percent: (share: number) => fill(s.percent, { value: whole.format(Math.round(share * 100)) }),
    whole: (value: number) => whole.format(value),
  };
}
type Formats = ReturnType<typeof createFormats>;

/** A cell shaded by its band, naming the band on its second line. */
function bandCell(text: string, value: number, input: HeatMapInput): ReportHeatCell {
  const band = getHeatBand(value);
  return { text, note: input.strings.bands[band], fill: getBandFill(band, input.palette) };
}

function emptyCell(palette: AlignmentPalette): ReportHeatCell {
  return { text: NO_VALUE, fill: palette.surface };
}

/** The three cells of one dimension: mean (unshaded), spread, share without consensus. */
function rowCells(row: HeatMapRow, dimension: DimensionAlignment | undefined, input: HeatMapInput) {
  const { strings: s, palette } = input;
  const f = createFormats(input.lang, s);
  const mean: ReportHeatCell =
    row.mean === null
      ? emptyCell(palette)
      : { text: fill(s.score, { value: f.whole(Math.round(row.mean)) }), fill: palette.surface };
  const spread =
    row.standardDeviation === null || row.dispersion === null
      ? emptyCell(palette)
      : bandCell(f.pointsText(row.standardDeviation), row.dispersion, input);
  const share =
    row.noConsensusShare === null || dimension === undefined
      ? emptyCell(palette)
      : bandCell(
          fill(s.disputedShare, {
            percent: f.percent(row.noConsensusShare),
            disputed: dimension.disputedQuestions,
            compared: dimension.comparedQuestions,
          }),
          row.noConsensusShare,
          input,
        );
  return [mean, spread, share];
}

/** One range of a band in words, e.g. "12.5 to under 25". */
function bandRange(range: BandRangeStrings, band: HeatBand, say: (start: number) => string) {
  const [some, divided, strong] = BAND_STARTS;
  const ranges: Readonly<Record<HeatBand, string>> = {
    aligned: fill(range.first, { to: say(some) }),
    some: fill(range.middle, { from: say(some), to: say(divided) }),
    divided: fill(range.middle, { from: say(divided), to: say(strong) }),
    strong: fill(range.last, { from: say(strong) }),
  };
  return ranges[band];
}

/** The legend: every band, its shade, and the limits of both shaded measures in words. */
function buildLegend(input: HeatMapInput, f: Formats) {
  const { strings: s } = input;
  return HEAT_BANDS.map((band) => ({
    fill: getBandFill(band, input.palette),
    label: fill(s.legendEntry, {
      band: s.bands[band],
      sd: bandRange(s.sdRange, band, (start) => f.points(start * MAX_SCORE_DEVIATION)),
      share: bandRange(s.shareRange, band, (start) => f.percent(start)),
    }),
  }));
}

/** Builds the heat map block: one row per dimension, in the order of `heatMap`. */
export function buildAlignmentHeatMap(
  input: HeatMapInput,
): Extract<ReportBlock, { kind: 'heatmap' }> {
  const { strings: s } = input;
  const byId = new Map(input.dimensions.map((d) => [d.dimensionId, d]));
  return {
    kind: 'heatmap',
    caption: s.heatMapCaption,
    rowHeader: s.colDimension,
    columns: [{ header: s.colMean }, { header: s.colDeviation }, { header: s.colNoConsensus }],
    rows: input.heatMap.map((row) => ({
      label: input.titleOf(row.dimensionId),
      cells: rowCells(row, byId.get(row.dimensionId), input),
    })),
    legend: buildLegend(input, createFormats(input.lang, s)),
    legendNote: s.legendNote,
  };
}
