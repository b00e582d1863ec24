/** Big numbers with a label and a sentence ("48 / 100 — Defined: …"), in rows of up to three. */
import type { ReportBlock } from '../../domain/report/report-document';
import { addGap, ensureSpace } from './page-cursor';
import { CONTENT_WIDTH, PAGE, THEME, type PdfContext } from './pdf-context';
import { drawLines, linesHeight, TYPE, wrapText, type TextStyle } from './text-style';

type Figures = Extract<ReportBlock, { kind: 'figures' }>;
type Figure = Figures['items'][number];

const GAP = 6;
const BAR = 1.2;
const PAD = 4;
/** Most lines a figure's note may take, so a card always fits on a page. */
const MAX_NOTE_LINES = 12;
const VALUE: TextStyle = { size: 22, weight: 'bold', color: THEME.accent };
/** The value and note of a compact block: a board summary's page must hold much more. */
const COMPACT_VALUE: TextStyle = { size: 15, weight: 'bold', color: THEME.accent };
const COMPACT_NOTE: TextStyle = { ...TYPE.body, size: 9 };

/** The styles of a card's value and note. */
interface CardStyles {
  readonly value: TextStyle;
  readonly note: TextStyle;
}
const LABEL: TextStyle = { size: 8.5, weight: 'bold', color: THEME.muted };

/** How many figures share a row: 1, 2 or 3 (four make two rows of two). */
export function figuresPerRow(count: number): number {
  if (count <= 3) return Math.max(count, 1);
  return count === 4 ? 2 : 3;
}

/** One figure card laid out: its wrapped lines and height. */
interface CardLayout {
  readonly label: string[];
  readonly value: string[];
  readonly note: string[];
  readonly height: number;
  readonly styles: CardStyles;
}

function layoutCard(
  ctx: PdfContext,
  figure: Figure,
  width: number,
  styles: CardStyles,
): CardLayout {
  const inner = width - BAR - PAD;
  const label = wrapText(ctx, figure.label, inner, LABEL);
  const value = wrapText(ctx, figure.value, inner, styles.value);
  const wrapped = figure.note === undefined ? [] : wrapText(ctx, figure.note, inner, styles.note);
  const note = wrapped.length > MAX_NOTE_LINES ? clip(wrapped) : wrapped;
  const height =
    linesHeight(label.length, LABEL) +
    linesHeight(value.length, styles.value) +
    linesHeight(note.length, styles.note) +
    2;
  return { label, value, note, height, styles };
}

function clip(lines: readonly string[]): string[] {
  const kept = lines.slice(0, MAX_NOTE_LINES);
  kept[MAX_NOTE_LINES - 1] = `${(kept[MAX_NOTE_LINES - 1] ?? '').trimEnd()}…`;
  return kept;
}

function drawCard(ctx: PdfContext, card: CardLayout, x: number, top: number, height: number): void {
  ctx.pdf.setFillColor(THEME.accent);
  ctx.pdf.rect(x, top, BAR, height, 'F');
  const tx = x + BAR + PAD;
  let y = top;
  drawLines(ctx, card.label, tx, y, LABEL);
  y += linesHeight(card.label.length, LABEL);
  drawLines(ctx, card.value, tx, y, card.styles.value);
  y += linesHeight(card.value.length, card.styles.value);
  drawLines(ctx, card.note, tx, y, card.styles.note);
}

/** Draws the figures block at the cursor; a row that does not fit moves to the next page. */
export function drawFigures(ctx: PdfContext, block: Figures): void {
  const perRow = figuresPerRow(block.items.length);
  const width = (CONTENT_WIDTH - GAP * (perRow - 1)) / perRow;
  const styles: CardStyles =
    block.compact === true
      ? { value: COMPACT_VALUE, note: COMPACT_NOTE }
      : { value: VALUE, note: TYPE.body };
  addGap(ctx, 2);
  for (let start = 0; start < block.items.length; start += perRow) {
    const cards = block.items
      .slice(start, start + perRow)
      .map((f) => layoutCard(ctx, f, width, styles));
    const height = Math.max(...cards.map((c) => c.height));
    ensureSpace(ctx, height);
    cards.forEach((card, i) => {
      drawCard(ctx, card, PAGE.marginX + i * (width + GAP), ctx.cursor.y, height);
    });
    ctx.cursor.y += height + GAP;
  }
}
