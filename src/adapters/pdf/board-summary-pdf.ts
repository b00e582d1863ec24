/**
 * The board summary's one entry for a page (#16): prepare (pure) → render (jsPDF) → save, on one
 * A4 page. jsPDF, jspdf-autotable and the drawing code are loaded with dynamic imports when it is
 * called, so they never add to a page's initial JavaScript; a page imports this module on the click.
 */
import { BOARD_LIMITS, type BoardSummaryInput } from '../../domain/report/board-summary-document';
import { buildBoardSummary } from '../../domain/report/board-summary';

/** The summary's input without its language: the locale passed beside it sets that. */
export type BoardSummaryRequest = Omit<BoardSummaryInput, 'lang'>;

/**
 * Renders the board summary in `locale` as exactly one A4 page. The lists are shortened (fewer
 * items, shorter names, with "and N more") until everything fits; should even the tightest limits
 * overflow, what falls on a second page is dropped, so the file always has one page.
 * @param input the full report's input and the organization's runs; its words in `locale`
 * @returns the file's name, the PDF as a Blob of type `application/pdf`, and the place in
 *   `BOARD_LIMITS` of the limits that fitted (0: the roomiest)
 */
export async function renderBoardSummaryPdf(
  input: BoardSummaryRequest,
  locale: 'en' | 'es',
): Promise<{ fileName: string; blob: Blob; level: number }> {
  const [{ jsPDF, GState }, { autoTable }, { drawBoardSummary }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('./draw-board-summary'),
  ]);
  const lib = { jsPDF, GState, autoTable };
  const full: BoardSummaryInput = { ...input, lang: locale };
  const draw = (level: number) => {
    const doc = buildBoardSummary(full, BOARD_LIMITS[level]);
    return { fileName: doc.fileName, pdf: drawBoardSummary(lib, doc), level };
  };
  let drawn = draw(0);
  while (drawn.pdf.getNumberOfPages() > 1 && drawn.level + 1 < BOARD_LIMITS.length) {
    drawn = draw(drawn.level + 1);
  }
  const { fileName, pdf, level } = drawn;
  while (pdf.getNumberOfPages() > 1) pdf.deletePage(pdf.getNumberOfPages());
  return { fileName, blob: pdf.output('blob'), level };
}

/**
 * Makes the board summary in `locale` and offers it as a download called
 * `crm-board-summary-<organization>-<yyyy-mm-dd>.pdf`; returns that name.
 */
export async function downloadBoardSummary(
  input: BoardSummaryRequest,
  locale: 'en' | 'es',
): Promise<string> {
  const [{ fileName, blob }, { saveBlob }] = await Promise.all([
    renderBoardSummaryPdf(input, locale),
    import('../file/save-file'),
  ]);
  saveBlob(fileName, blob);
  return fileName;
}
