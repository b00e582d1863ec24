/** Vector shapes drawn with jsPDF primitives: polygons, dashed strokes, hatched boxes, diamonds. */
import { hatchSegments, type Point } from './geometry';
import { setOpacity, THEME, toSafeHex, type PdfContext } from './pdf-context';

/** Dash pattern of dashed series, in mm. */
export const DASH = [1.6, 1.1];

/** Draws a polygon through `points` (closed or open); `style` as jsPDF: 'S', 'F' or 'FD'. */
export function drawPolygon(
  ctx: PdfContext,
  points: readonly Point[],
  style: 'S' | 'F' | 'FD',
  closed = true,
): void {
  const [first, ...rest] = points;
  if (first === undefined || rest.length === 0) return;
  let previous = first;
  const deltas = rest.map((p) => {
    const delta = [p.x - previous.x, p.y - previous.y];
    previous = p;
    return delta;
  });
  ctx.pdf.lines(deltas, first.x, first.y, [1, 1], style, closed);
}

/** Sets the stroke: colour, width in mm and solid or dashed. Mutates the document state. */
export function setStroke(ctx: PdfContext, colour: string, width: number, dashed = false): void {
  ctx.pdf.setDrawColor(toSafeHex(colour));
  ctx.pdf.setLineWidth(width);
  ctx.pdf.setLineDashPattern(dashed ? DASH : [], 0);
}

/** Fills a polygon with `colour` at `opacity`, then puts opacity back to 1. */
export function fillTranslucent(
  ctx: PdfContext,
  points: readonly Point[],
  colour: string,
  opacity: number,
): void {
  setOpacity(ctx, opacity);
  ctx.pdf.setFillColor(toSafeHex(colour));
  drawPolygon(ctx, points, 'F');
  setOpacity(ctx, 1);
}

/** Draws a box filled with diagonal lines in `colour` on a pale tint, outlined in `colour`. */
export function drawHatchedBox(
  ctx: PdfContext,
  x: number,
  y: number,
  width: number,
  height: number,
  colour: string,
): void {
  const safe = toSafeHex(colour);
  ctx.pdf.setFillColor(THEME.white);
  ctx.pdf.rect(x, y, width, height, 'F');
  fillTranslucent(ctx, boxPoints(x, y, width, height), safe, 0.18);
  setStroke(ctx, safe, 0.35);
  for (const s of hatchSegments(x, y, width, height, 1.1)) {
    ctx.pdf.line(s.from.x, s.from.y, s.to.x, s.to.y);
  }
  ctx.pdf.rect(x, y, width, height, 'S');
}

/** Draws a solid box in `colour`. */
export function drawSolidBox(
  ctx: PdfContext,
  x: number,
  y: number,
  width: number,
  height: number,
  colour: string,
): void {
  ctx.pdf.setFillColor(toSafeHex(colour));
  ctx.pdf.rect(x, y, width, height, 'F');
}

/** Draws a milestone diamond centred at (x, y), `size` mm from tip to tip, dark with a white rim. */
export function drawDiamond(ctx: PdfContext, x: number, y: number, size: number): void {
  const h = size / 2;
  ctx.pdf.setFillColor(THEME.text);
  setStroke(ctx, THEME.white, 0.3);
  drawPolygon(
    ctx,
    [
      { x, y: y - h },
      { x: x + h, y },
      { x, y: y + h },
      { x: x - h, y },
    ],
    'FD',
  );
}

/** The corners of a rectangle, clockwise from top-left. */
export function boxPoints(x: number, y: number, width: number, height: number): Point[] {
  return [
    { x, y },
    { x: x + width, y },
    { x: x + width, y: y + height },
    { x, y: y + height },
  ];
}
