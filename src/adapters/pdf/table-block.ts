/** Tables through jspdf-autotable: repeated header rows, wrapped cells, weighted column widths. */
import type { Styles, UserOptions } from 'jspdf-autotable';
import type { ReportBlock, ReportColumn } from '../../domain/report/report-document';
import { addGap, ensureSpace } from './page-cursor';
import { CONTENT_WIDTH, MM_PER_PT, PAGE, THEME, type PdfContext } from './pdf-context';
import { toPdfText } from './pdf-text';
import { flowLines } from './text-blocks';
import { lineHeight, TYPE, wrapText, type TextStyle } from './text-style';

type Table = Extract<ReportBlock, { kind: 'table' }>;

/** Font size of table cells, in points. */
const CELL_SIZE = 8.5;
/** Room for the header row and the first body rows before a table may start. */
export const TABLE_MIN_START = 22;
/** A table up to this height (mm, about a third of the writing area) moves whole to the next page rather than split. */
export const SHORT_TABLE = 90;
/** Vertical cell padding, top plus bottom, in mm (CELL_STYLES). */
const CELL_PADDING_Y = 3.2;
/** Horizontal cell padding, left plus right, in mm (CELL_STYLES). */
const CELL_PADDING_X = 4;
/** jsPDF's line height factor, which autotable uses for cell lines. */
const CELL_LEADING = 1.15;

/** Cell text: small, wrapped, top-aligned, with hairline borders in the border colour. */
const CELL_STYLES: Partial<Styles> = {
  font: 'helvetica',
  fontSize: CELL_SIZE,
  textColor: THEME.text,
  overflow: 'linebreak',
  cellPadding: { top: 1.6, bottom: 1.6, left: 2, right: 2 },
  valign: 'top',
  lineColor: THEME.border,
};

/** Column widths in mm sharing `total` by the columns' relative weights (missing or bad = 1). */
export function columnWidths(columns: readonly ReportColumn[], total: number): number[] {
  const weights = columns.map((c) =>
    c.width !== undefined && Number.isFinite(c.width) && c.width > 0 ? c.width : 1,
  );
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
}

/** autotable's per-column styles: width and alignment. */
function columnStyles(columns: readonly ReportColumn[]) {
  const widths = columnWidths(columns, CONTENT_WIDTH);
  return Object.fromEntries(
    columns.map((c, i) => [
      String(i),
      { cellWidth: widths[i] ?? 0, halign: c.align === 'right' ? 'right' : 'left' } as const,
    ]),
  );
}

/** Estimated height of one row in mm: its tallest cell's wrapped lines plus padding. */
function rowHeight(
  ctx: PdfContext,
  cells: readonly string[],
  widths: readonly number[],
  style: TextStyle,
): number {
  const lines = cells.map(
    (cell, i) => wrapText(ctx, cell, Math.max(1, (widths[i] ?? 0) - CELL_PADDING_X), style).length,
  );
  return Math.max(1, ...lines) * CELL_SIZE * MM_PER_PT * CELL_LEADING + CELL_PADDING_Y;
}

/** Estimated height in mm of the whole table (header and every row), without its caption. */
export function tableHeight(ctx: PdfContext, block: Table): number {
  const widths = columnWidths(block.columns, CONTENT_WIDTH);
  const cell = { size: CELL_SIZE, color: THEME.text } as const;
  const header = rowHeight(
    ctx,
    block.columns.map((c) => c.header),
    widths,
    { ...cell, weight: 'bold' },
  );
  return block.rows.reduce(
    (sum, row) => sum + rowHeight(ctx, row, widths, { ...cell, weight: 'normal' }),
    header,
  );
}

/**
 * Room the table needs below its caption before it may start: the whole table when it is short
 * (so a short table is never split over two pages), else the header and its first rows.
 */
export function tableStartHeight(ctx: PdfContext, block: Table): number {
  const whole = tableHeight(ctx, block);
  return whole <= SHORT_TABLE ? whole : TABLE_MIN_START;
}

/** Body rows made safe for the font and padded or cut to the number of columns. */
function safeRows(block: Table): string[][] {
  return block.rows.map((row) => block.columns.map((_, i) => toPdfText(row[i] ?? '')));
}

/** autotable options for `block` from the cursor; `onEnd` receives the y where the table ends. */
function tableOptions(ctx: PdfContext, block: Table, onEnd: (y: number) => void): UserOptions {
  return {
    startY: ctx.cursor.y,
    margin: {
      top: PAGE.top,
      bottom: PAGE.height - PAGE.bottom,
      left: PAGE.marginX,
      right: PAGE.marginX,
    },
    tableWidth: CONTENT_WIDTH,
    theme: 'striped',
    showHead: 'everyPage',
    // A row moves whole to the next page; only a row taller than a page is split.
    rowPageBreak: 'avoid',
    head: [block.columns.map((c) => toPdfText(c.header))],
    body: safeRows(block),
    columnStyles: columnStyles(block.columns),
    styles: CELL_STYLES,
    headStyles: { fillColor: THEME.accent, textColor: THEME.accentText, fontStyle: 'bold' },
    bodyStyles: { fillColor: THEME.white },
    alternateRowStyles: { fillColor: THEME.surfaceAlt },
    // columnStyles reach body cells only: align the header cell of a right-aligned column too.
    didParseCell: (data) => {
      if (data.section === 'head' && block.columns[data.column.index]?.align === 'right') {
        data.cell.styles.halign = 'right';
      }
    },
    didDrawPage: (data) => {
      if (data.cursor) onEnd(data.cursor.y);
    },
  };
}

/** Draws a table at the cursor; it flows over pages, repeating the header row. Mutates the cursor. */
export function drawTable(ctx: PdfContext, block: Table): void {
  if (block.caption !== undefined) {
    const lines = wrapText(ctx, block.caption, CONTENT_WIDTH, TYPE.caption);
    ensureSpace(ctx, lines.length * lineHeight(TYPE.caption) + 1.5 + tableStartHeight(ctx, block));
    flowLines(ctx, lines, PAGE.marginX, TYPE.caption);
    ctx.cursor.y += 1.5;
  } else {
    ensureSpace(ctx, tableStartHeight(ctx, block));
  }
  let end = ctx.cursor.y;
  ctx.lib.autoTable(
    ctx.pdf,
    tableOptions(ctx, block, (y) => (end = y)),
  );
  ctx.cursor.y = end;
  addGap(ctx, 6);
}
