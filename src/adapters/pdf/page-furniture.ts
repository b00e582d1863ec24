/** The running header and the "Page X of Y" footer, added once every page exists. */
import { CONTENT_WIDTH, PAGE, THEME, type PdfContext } from './pdf-context';
import { fillTemplate } from './pdf-text';
import { drawLines, fitOneLine, type TextStyle } from './text-style';

const FURNITURE: TextStyle = { size: 8, weight: 'normal', color: THEME.muted };

/** Draws the header and footer on every page but the cover (page 1). Mutates the document. */
export function drawPageFurniture(ctx: PdfContext, header: string, pageLabel: string): void {
  const pages = ctx.pdf.getNumberOfPages();
  const title = fitOneLine(header, CONTENT_WIDTH, FURNITURE);
  for (let page = 2; page <= pages; page++) {
    ctx.pdf.setPage(page);
    drawLines(ctx, [title], PAGE.marginX, PAGE.headerBaseline - 3, FURNITURE);
    ctx.pdf.setDrawColor(THEME.border);
    ctx.pdf.setLineWidth(0.2);
    ctx.pdf.setLineDashPattern([], 0);
    ctx.pdf.line(PAGE.marginX, PAGE.headerRule, PAGE.width - PAGE.marginX, PAGE.headerRule);
    const label = fitOneLine(fillTemplate(pageLabel, { page, pages }), CONTENT_WIDTH, FURNITURE);
    drawLines(ctx, [label], PAGE.width - PAGE.marginX, PAGE.footerBaseline - 3, FURNITURE, 'right');
  }
}
