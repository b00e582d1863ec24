/**
 * Builds CSV text that Excel and LibreOffice open as intended: UTF-8 with a byte order mark,
 * CRLF line ends and RFC 4180 quoting, with spreadsheet formulas neutralised.
 */

/** Media type for a Blob or download of {@link toCsv}'s output. */
export const CSV_MIME = 'text/csv;charset=utf-8';

/** One CSV cell before encoding: null and undefined become an empty cell. */
export type CsvCell = string | number | null | undefined;

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /**
   * Field separator, `,` by default. Excel in locales whose decimal mark is a comma (Spanish,
   * German, French…) splits on `;` when it opens a file by double-click.
   */
  readonly separator?: ',' | ';';
}

/** Excel reads the BOM to know the file is UTF-8; without it "Año" shows as "AÃ±o". */
const BYTE_ORDER_MARK = '\uFEFF';

/** RFC 4180 §2.1: every record, the last included, ends with CRLF. */
const LINE_END = '\r\n';

/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some importers strip before doing so). OWASP "CSV Injection".
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Text of a number, always with `.` as decimal mark and no thousands separator (what
 * `String(number)` gives), so the file does not depend on the locale of the machine that wrote
 * it. A spreadsheet in a comma-decimal locale may read `3.5` as text: a caller that wants
 * locale-formatted numbers passes them as strings. NaN and ±Infinity, which no spreadsheet reads
 * as a number, become an empty cell.
 */
function formatNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : '';
}

/**
 * Prefixes `'` to text that a spreadsheet would run as a formula. Only strings are neutralised:
 * a number such as -5 passed as a number stays a number, since its text (`-5`, `-1e-7`) cannot
 * hold a formula and the spreadsheet should be able to sum it. The string "-5" does get the
 * prefix: the builder cannot tell a negative amount from `-2+3+cmd|' /C calc'!A0`.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}

/** Quotes a field that holds the separator, a double quote, CR or LF, doubling inner quotes. */
function quoteField(text: string, separator: string): string {
  const needsQuotes =
    text.includes(separator) || text.includes('"') || text.includes('\r') || text.includes('\n');
  return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell as CSV field text: formatted, neutralised, then quoted if needed. */
function encodeCell(cell: CsvCell, separator: string): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? formatNumber(cell) : neutraliseFormula(cell);
  return quoteField(text, separator);
}

/**
 * Builds a CSV file as text: a BOM, the header, then one record per row, each ending in CRLF.
 * The header is encoded like any row. A row shorter than the header is padded with empty cells
 * so every record has the same number of fields (RFC 4180 §2.4); a longer row is written whole
 * rather than losing data.
 * @param header Column titles.
 * @param rows Records; numbers are written with `.` as decimal mark, null/undefined as empty.
 * @returns The file's text; encode it as UTF-8 (as `new Blob([text])` does) with {@link CSV_MIME}.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: CsvOptions = {},
): string {
  const separator = options.separator ?? ',';
  const width = header.length;
  const records = [header, ...rows].map((row) => {
    const cells = Array.from({ length: Math.max(width, row.length) }, (_, i) => row[i]);
    return cells.map((cell) => encodeCell(cell, separator)).join(separator) + LINE_END;
  });
  return BYTE_ORDER_MARK + records.join('');
}
