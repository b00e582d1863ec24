/**
 * Text for jsPDF's standard fonts. Helvetica is written with WinAnsi encoding: every character of
 * Spanish and English (á é í ó ú ñ ü ¿ ¡ € “ ” ‘ ’ — · …) is in it, but a few symbols a builder may
 * use (→ ≥ − ✓, odd spaces) are not and would print as garbage. They get a readable stand-in.
 */

import { WIN_ANSI_EXTRA } from './font-metrics';

/** Stand-ins for common characters outside WinAnsi. */
const STAND_INS: Readonly<Record<string, string>> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '–',
  '―': '—',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '✘': 'x',
  // Letters without a decomposition to a base letter.
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '′': "'",
  '″': '"',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u202f': '\u00a0',
  '\u2007': '\u00a0',
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\u200b': '',
  '\u200d': '',
  '\ufeff': '',
};

/** Whether a character can be written with a standard font (WinAnsi), newlines included. */
export function isWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n') return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return WIN_ANSI_EXTRA.includes(char);
}

/** Replaces one character outside WinAnsi: a stand-in, its letter without accents, or "?". */
function replaceChar(char: string): string {
  const standIn = STAND_INS[char];
  if (standIn !== undefined) return standIn;
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return base !== '' && [...base].every(isWinAnsi) ? base : '?';
}

/** Makes `text` safe for the standard fonts: CRLF → LF, and anything outside WinAnsi replaced. */
export function toPdfText(text: string): string {
  const normalized = text.replace(/\r\n?/g, '\n').normalize('NFC');
  let out = '';
  for (const char of normalized) out += isWinAnsi(char) ? char : replaceChar(char);
  return out;
}

/** Fills `{name}` placeholders of a template, e.g. "Page {page} of {pages}". */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | number>>,
): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}
