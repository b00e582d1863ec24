/**
 * The typed cells, columns and sheets of a spreadsheet workbook, independent of the library that
 * writes the file: text that any spreadsheet stores as it is, numbers and calendar dates as real
 * numeric cells, sheet names Excel accepts and column widths sized to their content.
 */
import { isCalendarDate } from './calendar-date';

/** Text as a text cell: a spreadsheet shows it and never runs it as a formula. */
export interface TextCell {
  readonly kind: 'text';
  readonly value: string;
}

/** A number as a numeric cell; `percent` shows a 0–1 share as a percentage. */
export interface NumberCell {
  readonly kind: 'number';
  readonly value: number;
  readonly format?: 'percent';
}

/** A calendar day, `yyyy-mm-dd`, as a date cell (a day number shown in the sheet's date format). */
export interface DateCell {
  readonly kind: 'date';
  readonly value: string;
}

/** One cell; null is an empty cell. */
export type WorkbookCell = TextCell | NumberCell | DateCell | null;

/** One column: its header and its width in characters. */
export interface WorkbookColumn {
  readonly header: string;
  readonly width: number;
}

/** One sheet: its name, columns and rows below the header row, which stays frozen. */
export interface WorkbookSheet {
  readonly name: string;
  readonly columns: readonly WorkbookColumn[];
  readonly rows: readonly (readonly WorkbookCell[])[];
}

/** Excel refuses a longer cell: its limit is 32,767 characters. */
export const MAX_CELL_CHARS = 32_767;

/** Excel refuses a longer sheet name. */
export const MAX_SHEET_NAME_CHARS = 31;

/** Column widths, in characters: narrow columns stay readable, long texts wrap past the cap. */
export const MIN_COLUMN_WIDTH = 8;
export const MAX_COLUMN_WIDTH = 50;

/**
 * Characters an .xlsx file cannot hold or that its writers drop: what XML 1.0 forbids (C0 controls
 * but tab, LF and CR; U+FFFE/U+FFFF; UTF-16 halves without their other half), what it discourages
 * (C1 controls but U+0085, U+FDD0–U+FDEF, the last two code points of each plane), and U+FFFD,
 * which write-excel-file removes as well. Dropping them here keeps the model equal to the file.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufdd0-\ufdef\ufffd-\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as a cell holds it: line ends as LF (XML readers turn CR LF into LF anyway), the
 * characters above dropped, and at most {@link MAX_CELL_CHARS} characters, the last one an
 * ellipsis when cut. Everything else, formula prefixes (`= + - @`) included, is kept as it is: a
 * text cell is never evaluated.
 */
export function toCellText(text: string): string {
  const clean = text.replace(/\r\n?/g, '\n').replace(NOT_XML, '');
  if (clean.length <= MAX_CELL_CHARS) return clean;
  // Never cut a surrogate pair in two.
  const cut = clean.slice(0, MAX_CELL_CHARS - 1).replace(/[\ud800-\udbff]$/, '');
  return `${cut}…`;
}

/** A text cell, or an empty cell for empty text. */
export function toTextCell(text: string): WorkbookCell {
  const value = toCellText(text);
  return value === '' ? null : { kind: 'text', value };
}

/** A numeric cell, or an empty cell for null, NaN and ±Infinity (which no spreadsheet stores). */
export function toNumberCell(value: number | null, format?: 'percent'): WorkbookCell {
  if (value === null || !Number.isFinite(value)) return null;
  return format ? { kind: 'number', value, format } : { kind: 'number', value };
}

/** A date cell for a real `yyyy-mm-dd` day; anything else stays visible as text. */
export function toDateCell(iso: string): WorkbookCell {
  return isCalendarDate(iso) ? { kind: 'date', value: iso } : toTextCell(iso);
}

/**
 * A sheet name Excel accepts: no `[ ] : * ? / \`, no apostrophe first or last, at most 31
 * characters, not empty (`fallback` then).
 */
export function toSheetName(name: string, fallback: string): string {
  const clean = toCellText(name)
    .replace(/[[\]:*?/\\\n\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s']+|[\s']+$/g, '');
  let fitted = '';
  for (const char of clean) {
    // Counted in UTF-16 units, as Excel does; a pair is kept whole or left out.
    if (fitted.length + char.length > MAX_SHEET_NAME_CHARS) break;
    fitted += char;
  }
  const trimmed = fitted.replace(/[\s']+$/, '');
  return trimmed === '' ? fallback : trimmed;
}

/** How many characters a cell shows at most on one line (a date shows 10, a percentage 5). */
function getShownLength(cell: WorkbookCell): number {
  if (cell === null) return 0;
  if (cell.kind === 'date') return 10;
  if (cell.kind === 'number') return cell.format === 'percent' ? 5 : String(cell.value).length;
  return Math.max(...cell.value.split('\n').map((line) => [...line].length));
}

/** A column's width: its longest header or cell plus a margin, within the min and max. */
export function getColumnWidth(
  header: string,
  index: number,
  rows: readonly (readonly WorkbookCell[])[],
): number {
  const longest = Math.max(
    [...header].length,
    ...rows.map((row) => getShownLength(row[index] ?? null)),
  );
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + 2));
}

/** A sheet from its name, headers and rows, with columns sized to their content. */
export function toSheet(
  name: string,
  fallbackName: string,
  headers: readonly string[],
  rows: readonly (readonly WorkbookCell[])[],
): WorkbookSheet {
  return {
    name: toSheetName(name, fallbackName),
    columns: headers.map((header, i) => ({
      header: toCellText(header),
      width: getColumnWidth(header, i, rows),
    })),
    rows,
  };
}
