/**
 * What every drawing module shares: the jsPDF document, the autotable function, the page geometry
 * (A4 portrait, millimetres), the palette from the design tokens and the writing cursor.
 */
import type { GState, jsPDF } from 'jspdf';
import type { autoTable } from 'jspdf-autotable';
import { LIGHT } from '../../design/tokens';

/** The libraries the renderer loads lazily, passed in so the drawing code never imports them. */
export interface PdfLibrary {
  readonly jsPDF: typeof jsPDF;
  readonly GState: typeof GState;
  readonly autoTable: typeof autoTable;
}

/** Page geometry in millimetres (A4 portrait). */
export const PAGE = {
  width: 210,
  height: 297,
  marginX: 20,
  /** Top of the writing area on pages with a running header. */
  top: 26,
  /** Bottom of the writing area; the footer sits below it. */
  bottom: 274,
  headerBaseline: 14,
  headerRule: 17,
  footerBaseline: 285,
} as const;

/** Width of the writing area. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

/** Colours of the report: the light palette of the design tokens (one accent, neutrals, danger). */
export const THEME = {
  text: LIGHT.text,
  muted: LIGHT.muted,
  border: LIGHT.border,
  surfaceAlt: LIGHT.surfaceAlt,
  accent: LIGHT.accent,
  accentText: LIGHT.accentText,
  danger: LIGHT.danger,
  dangerBg: LIGHT.dangerBg,
  white: '#ffffff',
} as const;

/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72;

/** Everything a drawing function needs; `cursor.y` is where the next block starts (mutable). */
export interface PdfContext {
  readonly pdf: jsPDF;
  readonly lib: PdfLibrary;
  readonly lang: 'en' | 'es';
  readonly cursor: { y: number };
}

/** Returns `colour` when it is a `#rrggbb` hex, else `fallback`, so a bad token never throws. */
export function toSafeHex(colour: string, fallback: string = THEME.text): string {
  return /^#[0-9a-f]{6}$/i.test(colour) ? colour : fallback;
}

/** Sets the opacity of fills and strokes that follow (1 = opaque). Mutates the document state. */
export function setOpacity(ctx: PdfContext, opacity: number): void {
  ctx.pdf.setGState(new ctx.lib.GState({ opacity, 'stroke-opacity': opacity }));
}
