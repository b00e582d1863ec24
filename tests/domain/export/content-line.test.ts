import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LINE_OCTETS,
  escapeText,
  foldContentLine,
  getUtf8Length,
} from '~/domain/export/content-line';
import { SLOW_TEST_MS } from '../../slow-test';

/** Physical lines of a folded content line. */
const physicalLines = (folded: string) => folded.split('\r\n');

/** RFC 5545 §3.1 unfolding: remove every CRLF followed by one space. */
const unfold = (folded: string) => folded.replaceAll('\r\n ', '');

/** Octets of a string in UTF-8, as a file holds it. */
const octets = (text: string) => Buffer.byteLength(text, 'utf8');

/** A file's bytes cut at each CRLF, as a byte-oriented reader sees its lines. */
function splitAtCrlf(bytes: Buffer): Buffer[] {
  const lines: Buffer[] = [];
  let start = 0;
  for (let end = bytes.indexOf('\r\n'); end !== -1; end = bytes.indexOf('\r\n', start)) {
    lines.push(bytes.subarray(start, end));
    start = end + 2;
  }
  return [...lines, bytes.subarray(start)];
}

const a = (count: number) => 'a'.repeat(count);

describe('escapeText (RFC 5545 §3.3.11)', () => {
  it.each([
    ['a backslash', 'C:\\CRM', 'C:\\\\CRM'],
    ['a semicolon', 'ventas; servicio', 'ventas\\; servicio'],
    ['a comma', 'uno, dos', 'uno\\, dos'],
    ['LF', 'a\nb', 'a\\nb'],
    ['CRLF as one line break', 'a\r\nb', 'a\\nb'],
    ['a lone CR', 'a\rb', 'a\\nb'],
    ['an empty line between paragraphs', 'a\n\nb', 'a\\n\\nb'],
    ['an escape-looking text, backslash first', '\\n', '\\\\n'],
    ['everything at once', '\\;,\n', '\\\\\\;\\,\\n'],
    ['a colon and double quotes, which TEXT allows', 'Fase: "uno"', 'Fase: "uno"'],
    ['a tab, which TEXT allows', 'a\tb', 'a\tb'],
    ['other control characters, which TEXT cannot hold', 'a\u0000b\u0007c\u001Fd\u007Fe', 'abcde'],
    ['Spanish text and emoji', 'Año «ñ» ¿sí? 🚀', 'Año «ñ» ¿sí? 🚀'],
    ['the empty string', '', ''],
  ])('escapes %s', (_name, text, expected) => {
    expect(escapeText(text)).toBe(expected);
  });
});

describe('getUtf8Length', () => {
  it.each([
    ['', 0],
    ['a', 1],
    ['ñ', 2],
    ['€', 3],
    ['🚀', 4],
    ['👩‍💻', 11],
    ['\uD800', 3],
  ])('%j is %d octets, as TextEncoder writes it', (text, length) => {
    expect(getUtf8Length(text)).toBe(length);
    expect(getUtf8Length(text)).toBe(new TextEncoder().encode(text).length);
  });
});

describe('foldContentLine: 75 octets per physical line (RFC 5545 §3.1)', () => {
  it.each<[string, string, string[]]>([
    ['the empty line stays one line', '', ['']],
    ['74 octets stay one line', a(74), [a(74)]],
    ['exactly 75 octets stay one line', a(75), [a(75)]],
    ['76 octets fold after 75', a(76), [a(75), ' a']],
    ['continuation lines hold 74 octets after their space', a(150), [a(75), ` ${a(74)}`, ' a']],
    ['a two-octet ñ ending exactly at 75 stays', `${a(73)}ñ`, [`${a(73)}ñ`]],
    ['a two-octet ñ straddling 75 moves down', `${a(74)}ñ`, [a(74), ' ñ']],
    ['a three-octet € ending exactly at 75 stays', `${a(72)}€`, [`${a(72)}€`]],
    ['a three-octet € straddling 75 moves down', `${a(73)}€b`, [a(73), ' €b']],
    ['a four-octet emoji ending exactly at 75 stays', `${a(71)}🚀`, [`${a(71)}🚀`]],
    ['a four-octet emoji straddling 75 moves down', `${a(72)}🚀`, [a(72), ' 🚀']],
    ['an escape pair straddling 75 moves down whole', `${a(74)}\\nb`, [a(74), ' \\nb']],
    ['an escape pair ending exactly at 75 stays', `${a(73)}\\,b`, [`${a(73)}\\,`, ' b']],
    [
      'a straddle on a continuation line moves down too',
      `${a(75)}${a(73)}ñ`,
      [a(75), ` ${a(73)}`, ' ñ'],
    ],
    ['a line of two-octet characters', 'ñ'.repeat(40), ['ñ'.repeat(37), ` ${'ñ'.repeat(3)}`]],
  ])('%s', (_name, line, expected) => {
    const folded = foldContentLine(line);
    expect(physicalLines(folded)).toEqual(expected);
    expect(unfold(folded)).toBe(line);
  });

  it(
    'keeps every line within 75 octets and unfolds to the same text, whatever the text',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (value) => {
          const line = `DESCRIPTION:${escapeText(value)}`;
          const folded = foldContentLine(line);
          const lines = physicalLines(folded);
          expect(lines.every((physical) => octets(physical) <= MAX_LINE_OCTETS)).toBe(true);
          expect(lines.slice(1).every((physical) => /^ [^]/u.test(physical))).toBe(true);
          expect(unfold(folded)).toBe(line);
        }),
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'never splits a UTF-8 sequence: the bytes of every physical line decode on their own',
    () => {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', minLength: 30, maxLength: 200 }), (value) => {
          const bytes = Buffer.from(foldContentLine(`SUMMARY:${value}`), 'utf8');
          for (const lineBytes of splitAtCrlf(bytes)) {
            expect(lineBytes.length).toBeLessThanOrEqual(MAX_LINE_OCTETS);
            expect(() => decoder.decode(lineBytes)).not.toThrow();
          }
        }),
      );
    },
    SLOW_TEST_MS,
  );
});
