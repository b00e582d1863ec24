/**
 * Draws the one-page board summary (#16) with the jsPDF library it is given, from the same blocks
 * as the full report: a title, the line naming organization, assessment and day, the blocks, and a
 * footer. Loaded lazily together with jsPDF by board-summary-pdf.ts.
 */
import type { jsPDF } from 'jspdf';
import type { BoardSummaryDocument } from '../../domain/report/board-summary-document';
import type { ReportBlock } from '../../domain/report/report-document';
import { drawBlock } from './draw-report';
import { CONTENT_WIDTH, PAGE, THEME, type PdfContext, type PdfLibrary } from './pdf-context';
import { toPdfText } from './pdf-text';
import { drawLines, fitOneLine, type TextStyle } from './text-style';

/** Top of the writing area: the page has no running header, so it starts higher than the report's. */
const BOARD_TOP = 16;
const FOOTER: TextStyle = { size: 8, weight: 'normal', color: THEME.muted };

/** Draws `doc` on a new A4 document; a block that does not fit starts a second page (the caller checks). */
export function drawBoardSummary(lib: PdfLibrary, doc: BoardSummaryDocument): jsPDF {
  const pdf = new lib.jsPDF({
    orientation: 'portrait',
    unit: 'mm',
    format: 'a4',
    compress: true,
    putOnlyUsedFonts: true,
  });
  pdf.setDocumentProperties({
    title: toPdfText(doc.title),
    author: toPdfText(doc.author),
    subject: toPdfText(doc.subject),
  });
  pdf.setLanguage(doc.lang);
  const ctx: PdfContext = { pdf, lib, lang: doc.lang, cursor: { y: BOARD_TOP } };
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: doc.heading },
    { kind: 'paragraph', text: doc.subtitle, tone: 'muted' },
    ...doc.blocks,
  ];
  blocks.forEach((block, i) => drawBlock(ctx, block, blocks[i + 1], blocks[i + 2]));
  drawFooter(ctx, doc.footer);
  return pdf;
}

/** A hairline and the footer line at the foot of the first page. Mutates the document. */
function drawFooter(ctx: PdfContext, footer: string): void {
  ctx.pdf.setPage(1);
  ctx.pdf.setDrawColor(THEME.border);
  ctx.pdf.setLineWidth(0.2);
  ctx.pdf.setLineDashPattern([], 0);
  const ruleY = PAGE.footerBaseline - 6;
  ctx.pdf.line(PAGE.marginX, ruleY, PAGE.width - PAGE.marginX, ruleY);
  const line = fitOneLine(footer, CONTENT_WIDTH, FOOTER);
  drawLines(ctx, [line], PAGE.marginX, PAGE.footerBaseline - 3, FOOTER);
}
