/**
 * Heat maps as vector graphics: a label column and shaded cells, each with its value and a second
 * line naming its band, then a legend of the shades in words. Cell text is black or white,
 * whichever contrasts more with the cell's shade. Rows never split: a row that does not fit moves
 * to the next page, where the header row is drawn again.
 */
import type { ReportBlock, ReportHeatCell } from '../../domain/report/report-document';
import { captionHeight, drawCaption } from './chart-legend';
import { addGap, ensureSpace, newPage, spaceLeft } from './page-cursor';
import { CONTENT_WIDTH, PAGE, THEME, toSafeHex, type PdfContext } from './pdf-context';
import { setStroke } from './shapes';
import { flowLines } from './text-blocks';
import { drawLines, lineHeight, TYPE, wrapText, type TextStyle } from './text-style';

type HeatMap = Extract<ReportBlock, { kind: 'heatmap' }>;

const HEADER: TextStyle = { size: 8, weight: 'bold', color: THEME.text };
const LABEL: TextStyle = { size: 9, weight: 'normal', color: THEME.text };
const VALUE: TextStyle = { size: 9, weight: 'bold', color: THEME.text };
const NOTE: TextStyle = { size: 7.5, weight: 'normal', color: THEME.text };
const LEGEND: TextStyle = TYPE.muted;
/** Share of the width given to the row labels. */
const LABEL_SHARE = 0.34;
/** White space between cells, and inside a cell, in mm. */
const GUTTER = 1;
const PADDING = 1.6;
/** A label longer than this many lines is cut with "…", so that a row always fits on a page. */
const MAX_LABEL_LINES = 6;
const SWATCH = { width: 10, height: 4.6 };

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function relativeLuminance(hex: string): number {
  const safe = toSafeHex(hex);
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(safe.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio of two colours, 1–21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

/** The text colour that reads better on `fill`: the report's text colour or white. */
export function readableTextOn(fill: string): string {
  return contrastRatio(fill, THEME.text) >= contrastRatio(fill, THEME.white)
    ? THEME.text
    : THEME.white;
}

/** One laid-out cell: its shade, text colour and wrapped lines. */
interface CellLayout {
  readonly fill: string;
  readonly color: string;
  readonly text: string[];
  readonly note: string[];
}

/** One laid-out row: the label's lines, its cells and its height. */
interface RowLayout {
  readonly label: string[];
  readonly cells: CellLayout[];
  readonly height: number;
}

/** The column geometry: where the cells start and how wide each one is. */
interface Frame {
  readonly labelWidth: number;
  readonly cellWidth: number;
  readonly cellsX: number;
}

function getFrame(columns: number): Frame {
  const labelWidth = CONTENT_WIDTH * LABEL_SHARE;
  const room = CONTENT_WIDTH - labelWidth;
  return {
    labelWidth,
    cellsX: PAGE.marginX + labelWidth,
    cellWidth: columns > 0 ? room / columns : room,
  };
}

/** Wraps a label, cutting it with "…" after MAX_LABEL_LINES lines. */
function wrapLabel(ctx: PdfContext, label: string, width: number): string[] {
  const lines = wrapText(ctx, label, width, LABEL);
  if (lines.length <= MAX_LABEL_LINES) return lines;
  const kept = lines.slice(0, MAX_LABEL_LINES);
  kept[MAX_LABEL_LINES - 1] = `${(kept[MAX_LABEL_LINES - 1] ?? '').trimEnd()}…`;
  return kept;
}

function layoutCell(ctx: PdfContext, cell: ReportHeatCell | undefined, width: number): CellLayout {
  const fill = toSafeHex(cell?.fill ?? THEME.white, THEME.white);
  const inner = width - GUTTER - 2 * PADDING;
  return {
    fill,
    color: readableTextOn(fill),
    text: cell?.text ? wrapText(ctx, cell.text, inner, VALUE) : [],
    note: cell?.note ? wrapText(ctx, cell.note, inner, NOTE) : [],
  };
}

const cellHeight = (c: CellLayout) =>
  c.text.length * lineHeight(VALUE) + c.note.length * lineHeight(NOTE);

/** Lays out every row: wrapped label and cells, and the row's height. */
export function layoutHeatRows(ctx: PdfContext, block: HeatMap): RowLayout[] {
  const frame = getFrame(block.columns.length);
  return block.rows.map((row) => {
    const label = wrapLabel(ctx, row.label, frame.labelWidth - 2 * PADDING);
    const cells = block.columns.map((_, i) => layoutCell(ctx, row.cells[i], frame.cellWidth));
    const content = Math.max(label.length * lineHeight(LABEL), ...cells.map(cellHeight));
    return { label, cells, height: content + 2 * PADDING + GUTTER };
  });
}

/** The header row: the wrapped column headers and its height. */
function layoutHeader(ctx: PdfContext, block: HeatMap) {
  const frame = getFrame(block.columns.length);
  const label = wrapText(ctx, block.rowHeader, frame.labelWidth - 2 * PADDING, HEADER);
  const headers = block.columns.map((c) =>
    wrapText(ctx, c.header, frame.cellWidth - GUTTER - 2 * PADDING, HEADER),
  );
  const lines = Math.max(label.length, ...headers.map((h) => h.length));
  return { label, headers, height: lines * lineHeight(HEADER) + 2 * PADDING };
}

/** Room the caption, the header row and the first row need together, in mm. */
export function heatMapMinStart(ctx: PdfContext, block: HeatMap): number {
  const first = layoutHeatRows(ctx, block)[0]?.height ?? 0;
  return captionHeight(ctx, block.caption) + layoutHeader(ctx, block).height + first;
}

/** Draws the header row at the cursor, bottom-aligned, over a rule. Mutates the cursor. */
function drawHeader(ctx: PdfContext, block: HeatMap): void {
  const frame = getFrame(block.columns.length);
  const { label, headers, height } = layoutHeader(ctx, block);
  const bottom = ctx.cursor.y + height - PADDING;
  const top = (lines: readonly string[]) => bottom - lines.length * lineHeight(HEADER);
  drawLines(ctx, label, PAGE.marginX + PADDING, top(label), HEADER);
  headers.forEach((lines, i) => {
    const centre = frame.cellsX + i * frame.cellWidth + (frame.cellWidth - GUTTER) / 2;
    drawLines(ctx, lines, centre, top(lines), HEADER, 'center');
  });
  setStroke(ctx, THEME.muted, 0.3);
  ctx.pdf.line(
    PAGE.marginX,
    ctx.cursor.y + height,
    PAGE.marginX + CONTENT_WIDTH,
    ctx.cursor.y + height,
  );
  ctx.cursor.y += height + GUTTER;
}

/** Draws one row at the cursor: label, shaded cells with centred text, a hairline under it. */
function drawRow(ctx: PdfContext, frame: Frame, row: RowLayout): void {
  const top = ctx.cursor.y;
  const inner = row.height - GUTTER;
  const labelTop = top + (inner - row.label.length * lineHeight(LABEL)) / 2;
  drawLines(ctx, row.label, PAGE.marginX + PADDING, labelTop, LABEL);
  row.cells.forEach((cell, i) => {
    const x = frame.cellsX + i * frame.cellWidth;
    const width = frame.cellWidth - GUTTER;
    ctx.pdf.setFillColor(cell.fill);
    setStroke(ctx, THEME.border, 0.15);
    ctx.pdf.rect(x, top, width, inner, 'FD');
    let y = top + (inner - cellHeight(cell)) / 2;
    drawLines(ctx, cell.text, x + width / 2, y, { ...VALUE, color: cell.color }, 'center');
    y += cell.text.length * lineHeight(VALUE);
    drawLines(ctx, cell.note, x + width / 2, y, { ...NOTE, color: cell.color }, 'center');
  });
  setStroke(ctx, THEME.border, 0.15);
  ctx.pdf.line(PAGE.marginX, top + inner, frame.cellsX - GUTTER, top + inner);
  ctx.cursor.y = top + row.height;
}

/** Draws the legend: one swatch per shade with its meaning, then the note. Mutates the cursor. */
function drawHeatLegend(ctx: PdfContext, block: HeatMap): void {
  const textX = PAGE.marginX + SWATCH.width + 2.5;
  for (const entry of block.legend) {
    const lines = wrapText(ctx, entry.label, CONTENT_WIDTH - (textX - PAGE.marginX), LEGEND);
    const height = Math.max(SWATCH.height, lines.length * lineHeight(LEGEND));
    ensureSpace(ctx, height);
    const top = ctx.cursor.y;
    ctx.pdf.setFillColor(toSafeHex(entry.fill, THEME.white));
    setStroke(ctx, THEME.muted, 0.2);
    ctx.pdf.rect(PAGE.marginX, top + 0.2, SWATCH.width, SWATCH.height - 0.4, 'FD');
    drawLines(ctx, lines, textX, top, LEGEND);
    ctx.cursor.y = top + height + 1.2;
  }
  if (block.legendNote) {
    ctx.cursor.y += 0.8;
    flowLines(ctx, wrapText(ctx, block.legendNote, CONTENT_WIDTH, LEGEND), PAGE.marginX, LEGEND);
  }
}

/** Draws a heat map block at the cursor, rows flowing over pages under a repeated header. */
export function drawHeatMap(ctx: PdfContext, block: HeatMap): void {
  const frame = getFrame(block.columns.length);
  const rows = layoutHeatRows(ctx, block);
  const header = layoutHeader(ctx, block);
  drawCaption(ctx, block.caption, header.height + GUTTER + (rows[0]?.height ?? 0));
  drawHeader(ctx, block);
  for (const row of rows) {
    if (row.height > spaceLeft(ctx)) {
      newPage(ctx);
      drawHeader(ctx, block);
    }
    drawRow(ctx, frame, row);
  }
  ctx.cursor.y += 3;
  drawHeatLegend(ctx, block);
  addGap(ctx, 6);
}
