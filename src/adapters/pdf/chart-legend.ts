/** Captions and legends shared by the charts. */
import { ensureSpace } from './page-cursor';
import { CONTENT_WIDTH, PAGE, setOpacity, toSafeHex, type PdfContext } from './pdf-context';
import { setStroke } from './shapes';
import { flowLines } from './text-blocks';
import { drawLines, lineHeight, textWidth, TYPE, wrapText } from './text-style';

/** One legend entry: a line sample (solid or dashed, optionally over a tinted box) and its label. */
export interface LegendEntry {
  readonly label: string;
  readonly color: string;
  readonly dashed?: boolean;
  readonly fill?: boolean;
}

const SAMPLE = 9;
const ENTRY_GAP = 7;
const LEGEND = TYPE.muted;

/** Height a chart caption takes, with the gap under it, in mm. */
export function captionHeight(ctx: PdfContext, caption: string): number {
  return wrapText(ctx, caption, CONTENT_WIDTH, TYPE.caption).length * lineHeight(TYPE.caption) + 2;
}

/** Writes a chart caption at the cursor, keeping `keep` mm of chart with it. Mutates the cursor. */
export function drawCaption(ctx: PdfContext, caption: string, keep: number): void {
  const lines = wrapText(ctx, caption, CONTENT_WIDTH, TYPE.caption);
  ensureSpace(ctx, lines.length * lineHeight(TYPE.caption) + keep);
  flowLines(ctx, lines, PAGE.marginX, TYPE.caption);
  ctx.cursor.y += 2;
}

/** Height the legend takes for `entries`, in mm. */
export function legendHeight(entries: readonly LegendEntry[]): number {
  return legendRows(entries).length * (lineHeight(LEGEND) + 1.5);
}

/** Entries grouped into rows that fit the content width. */
function legendRows(entries: readonly LegendEntry[]): LegendEntry[][] {
  const rows: LegendEntry[][] = [[]];
  let used = 0;
  for (const entry of entries) {
    const width = SAMPLE + 2 + textWidth(entry.label, LEGEND) + ENTRY_GAP;
    const row = rows[rows.length - 1] ?? [];
    if (used + width > CONTENT_WIDTH && row.length > 0) {
      rows.push([entry]);
      used = width;
    } else {
      row.push(entry);
      used += width;
    }
  }
  return rows;
}

/** Draws the legend with its top at `top`, left-aligned in the content area. */
export function drawLegend(ctx: PdfContext, entries: readonly LegendEntry[], top: number): void {
  const rowHeight = lineHeight(LEGEND) + 1.5;
  legendRows(entries).forEach((row, r) => {
    let x = PAGE.marginX;
    const y = top + r * rowHeight;
    for (const entry of row) {
      drawSample(ctx, entry, x, y + lineHeight(LEGEND) / 2);
      const label = entry.label;
      drawLines(ctx, [label], x + SAMPLE + 2, y, LEGEND);
      x += SAMPLE + 2 + textWidth(label, LEGEND) + ENTRY_GAP;
    }
  });
}

function drawSample(ctx: PdfContext, entry: LegendEntry, x: number, midY: number): void {
  const colour = toSafeHex(entry.color);
  if (entry.fill === true) {
    setOpacity(ctx, 0.18);
    ctx.pdf.setFillColor(colour);
    ctx.pdf.rect(x, midY - 1.6, SAMPLE, 3.2, 'F');
    setOpacity(ctx, 1);
  }
  setStroke(ctx, colour, 0.6, entry.dashed === true);
  ctx.pdf.line(x, midY, x + SAMPLE, midY);
  setStroke(ctx, colour, 0.6);
  ctx.pdf.setFillColor(colour);
  ctx.pdf.circle(x + SAMPLE / 2, midY, 0.7, 'F');
}
