import { describe, expect, it } from 'vitest';
import { fillTemplate, isWinAnsi, toPdfText } from '~/adapters/pdf/pdf-text';

describe('toPdfText', () => {
  it.each([
    [
      'keeps Spanish letters and punctuation',
      '¿Qué? ¡Año! ñ ü á é í ó ú Ñ Ü',
      '¿Qué? ¡Año! ñ ü á é í ó ú Ñ Ü',
    ],
    [
      'keeps typographic quotes, dashes, euro and ellipsis',
      '“a” ‘b’ — – € … · «c»',
      '“a” ‘b’ — – € … · «c»',
    ],
    ['writes arrows and comparisons as ASCII', '→ ≥ ≤ ≠ −', '-> >= <= != -'],
    ['writes check marks as letters', '✓ ✗', 'v x'],
    ['turns odd spaces into plain or non-breaking ones', 'a\u2009b\u202fc\u200bd', 'a b\u00a0cd'],
    ['drops accents a WinAnsi letter lacks', 'Łódź ő', 'Lódz o'],
    ['puts "?" for what has no stand-in', '中 😀', '? ?'],
    ['normalizes line ends to LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['composes decomposed accents', 'n\u0303', 'ñ'],
  ])('%s', (_name, input, expected) => {
    expect(toPdfText(input)).toBe(expected);
  });

  it('leaves only WinAnsi characters', () => {
    const out = toPdfText('Gestión → “KPI” ≥ 70 % ✓ 中');
    expect([...out].every(isWinAnsi)).toBe(true);
  });
});

describe('fillTemplate', () => {
  it.each([
    ['Page {page} of {pages}', { page: 3, pages: 12 }, 'Page 3 of 12'],
    ['Página {page} de {pages}', { page: 1, pages: 1 }, 'Página 1 de 1'],
    ['Week {n}', { n: 0 }, 'Week 0'],
    ['Semana {n} · {unknown}', { n: 8 }, 'Semana 8 · {unknown}'],
  ] as const)('fills %s', (template, values, expected) => {
    expect(fillTemplate(template, values)).toBe(expected);
  });
});
