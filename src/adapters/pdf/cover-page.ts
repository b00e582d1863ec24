/** The cover: optional logo, title and subtitle, then who and when. No header or footer here. */
import type { ReportCover, ReportLogo } from '../../domain/report/report-document';
import { fitInBox } from './geometry';
import { CONTENT_WIDTH, PAGE, THEME, type PdfContext } from './pdf-context';
import { drawLines, linesHeight, TYPE, wrapText, type TextStyle } from './text-style';

/** The box the logo is fitted into, in mm. */
export const LOGO_BOX = { x: PAGE.marginX, y: 28, width: 70, height: 28 } as const;

const SUBTITLE: TextStyle = { size: 13, weight: 'normal', color: THEME.muted };
const ORGANIZATION: TextStyle = { size: 16, weight: 'bold', color: THEME.text };
const DETAIL: TextStyle = { size: 11, weight: 'normal', color: THEME.muted };

/**
 * Places the logo fitted to its box. A logo jsPDF cannot decode is left out rather than failing the
 * whole report (it was checked by its header only); returns whether it was drawn.
 */
export function drawLogo(ctx: PdfContext, logo: ReportLogo): boolean {
  const size = fitInBox(logo.width, logo.height, LOGO_BOX.width, LOGO_BOX.height);
  if (size.width <= 0) return false;
  try {
    ctx.pdf.addImage(
      logo.bytes,
      logo.format,
      LOGO_BOX.x,
      LOGO_BOX.y,
      size.width,
      size.height,
      'logo',
      'FAST',
    );
    return true;
  } catch {
    return false;
  }
}

/** Writes wrapped text with its top at `top`; returns the y below it. */
function writeAt(ctx: PdfContext, text: string, top: number, style: TextStyle): number {
  const lines = wrapText(ctx, text, CONTENT_WIDTH, style);
  drawLines(ctx, lines, PAGE.marginX, top, style);
  return top + linesHeight(lines.length, style);
}

/** Draws the cover on the current (first) page. */
export function drawCover(ctx: PdfContext, cover: ReportCover): void {
  if (cover.logo) drawLogo(ctx, cover.logo);
  let y = writeAt(ctx, cover.title, 96, TYPE.title);
  y = writeAt(ctx, cover.subtitle, y + 3, SUBTITLE);
  ctx.pdf.setFillColor(THEME.accent);
  ctx.pdf.rect(PAGE.marginX, y + 8, 36, 1.2, 'F');
  y = Math.max(y + 30, 190);
  y = writeAt(ctx, cover.organization, y, ORGANIZATION);
  y = writeAt(ctx, cover.assessmentName, y + 2, TYPE.lead);
  y = writeAt(ctx, cover.date, y + 6, DETAIL);
  if (cover.assessedBy !== null) writeAt(ctx, cover.assessedBy, y + 1, DETAIL);
}
