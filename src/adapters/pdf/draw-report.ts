/**
 * Draws a whole ReportDocument with the jsPDF library it is given. Loaded lazily together with
 * jsPDF by render-report-pdf.ts, so none of this code is in a page's initial JavaScript.
 */
import type { jsPDF } from 'jspdf';
import type {
  ReportBlock,
  ReportDocument,
  ReportSection,
} from '../../domain/report/report-document';
import { drawBars } from './bar-chart';
import { drawCover } from './cover-page';
import { drawFigures } from './figures-block';
import { drawGantt } from './gantt-chart';
import { drawHeatMap } from './heat-map';
import { keepHeightAfterHeading } from './keep-with-next';
import { isAtPageTop, newPage } from './page-cursor';
import { drawPageFurniture } from './page-furniture';
import { PAGE, type PdfContext, type PdfLibrary } from './pdf-context';
import { toPdfText } from './pdf-text';
import { drawRadar } from './radar-chart';
import { drawTable } from './table-block';
import { drawBullets, drawHeading, drawParagraph } from './text-blocks';

/**
 * Draws one block at the cursor; `next` and `afterNext` follow it (a heading keeps with them).
 */
export function drawBlock(
  ctx: PdfContext,
  block: ReportBlock,
  next: ReportBlock | undefined,
  afterNext: ReportBlock | undefined,
): void {
  switch (block.kind) {
    case 'heading':
      return drawHeading(ctx, block, keepHeightAfterHeading(ctx, next, afterNext));
    case 'paragraph':
      return drawParagraph(ctx, block);
    case 'bullets':
      return drawBullets(ctx, block);
    case 'figures':
      return drawFigures(ctx, block);
    case 'table':
      return drawTable(ctx, block);
    case 'radar':
      return drawRadar(ctx, block);
    case 'bars':
      return drawBars(ctx, block);
    case 'gantt':
      return drawGantt(ctx, block);
    case 'heatmap':
      return drawHeatMap(ctx, block);
    case 'page-break':
      if (!isAtPageTop(ctx)) newPage(ctx);
      return;
  }
}

/** Draws a section: on a new page, or after a gap when it `continues` the previous one. */
function drawSection(ctx: PdfContext, section: ReportSection, first: boolean): void {
  if (first || section.continues !== true) newPage(ctx);
  else if (!isAtPageTop(ctx)) ctx.cursor.y += 4;
  section.blocks.forEach((block, i) =>
    drawBlock(ctx, block, section.blocks[i + 1], section.blocks[i + 2]),
  );
}

/** Sets title, author, subject and language of the file. */
function setMetadata(pdf: jsPDF, doc: ReportDocument): void {
  pdf.setDocumentProperties({
    title: toPdfText(doc.title),
    author: toPdfText(doc.author),
    subject: toPdfText(`${doc.cover.organization} · ${doc.cover.assessmentName}`),
  });
  pdf.setLanguage(doc.lang);
}

/** Draws the report: cover, sections, then header and footer on every page but the cover. */
export function drawReport(lib: PdfLibrary, doc: ReportDocument): jsPDF {
  const pdf = new lib.jsPDF({
    orientation: 'portrait',
    unit: 'mm',
    format: 'a4',
    compress: true,
    putOnlyUsedFonts: true,
  });
  const ctx: PdfContext = { pdf, lib, lang: doc.lang, cursor: { y: PAGE.top } };
  setMetadata(pdf, doc);
  drawCover(ctx, doc.cover);
  doc.sections.forEach((section, i) => drawSection(ctx, section, i === 0));
  drawPageFurniture(ctx, doc.header, doc.pageLabel);
  return pdf;
}
