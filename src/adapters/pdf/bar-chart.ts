/** Horizontal bars (scores by phase) as vector graphics, each with its label and value written out. */
import type { ReportBlock } from '../../domain/report/report-document';
import { captionHeight, drawCaption } from './chart-legend';
import { CONTENT_WIDTH, PAGE, THEME, type PdfContext } from './pdf-context';
import { drawSolidBox, setStroke } from './shapes';
import { drawLines, lineHeight, textWidth, TYPE, wrapText, type TextStyle } from './text-style';
import { getNumberFormat } from '../../domain/format/intl-cache';

type Bars = Extract<ReportBlock, { kind: 'bars' }>;

const LABEL: TextStyle = { size: 9, weight: 'normal', color: THEME.text };
const VALUE: TextStyle = { size: 9, weight: 'bold', color: THEME.text };
const EMPTY: TextStyle = { size: 8.5, weight: 'italic', color: THEME.muted };
const BAR_HEIGHT = 5;
const ROW_GAP = 3;
const VALUE_ROOM = 12;
const AXIS_HEIGHT = 5;

/** The value the bars are scaled to: 100, or the largest value when it is bigger. */
export function barScale(values: readonly (number | null)[]): number {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  return Math.max(100, ...finite);
}

function formatValue(lang: string, value: number): string {
  return getNumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** Where the bars go: the label column, the bar area and the scale. */
interface BarFrame {
  readonly x0: number;
  readonly width: number;
  readonly scale: number;
}

/** Draws one row: the label, then the bar and its value, or the empty label for a missing value. */
function drawBarRow(
  ctx: PdfContext,
  frame: BarFrame,
  item: Bars['items'][number],
  label: readonly string[],
  top: number,
  rowHeight: number,
  emptyLabel: string,
): void {
  const labelTop = top + (rowHeight - label.length * lineHeight(LABEL)) / 2;
  drawLines(ctx, label, PAGE.marginX, labelTop, LABEL);
  const barTop = top + (rowHeight - BAR_HEIGHT) / 2;
  if (item.value === null || !Number.isFinite(item.value)) {
    drawLines(
      ctx,
      [emptyLabel],
      frame.x0 + 1.5,
      barTop + (BAR_HEIGHT - lineHeight(EMPTY)) / 2,
      EMPTY,
    );
    return;
  }
  const length = (frame.width * Math.max(0, item.value)) / frame.scale;
  drawSolidBox(ctx, frame.x0, barTop, length, BAR_HEIGHT, item.color);
  const text = formatValue(ctx.lang, item.value);
  drawLines(
    ctx,
    [text],
    frame.x0 + length + 1.5,
    barTop + (BAR_HEIGHT - lineHeight(VALUE)) / 2,
    VALUE,
  );
}

/** The bars laid out: label column width, wrapped labels, row heights and total height. */
function layoutBars(ctx: PdfContext, block: Bars) {
  const widest = Math.max(20, ...block.items.map((item) => textWidth(item.label, LABEL)));
  const labelWidth = Math.min(60, widest + 1);
  const labels = block.items.map((item) => wrapText(ctx, item.label, labelWidth, LABEL));
  const rows = labels.map((lines) => Math.max(BAR_HEIGHT, lines.length * lineHeight(LABEL)));
  const height = rows.reduce((sum, h) => sum + h + ROW_GAP, 0) + AXIS_HEIGHT;
  return { labelWidth, labels, rows, height };
}

/** Height the whole bars block takes (caption and chart), in mm. */
export function barsHeight(ctx: PdfContext, block: Bars): number {
  return captionHeight(ctx, block.caption) + layoutBars(ctx, block).height;
}

/** Draws the bars block at the cursor (a new page first if it does not fit). Mutates the cursor. */
export function drawBars(ctx: PdfContext, block: Bars): void {
  const { labelWidth, labels, rows, height } = layoutBars(ctx, block);
  drawCaption(ctx, block.caption, height);
  const frame: BarFrame = {
    x0: PAGE.marginX + labelWidth + 3,
    width: CONTENT_WIDTH - labelWidth - 3 - VALUE_ROOM,
    scale: barScale(block.items.map((item) => item.value)),
  };
  const top = ctx.cursor.y;
  drawBarGrid(ctx, frame, top, height - AXIS_HEIGHT);
  let y = top;
  block.items.forEach((item, i) => {
    const rowHeight = rows[i] ?? BAR_HEIGHT;
    drawBarRow(ctx, frame, item, labels[i] ?? [], y, rowHeight, block.emptyLabel);
    y += rowHeight + ROW_GAP;
  });
  ctx.cursor.y = top + height + 6;
}

/** Light vertical gridlines at quarters of the scale, labelled below, and the zero line. */
function drawBarGrid(ctx: PdfContext, frame: BarFrame, top: number, height: number): void {
  for (let q = 0; q <= 4; q++) {
    const x = frame.x0 + (frame.width * q) / 4;
    setStroke(ctx, q === 0 ? THEME.muted : THEME.border, q === 0 ? 0.3 : 0.15);
    ctx.pdf.line(x, top - 1, x, top + height);
    const label = formatValue(ctx.lang, (frame.scale * q) / 4);
    drawLines(ctx, [label], x, top + height + 0.3, TYPE.tiny, 'center');
  }
}
