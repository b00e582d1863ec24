/** Tables through jspdf-autotable: repeated header rows, wrapped cells, weighted column widths. */
import type { Styles, UserOptions } from 'jspdf-autotable';
import type { ReportBlock, ReportColumn } from '../../domain/report/report-document';
import { addGap, ensureSpace } from './page-cursor';
import { CONTENT_WIDTH, MM_PER_PT, PAGE, THEME, type PdfContext } from './pdf-context';
import { toPdfText } from './pdf-text';
import { flowLines } from './text-blocks';
import { lineHeight, textWidth, TYPE, wrapText, type TextStyle } from './text-style';

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

/** A little room on top of a measured word, for autotable's own rounding. */
const WORD_SLACK = 0.6;

/** Width in mm of the widest single word of `text` in `style`. */
function widestWord(text: string, style: TextStyle): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidth(word, style)));
}

/**
 * The narrowest each column may be without breaking a word (#14: no "Trimestra|l" or
 * "currenc|y"): its widest word, header in bold and cells in the cell font, plus padding.
 */
export function minimumColumnWidths(
  columns: readonly ReportColumn[],
  rows: readonly (readonly string[])[],
): number[] {
  const cell = { size: CELL_SIZE, color: THEME.text } as const;
  return columns.map((c, i) => {
    const header = widestWord(c.header, { ...cell, weight: 'bold' });
    const body = rows.map((row) => widestWord(row[i] ?? '', { ...cell, weight: 'normal' }));
    return Math.max(header, ...body) + CELL_PADDING_X + WORD_SLACK;
  });
}

/**
 * Column widths sharing `total` by weight, but never under each column's `minimums`: a column
 * that its weight would make too narrow gets its minimum, and the others share what is left by
 * weight. When even the minimums do not fit, they are scaled to `total` (a word may then break,
 * as it must).
 */
export function fitColumnWidths(
  columns: readonly ReportColumn[],
  minimums: readonly number[],
  total: number,
): number[] {
  const weighted = columnWidths(columns, 1);
  const pinned = new Set<number>();
  for (let round = 0; round < columns.length; round += 1) {
    const free = weighted.flatMap((_, i) => (pinned.has(i) ? [] : [i]));
    const room = total - [...pinned].reduce((sum, i) => sum + (minimums[i] ?? 0), 0);
    const share = free.reduce((sum, i) => sum + (weighted[i] ?? 0), 0);
    const tooNarrow = free.filter((i) => (room * (weighted[i] ?? 0)) / share < (minimums[i] ?? 0));
    if (tooNarrow.length === 0 && free.length > 0) {
      return weighted.map((w, i) => (pinned.has(i) ? (minimums[i] ?? 0) : (room * w) / share));
    }
    tooNarrow.forEach((i) => pinned.add(i));
    if (free.length === tooNarrow.length) break;
  }
  const sum = minimums.reduce((a, b) => a + b, 0);
  return minimums.map((m) => (sum > 0 ? (m * total) / sum : 0));
}

/** The widths a table is drawn with: by weight, each column wide enough for its longest word. */
function tableWidths(block: Table): number[] {
  const rows = block.rows.map((row) => row.map((cell) => toPdfText(cell)));
  const headers = block.columns.map((c) => ({ ...c, header: toPdfText(c.header) }));
  return fitColumnWidths(block.columns, minimumColumnWidths(headers, rows), CONTENT_WIDTH);
}

/** autotable's per-column styles: width and alignment. */
function columnStyles(block: Table) {
  const { columns } = block;
  const widths = tableWidths(block);
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
  const widths = tableWidths(block);
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
    columnStyles: columnStyles(block),
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
