/**
 * The design tokens: the one source of colours for the site (src/styles/tokens.css mirrors them, and a
 * test keeps the two equal), the charts and the PDF. One accent; one colour per phase and one for
 * change management, always shown with a label. Every colour meets WCAG AA as text on its background.
 */

/** Colours of one colour scheme. */
export interface Palette {
  readonly bg: string;
  readonly surface: string;
  readonly surfaceAlt: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly accent: string;
  readonly accentText: string;
  readonly focus: string;
  readonly danger: string;
  readonly dangerBg: string;
  readonly warning: string;
  readonly warningBg: string;
  readonly success: string;
  readonly analysis: string;
  readonly diagnosis: string;
  readonly action: string;
  readonly change: string;
}

/** Light scheme: warm neutral paper, deep blue accent. */
export const LIGHT: Palette = {
  bg: '#f7f6f3',
  surface: '#ffffff',
  surfaceAlt: '#efeee9',
  text: '#1b1e23',
  muted: '#4d5560',
  border: '#c9ccd1',
  accent: '#0f4c81',
  accentText: '#ffffff',
  focus: '#0b57d0',
  danger: '#a4161a',
  dangerBg: '#fdecea',
  warning: '#7a4b00',
  warningBg: '#fff4dc',
  success: '#1c6b3a',
  analysis: '#1d5fa6',
  diagnosis: '#6a3d9a',
  action: '#1c6b3a',
  change: '#9a4410',
};

/** Dark scheme: the same hues, lightened to keep AA contrast on a dark background. */
export const DARK: Palette = {
  bg: '#15181d',
  surface: '#1d2127',
  surfaceAlt: '#252a31',
  text: '#eceef1',
  muted: '#b4bac3',
  border: '#4a515b',
  accent: '#8cc3f5',
  accentText: '#0c1a28',
  focus: '#a8c7fa',
  danger: '#ffb3ad',
  dangerBg: '#3b1a1a',
  warning: '#f2c46d',
  warningBg: '#3a2e14',
  success: '#7fd49b',
  analysis: '#8fbdf2',
  diagnosis: '#c9a9ee',
  action: '#7fd49b',
  change: '#f3ab78',
};

/** Turns a token name into its CSS custom property: `surfaceAlt` → `--color-surface-alt`. */
export function toCssVariable(name: keyof Palette): string {
  return `--color-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
