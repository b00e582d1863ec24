/**
 * The Word report's page and type: A4 with 2 cm margins, the light palette's colours (docx wants
 * them without "#"), heading styles Heading 1–3 that Word's navigation pane and contents read.
 */
import type { IStylesOptions } from 'docx';
import { stripNonXml } from '../../domain/report/chart-svg';
import { LIGHT } from '../../design/tokens';

/** A4 in twips (1/1440 inch), with 2 cm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
/** The width text and tables take, in twips. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The largest picture on a page, in CSS pixels (96 per inch). */
export const IMAGE_BOX = { width: Math.floor((CONTENT_WIDTH / 1440) * 96), height: 860 } as const;

/** `#rrggbb` → `rrggbb`; anything else → the text colour. */
export function toDocxColor(hex: string): string {
  return /^#[0-9a-f]{6}$/i.test(hex) ? hex.slice(1).toLowerCase() : LIGHT.text.slice(1);
}

/** Text a Word file can hold: characters XML 1.0 cannot carry are dropped. */
export function toDocxText(text: string): string {
  return stripNonXml(text);
}

/** The palette as docx colours. */
export const COLOR = {
  text: toDocxColor(LIGHT.text),
  muted: toDocxColor(LIGHT.muted),
  accent: toDocxColor(LIGHT.accent),
  danger: toDocxColor(LIGHT.danger),
  border: toDocxColor(LIGHT.border),
  headerFill: toDocxColor(LIGHT.surfaceAlt),
  white: 'ffffff',
} as const;

function relativeLuminance(hex: string): number {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** The text colour (dark text or white) that contrasts more with a `rrggbb` shade. */
export function readableOn(fill: string): string {
  const l = relativeLuminance(fill);
  const onDark = (l + 0.05) / (relativeLuminance(COLOR.text) + 0.05);
  const onWhite = 1.05 / (l + 0.05);
  return onDark >= onWhite ? COLOR.text : COLOR.white;
}

/** Document defaults and the heading styles, in the report's language. */
export function getStyles(lang: 'en' | 'es'): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { size, bold: true, color: COLOR.accent },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: {
          font: 'Calibri',
          size: 21,
          color: COLOR.text,
          language: { value: lang === 'es' ? 'es-ES' : 'en-GB' },
        },
        // lineRule spelled out: LibreOffice reads a line without one as an exact height, which
        // clipped every chart picture to one line.
        paragraph: { spacing: { after: 120, line: 276, lineRule: 'auto' } },
      },
      title: { run: { size: 52, bold: true, color: COLOR.accent } },
      heading1: heading(34, 0),
      heading2: heading(27, 240),
      heading3: heading(23, 200),
    },
  };
}
