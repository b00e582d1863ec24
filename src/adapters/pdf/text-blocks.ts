/** Headings, paragraphs and bulleted lists: wrapped text that flows across pages line by line. */
import type { ReportBlock } from '../../domain/report/report-document';
import { addGap, ensureSpace } from './page-cursor';
import { CONTENT_WIDTH, PAGE, THEME, type PdfContext } from './pdf-context';
import { drawLines, lineHeight, TYPE, wrapText, type TextStyle } from './text-style';

type Heading = Extract<ReportBlock, { kind: 'heading' }>;
type Paragraph = Extract<ReportBlock, { kind: 'paragraph' }>;
type Bullets = Extract<ReportBlock, { kind: 'bullets' }>;

/** Indent of list text and of text after a danger marker, in mm. */
const INDENT = 6;

/** Space before and the style of each heading level. */
const HEADINGS = {
  1: { style: TYPE.h1, before: 10, after: 4 },
  2: { style: TYPE.h2, before: 7, after: 2.5 },
  3: { style: TYPE.h3, before: 5, after: 1.5 },
} as const;

/**
 * Writes lines at the cursor, starting a new page whenever the next line does not fit; `onLine`
 * draws a marker beside a line (e.g. a bullet on the first). Mutates the cursor.
 */
export function flowLines(
  ctx: PdfContext,
  lines: readonly string[],
  x: number,
  style: TextStyle,
  onLine?: (index: number, top: number) => void,
): void {
  const height = lineHeight(style);
  lines.forEach((line, i) => {
    ensureSpace(ctx, height);
    onLine?.(i, ctx.cursor.y);
    drawLines(ctx, [line], x, ctx.cursor.y, style);
    ctx.cursor.y += height;
  });
}

/** Draws a heading, kept on one page with the first `keep` mm of what follows it. */
export function drawHeading(ctx: PdfContext, block: Heading, keep: number): void {
  const { style, before, after } = HEADINGS[block.level];
  addGap(ctx, before);
  const lines = wrapText(ctx, block.text, CONTENT_WIDTH, style);
  const height = lines.length * lineHeight(style);
  ensureSpace(ctx, height + Math.min(keep, PAGE.bottom - PAGE.top - height - after));
  flowLines(ctx, lines, PAGE.marginX, style);
  ctx.cursor.y += after;
}

/** Draws a blocker mark (a red disc with an exclamation mark, drawn, not typed) left of a line. */
export function drawDangerMark(ctx: PdfContext, x: number, top: number, style: TextStyle): void {
  const { pdf } = ctx;
  const r = 1.7;
  const cy = top + lineHeight(style) / 2;
  pdf.setFillColor(THEME.danger);
  pdf.circle(x + r, cy, r, 'F');
  pdf.setFillColor(THEME.white);
  pdf.rect(x + r - 0.25, cy - 1.05, 0.5, 1.25, 'F');
  pdf.circle(x + r, cy + 0.75, 0.28, 'F');
}

/** Style of a paragraph by its tone. */
function paragraphStyle(tone: Paragraph['tone']): TextStyle {
  if (tone === 'lead') return TYPE.lead;
  if (tone === 'muted') return TYPE.muted;
  if (tone === 'danger') return TYPE.danger;
  return TYPE.body;
}

/** Draws a paragraph; long ones break across pages. A danger paragraph gets the blocker mark. */
export function drawParagraph(ctx: PdfContext, block: Paragraph): void {
  const style = paragraphStyle(block.tone);
  const danger = block.tone === 'danger';
  const x = PAGE.marginX + (danger ? INDENT : 0);
  const lines = wrapText(ctx, block.text, CONTENT_WIDTH - (x - PAGE.marginX), style);
  // Keep at least two lines together so a paragraph never starts with a lone line at a page foot.
  ensureSpace(ctx, Math.min(lines.length, 2) * lineHeight(style));
  flowLines(ctx, lines, x, style, (i, top) => {
    if (danger && i === 0) drawDangerMark(ctx, PAGE.marginX, top, style);
  });
  ctx.cursor.y += 3;
}

/** Height in mm a paragraph takes on the page, gap included (when it does not break). */
export function paragraphHeight(ctx: PdfContext, block: Paragraph): number {
  const style = paragraphStyle(block.tone);
  const x = PAGE.marginX + (block.tone === 'danger' ? INDENT : 0);
  const lines = wrapText(ctx, block.text, CONTENT_WIDTH - (x - PAGE.marginX), style);
  return lines.length * lineHeight(style) + 3;
}

/** Draws a bulleted list; danger lists (blockers) get the blocker mark and red bold text. */
export function drawBullets(ctx: PdfContext, block: Bullets): void {
  const danger = block.tone === 'danger';
  const style = danger ? TYPE.danger : TYPE.body;
  for (const item of block.items) {
    const lines = wrapText(ctx, item, CONTENT_WIDTH - INDENT, style);
    ensureSpace(ctx, Math.min(lines.length, 2) * lineHeight(style));
    flowLines(ctx, lines, PAGE.marginX + INDENT, style, (i, top) => {
      if (i !== 0) return;
      if (danger) drawDangerMark(ctx, PAGE.marginX, top, style);
      else drawBulletDot(ctx, PAGE.marginX + 1.8, top + lineHeight(style) / 2);
    });
    ctx.cursor.y += 1.2;
  }
  ctx.cursor.y += 2;
}

/** A small accent-coloured dot marking a list item. */
function drawBulletDot(ctx: PdfContext, x: number, y: number): void {
  ctx.pdf.setFillColor(THEME.accent);
  ctx.pdf.circle(x, y, 0.75, 'F');
}
