import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { DARK, LIGHT, toCssVariable, type Palette } from '~/design/tokens';

const css = readFileSync(new URL('../../src/styles/tokens.css', import.meta.url), 'utf8');
const [lightCss = '', darkCss = ''] = css.split('@media (prefers-color-scheme: dark)');

/** Relative luminance and contrast ratio, as WCAG 2 defines them. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe.each<[string, Palette, string]>([
  ['light', LIGHT, lightCss],
  ['dark', DARK, darkCss],
])('%s scheme', (_name, palette, block) => {
  it.each(Object.keys(palette) as (keyof Palette)[])(
    'tokens.css has the same %s as tokens.ts',
    (key) => {
      expect(block).toContain(`${toCssVariable(key)}: ${palette[key]};`);
    },
  );

  const textColours: (keyof Palette)[] = [
    'text',
    'muted',
    'accent',
    'danger',
    'warning',
    'success',
    'analysis',
    'diagnosis',
    'action',
    'change',
    'focus',
  ];
  it.each(textColours)('%s meets AA contrast (4.5:1) on the background and surfaces', (key) => {
    for (const bg of [palette.bg, palette.surface, palette.surfaceAlt]) {
      expect(contrast(palette[key], bg)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('has a focus ring that does not look like an error (#14): its hue is far from danger’s', () => {
    const distance = Math.abs(hueOf(palette.focus) - hueOf(palette.danger)) % 360;
    expect(Math.min(distance, 360 - distance)).toBeGreaterThanOrEqual(90);
  });

  it('shows the focus ring (3:1) on the warning and danger tints of banners too', () => {
    for (const bg of [palette.dangerBg, palette.warningBg]) {
      expect(contrast(palette.focus, bg)).toBeGreaterThanOrEqual(3);
    }
  });

  it('has readable button text on the accent, and danger/warning text on their tints', () => {
    expect(contrast(palette.accentText, palette.accent)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.danger, palette.dangerBg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(palette.warning, palette.warningBg)).toBeGreaterThanOrEqual(4.5);
  });
});

/** The hue of a #rrggbb colour, in degrees (0 is red, 120 green, 240 blue). */
function hueOf(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [
    number,
    number,
    number,
  ];
  const max = Math.max(r, g, b);
  const delta = max - Math.min(r, g, b);
  if (delta === 0) return 0;
  const sector =
    max === r ? ((g - b) / delta + 6) % 6 : max === g ? (b - r) / delta + 2 : (r - g) / delta + 4;
  return sector * 60;
}
