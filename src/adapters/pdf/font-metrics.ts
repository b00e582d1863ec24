/**
 * Exact advance widths of the standard Helvetica fonts for the WinAnsi characters, from Adobe's AFM
 * files (1/1000 em). jsPDF's built-in table rounds them to 1/100 em and applies kerning the written
 * text does not use, so lines measured with it come out up to ~1 % wider than planned; measuring with
 * these keeps wrapped text inside its box.
 */

/** The characters WinAnsi (Windows-1252) adds in 0x80–0x9F. */
export const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Every WinAnsi character, in the order of the width tables: 0x20–0x7E, 0xA0–0xFF, then the extras. */
const CHARS = [
  ...Array.from({ length: 95 }, (_, i) => String.fromCharCode(0x20 + i)),
  ...Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)),
  ...WIN_ANSI_EXTRA,
];

/** Helvetica and Helvetica-Oblique. */
const NORMAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667,
  611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500,
  222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333,
  333, 333, 578, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, 667, 667, 667, 667, 667, 667,
  1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778,
  722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556,
  278, 278, 278, 278, 556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556,
  500, 556, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 611, 222, 222, 333, 333, 350,
  556, 1000, 333, 1000, 500, 333, 944, 500, 667,
];

/** Helvetica-Bold and Helvetica-BoldOblique. */
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556,
  556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667,
  611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667,
  667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556,
  278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333, 400, 584, 333,
  333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611, 722, 722, 722, 722, 722, 722,
  1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, 722, 722, 778, 778, 778, 778, 778, 584, 778,
  722, 722, 722, 722, 667, 667, 611, 556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556,
  278, 278, 278, 278, 611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611,
  556, 556, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 611, 278, 278, 500, 500, 350,
  556, 1000, 333, 1000, 556, 333, 944, 500, 667,
];

/** Width tables keyed by character code, in the shape jsPDF's splitTextToSize accepts. */
export type WidthTable = Readonly<Record<number, number>> & { readonly fof: number };

function buildTable(widths: readonly number[]): WidthTable {
  const table: Record<number, number> = { 0: 556 };
  CHARS.forEach((char, i) => {
    table[char.charCodeAt(0)] = widths[i] ?? 556;
  });
  return { ...table, fof: 1000 };
}

const TABLES = { normal: buildTable(NORMAL), bold: buildTable(BOLD) };

/** The width table of a weight (italic shares the regular widths). */
export function widthTable(weight: 'normal' | 'bold' | 'italic'): WidthTable {
  return weight === 'bold' ? TABLES.bold : TABLES.normal;
}

/** Width of `text` in points at `size` points, without kerning (as jsPDF writes it). */
export function measureText(
  text: string,
  weight: 'normal' | 'bold' | 'italic',
  size: number,
): number {
  const table = widthTable(weight);
  let units = 0;
  for (let i = 0; i < text.length; i++) units += table[text.charCodeAt(i)] ?? table[0] ?? 556;
  return (units * size) / 1000;
}
