/**
 * Render step of the PDF export (prepare → render → save): a ReportDocument in, the PDF file out.
 * jsPDF, jspdf-autotable and the drawing code are loaded here with dynamic imports, so they form a
 * lazy chunk fetched on the first click and never add to a page's initial JavaScript. Only text,
 * vector and table output is used, so jsPDF's html2canvas/canvg/dompurify chunks are never loaded.
 */
import type { ReportDocument } from '../../domain/report/report-document';

/** Renders `doc` as an A4 PDF and returns it as a Blob of type `application/pdf`. */
export async function renderReportPdf(doc: ReportDocument): Promise<Blob> {
  const [{ jsPDF, GState }, { autoTable }, { drawReport }] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    import('./draw-report'),
  ]);
  const pdf = drawReport({ jsPDF, GState, autoTable }, doc);
  return pdf.output('blob');
}
