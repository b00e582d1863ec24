/**
 * Render step of the Word export (prepare → render → save): the same ReportDocument the PDF draws,
 * out as an editable .docx. The `docx` library and the building code are loaded here with dynamic
 * imports, so they form a lazy chunk fetched on the first click, never in a page's first load.
 */
import type { ReportDocument } from '../../domain/report/report-document';

/** Turns an SVG chart (`width` × `height` CSS pixels) into PNG file bytes. */
export type ToPng = (svg: string, width: number, height: number) => Promise<Uint8Array>;

/** What the renderer can be given; by default charts are rasterised on a browser canvas. */
export interface RenderDocxOptions {
  readonly toPng?: ToPng;
  /** The title over the table of contents, in the report's language. */
  readonly contentsTitle?: string;
}

/** The MIME type of a .docx file. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** `crm-plan-….pdf` → `crm-plan-….docx`: the Word file keeps the PDF's name. */
export function toDocxFileName(pdfFileName: string): string {
  return `${pdfFileName.replace(/\.pdf$/i, '')}.docx`;
}

/** Renders `doc` as a Word document and returns it as a Blob of the .docx type. */
export async function renderReportDocx(
  doc: ReportDocument,
  options: RenderDocxOptions = {},
): Promise<Blob> {
  const [{ Packer }, { buildDocx }] = await Promise.all([import('docx'), import('./build-docx')]);
  const toPng = options.toPng ?? (await import('./svg-to-png')).svgToPng;
  const contentsTitle = options.contentsTitle ?? (doc.lang === 'es' ? 'Índice' : 'Contents');
  const file = await buildDocx(doc, toPng, contentsTitle);
  const bytes = await Packer.toArrayBuffer(file);
  return new Blob([bytes], { type: DOCX_TYPE });
}
