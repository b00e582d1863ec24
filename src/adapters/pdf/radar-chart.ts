/** The radar chart (current vs target by dimension) as vector graphics: axes, rings, series, legend. */
import type { ReportBlock, ReportSeries } from '../../domain/report/report-document';
import { captionHeight, drawCaption, drawLegend, legendHeight } from './chart-legend';
import { radarLabelAnchor, radarPoint, type Point } from './geometry';
import { CONTENT_WIDTH, PAGE, THEME, toSafeHex, type PdfContext } from './pdf-context';
import { drawPolygon, fillTranslucent, setStroke } from './shapes';
import { drawLines, lineHeight, TYPE, wrapText, type TextStyle } from './text-style';

type Radar = Extract<ReportBlock, { kind: 'radar' }>;

const RADIUS = 44;
const LABEL_GAP = 3;
const RINGS = [20, 40, 60, 80, 100];
const LABEL: TextStyle = { size: 8, weight: 'normal', color: THEME.text };

/** Wrapped axis labels; side labels get the room beside the circle, top and bottom ones more. */
function axisLabels(ctx: PdfContext, block: Radar): string[][] {
  return block.labels.map((label, i) => {
    const { align } = radarLabelAnchor(i, block.labels.length);
    const width = align === 'center' ? 56 : CONTENT_WIDTH / 2 - RADIUS - LABEL_GAP - 1;
    return wrapText(ctx, label, width, LABEL);
  });
}

/** Height the labels above (or below) the circle need. */
function capHeight(labels: string[][], block: Radar, side: 'above' | 'below'): number {
  const heights = labels
    .filter((_, i) => radarLabelAnchor(i, block.labels.length).vertical === side)
    .map((lines) => lines.length * lineHeight(LABEL));
  return Math.max(0, ...heights) + LABEL_GAP;
}

function drawGrid(ctx: PdfContext, centre: Point, count: number): void {
  setStroke(ctx, THEME.border, 0.2);
  for (const ring of RINGS) {
    const points = Array.from({ length: count }, (_, i) =>
      radarPoint(centre, RADIUS, i, count, ring),
    );
    drawPolygon(ctx, points, 'S');
  }
  for (let i = 0; i < count; i++) {
    const end = radarPoint(centre, RADIUS, i, count, 100);
    ctx.pdf.line(centre.x, centre.y, end.x, end.y);
  }
  for (const ring of RINGS) {
    const at = radarPoint(centre, RADIUS, 0, count, ring);
    drawLines(ctx, [String(ring)], at.x + 1, at.y - 2.6, TYPE.tiny);
  }
}

function drawAxisLabels(ctx: PdfContext, centre: Point, labels: string[][]): void {
  labels.forEach((lines, i) => {
    const { align, vertical } = radarLabelAnchor(i, labels.length);
    const at = radarPoint(centre, RADIUS + LABEL_GAP, i, labels.length, 100);
    const height = lines.length * lineHeight(LABEL);
    const top =
      vertical === 'above' ? at.y - height : vertical === 'below' ? at.y : at.y - height / 2;
    drawLines(ctx, lines, at.x, top, LABEL, align);
  });
}

/** Draws one series: a closed polygon when every value exists, else the segments between values. */
function drawSeries(ctx: PdfContext, centre: Point, series: ReportSeries, count: number): void {
  const colour = toSafeHex(series.color);
  const points = Array.from({ length: count }, (_, i) => {
    const value = series.values[i];
    return value === null || value === undefined || !Number.isFinite(value)
      ? null
      : radarPoint(centre, RADIUS, i, count, value);
  });
  const present = points.filter((p): p is Point => p !== null);
  if (series.fill === true) fillSeries(ctx, centre, points, colour);
  setStroke(ctx, colour, 0.6, series.dashed === true);
  if (present.length === count) drawPolygon(ctx, present, 'S');
  else drawGaps(ctx, points);
  setStroke(ctx, colour, 0.6);
  ctx.pdf.setFillColor(colour);
  for (const p of present) ctx.pdf.circle(p.x, p.y, 0.75, 'F');
}

/**
 * Fills the area of a series: the whole polygon, or — when a value is missing — only the wedges
 * between neighbouring axes that both have a value, so no area is invented for the missing one.
 */
function fillSeries(
  ctx: PdfContext,
  centre: Point,
  points: readonly (Point | null)[],
  colour: string,
): void {
  const present = points.filter((p): p is Point => p !== null);
  if (present.length === points.length) {
    fillTranslucent(ctx, present, colour, 0.15);
    return;
  }
  points.forEach((p, i) => {
    const next = points[(i + 1) % points.length];
    if (p && next && points.length > 2) fillTranslucent(ctx, [centre, p, next], colour, 0.15);
  });
}

/** Lines between neighbouring axes that both have a value (a missing score leaves a gap). */
function drawGaps(ctx: PdfContext, points: readonly (Point | null)[]): void {
  points.forEach((p, i) => {
    const next = points[(i + 1) % points.length];
    if (p && next && points.length > 1) ctx.pdf.line(p.x, p.y, next.x, next.y);
  });
}

/** The radar laid out: wrapped axis labels, room above the circle, height of chart and legend. */
interface RadarLayout {
  readonly labels: string[][];
  readonly above: number;
  readonly height: number;
}

function layoutRadar(ctx: PdfContext, block: Radar): RadarLayout {
  const legend = legendHeight(block.series);
  // A radar needs three axes to enclose an area; with fewer only the caption and legend remain.
  if (block.labels.length < 3) return { labels: [], above: 0, height: legend };
  const labels = axisLabels(ctx, block);
  const above = capHeight(labels, block, 'above');
  const below = capHeight(labels, block, 'below');
  return { labels, above, height: above + 2 * RADIUS + below + 3 + legend };
}

/** Height the whole radar block takes (caption, chart, legend), in mm. */
export function radarHeight(ctx: PdfContext, block: Radar): number {
  return captionHeight(ctx, block.caption) + layoutRadar(ctx, block).height;
}

/** Draws the radar block at the cursor (moving to a new page if it does not fit). Mutates the cursor. */
export function drawRadar(ctx: PdfContext, block: Radar): void {
  const { labels, above, height } = layoutRadar(ctx, block);
  drawCaption(ctx, block.caption, height);
  const top = ctx.cursor.y;
  if (labels.length >= 3) {
    const centre = { x: PAGE.marginX + CONTENT_WIDTH / 2, y: top + above + RADIUS };
    drawGrid(ctx, centre, labels.length);
    for (const series of block.series) drawSeries(ctx, centre, series, labels.length);
    ctx.pdf.setLineDashPattern([], 0);
    drawAxisLabels(ctx, centre, labels);
  }
  drawLegend(ctx, block.series, top + height - legendHeight(block.series));
  ctx.cursor.y = top + height + 6;
}
