/**
 * Writes a plan workbook's sheets as an .xlsx file with write-excel-file. Loaded by dynamic
 * `import()` on click only, so no page's first load carries the library. The same module runs in
 * Node, where the tests read its output with LibreOffice and openpyxl.
 */
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { PlanWorkbook } from '../../domain/export/plan-workbook';
import type { WorkbookCell, WorkbookSheet } from '../../domain/export/workbook-cell';

/** Media type of an .xlsx file. */
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** How dates show in each language: day first in Spain, the unambiguous ISO order in English. */
const DATE_FORMATS = { en: 'yyyy-mm-dd', es: 'dd/mm/yyyy' } as const;

/**
 * Excel and LibreOffice read `_xHHHH_` in a stored string as the character U+HHHH (ECMA-376
 * ST_Xstring): a note reading `_x0041_` would come back as `A`. Escaping the underscore as
 * `_x005F_` keeps the text as typed.
 */
function escapeOoxmlString(text: string): string {
  return text.replace(/_(x[0-9a-f]{4}_)/gi, '_x005F_$1');
}

/** A text wraps in its cell when it has line breaks or is wider than its column. */
function shouldWrap(text: string, width: number): boolean {
  return text.includes('\n') || text.length > width;
}

/** One domain cell as a write-excel-file cell: text, number or a UTC day as a date. */
function toCell(cell: WorkbookCell, width: number, dateFormat: string): Cell {
  if (cell === null) return null;
  switch (cell.kind) {
    case 'text':
      return {
        type: String,
        value: escapeOoxmlString(cell.value),
        alignVertical: 'top',
        wrap: shouldWrap(cell.value, width),
      };
    case 'number':
      return cell.format === 'percent'
        ? { type: Number, value: cell.value, format: '0%', alignVertical: 'top' }
        : { type: Number, value: cell.value, alignVertical: 'top' };
    case 'date': {
      // A day with no time and no zone: write-excel-file counts from the UTC epoch.
      const [year, month, day] = cell.value.split('-').map(Number) as [number, number, number];
      const date = new Date(Date.UTC(year, month - 1, day));
      return { type: Date, value: date, format: dateFormat, alignVertical: 'top' };
    }
  }
}

/** One sheet: a bold header row, frozen, then the rows; columns at their computed widths. */
function toSheet(sheet: WorkbookSheet, dateFormat: string): Sheet<Blob> {
  const header = sheet.columns.map((c): Cell => ({
    type: String,
    value: c.header,
    fontWeight: 'bold',
    wrap: true,
  }));
  const rows = sheet.rows.map((row) =>
    sheet.columns.map((c, i) => toCell(row[i] ?? null, c.width, dateFormat)),
  );
  return {
    sheet: sheet.name,
    data: [header, ...rows],
    columns: sheet.columns.map((c) => ({ width: c.width })),
    stickyRowsCount: 1,
  };
}

/**
 * Renders the workbook as an .xlsx Blob.
 * @param lang the UI language, which sets how dates show
 */
export async function renderPlanWorkbook(book: PlanWorkbook, lang: 'en' | 'es'): Promise<Blob> {
  const sheets = book.sheets.map((sheet) => toSheet(sheet, DATE_FORMATS[lang]));
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Blob([blob], { type: XLSX_MIME });
}
