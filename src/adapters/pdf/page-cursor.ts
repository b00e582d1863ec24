/** The writing cursor: where the next block goes, and the page breaks when a block does not fit. */
import { PAGE, type PdfContext } from './pdf-context';

/** Whether the cursor is at the top of a page's writing area (nothing written on it yet). */
export function isAtPageTop(ctx: PdfContext): boolean {
  return ctx.cursor.y <= PAGE.top + 0.01;
}

/** Room left on the current page below the cursor, in mm. */
export function spaceLeft(ctx: PdfContext): number {
  return PAGE.bottom - ctx.cursor.y;
}

/** Starts a new page and puts the cursor at its top. Mutates the document and the cursor. */
export function newPage(ctx: PdfContext): void {
  ctx.pdf.addPage('a4', 'portrait');
  ctx.cursor.y = PAGE.top;
}

/** Starts a new page unless `height` mm still fit below the cursor (or the page is still empty). */
export function ensureSpace(ctx: PdfContext, height: number): void {
  if (height > spaceLeft(ctx) && !isAtPageTop(ctx)) newPage(ctx);
}

/** Moves the cursor down by `gap` mm, but never past the bottom and never at the top of a page. */
export function addGap(ctx: PdfContext, gap: number): void {
  if (isAtPageTop(ctx)) return;
  ctx.cursor.y = Math.min(ctx.cursor.y + gap, PAGE.bottom);
}
