/** Type styles of the report and the low-level text drawing every block uses. */
import { measureText, widthTable } from './font-metrics';
import { MM_PER_PT, THEME, toSafeHex, type PdfContext } from './pdf-context';
import { toPdfText } from './pdf-text';

/** A type style: size in points, weight and colour. */
export interface TextStyle {
  readonly size: number;
  readonly weight: 'normal' | 'bold' | 'italic';
  readonly color: string;
}

/** The typographic scale: one accent (headings of level 1), neutral body text, muted notes. */
export const TYPE = {
  title: { size: 28, weight: 'bold', color: THEME.accent },
  h1: { size: 18, weight: 'bold', color: THEME.accent },
  h2: { size: 13, weight: 'bold', color: THEME.text },
  h3: { size: 11, weight: 'bold', color: THEME.text },
  lead: { size: 12, weight: 'normal', color: THEME.text },
  body: { size: 10, weight: 'normal', color: THEME.text },
  danger: { size: 10, weight: 'bold', color: THEME.danger },
  muted: { size: 9, weight: 'normal', color: THEME.muted },
  caption: { size: 10, weight: 'bold', color: THEME.text },
  tiny: { size: 6.5, weight: 'normal', color: THEME.muted },
} as const satisfies Record<string, TextStyle>;

/** Line height factor: calm, readable leading. */
const LEADING = 1.35;

/** Height of one line of `style`, in mm. */
export function lineHeight(style: TextStyle): number {
  return style.size * MM_PER_PT * LEADING;
}

/** Distance from the top of a line box to its baseline, in mm. */
function baselineOffset(style: TextStyle): number {
  return style.size * MM_PER_PT * (0.175 + 0.76);
}

/** Sets font, size and colour on the document. Mutates the document state. */
export function applyStyle(ctx: PdfContext, style: TextStyle): void {
  ctx.pdf.setFont('helvetica', style.weight);
  ctx.pdf.setFontSize(style.size);
  ctx.pdf.setTextColor(toSafeHex(style.color));
}

/** Wraps `text` to `width` mm in `style`: made safe for the font, split at spaces (or inside long words). */
export function wrapText(ctx: PdfContext, text: string, width: number, style: TextStyle): string[] {
  applyStyle(ctx, style);
  // Exact widths and no kerning: what the PDF viewer will lay out (see font-metrics.ts).
  const options = { widths: widthTable(style.weight), kerning: {} };
  const lines = ctx.pdf.splitTextToSize(toPdfText(text), width, options) as unknown;
  return Array.isArray(lines) ? lines.map(String) : [String(lines)];
}

/** Width of one line of `text` in `style`, in mm. */
export function textWidth(text: string, style: TextStyle): number {
  return measureText(toPdfText(text), style.weight, style.size) * MM_PER_PT;
}

/** Height of `count` lines of `style`, in mm. */
export function linesHeight(count: number, style: TextStyle): number {
  return count * lineHeight(style);
}

/** Draws already-wrapped lines with their top at `top` (no page breaks: for charts and covers). */
export function drawLines(
  ctx: PdfContext,
  lines: readonly string[],
  x: number,
  top: number,
  style: TextStyle,
  align: 'left' | 'center' | 'right' = 'left',
): void {
  applyStyle(ctx, style);
  lines.forEach((line, i) => {
    // Aligned with our own measure, so right-aligned text ends exactly at `x`.
    const shift = align === 'left' ? 0 : textWidth(line, style) / (align === 'right' ? 1 : 2);
    ctx.pdf.text(line, x - shift, top + baselineOffset(style) + i * lineHeight(style));
  });
}

/** Shortens `text` with "…" until it fits `width` mm on one line. */
export function fitOneLine(text: string, width: number, style: TextStyle): string {
  const safe = toPdfText(text).replace(/\s+/g, ' ');
  if (textWidth(safe, style) <= width) return safe;
  let cut = safe;
  while (cut.length > 1 && textWidth(`${cut}…`, style) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}
