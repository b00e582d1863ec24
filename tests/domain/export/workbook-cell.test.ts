import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_CELL_CHARS,
  MAX_COLUMN_WIDTH,
  MAX_SHEET_NAME_CHARS,
  MIN_COLUMN_WIDTH,
  getColumnWidth,
  toCellText,
  toDateCell,
  toNumberCell,
  toSheet,
  toSheetName,
  toTextCell,
} from '~/domain/export/workbook-cell';
import { SLOW_TEST_MS } from '../../slow-test';

/** What XML 1.0 cannot carry, and UTF-16 halves alone: none may reach the file. */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufdd0-\ufdef\ufffd-\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any text, hostile pieces well represented: formula prefixes, quotes, line ends, emoji, RTL marks. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc
    .array(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '\r\n',
        '"',
        "'",
        ',',
        ';',
        '\u200f',
        '\u202e',
        '😀',
        '\ud83d',
        '\ude00',
        '\u0000',
        '\u0085',
        '\u009b',
        '\ufffd',
        '\u{1fffe}',
        '\u001b',
        'ñ',
        '¿',
        '€',
        '=HYPERLINK("x")',
        ' ',
      ),
    )
    .map((parts) => parts.join('')),
);

describe('toCellText', () => {
  it.each([
    ['plain Spanish text is kept', 'Año, ¿quién? ñ €', 'Año, ¿quién? ñ €'],
    ['formula prefixes are kept: a text cell is never run', '=1+1', '=1+1'],
    ['a leading @, + or - is kept', '@SUM(A1) +x -2', '@SUM(A1) +x -2'],
    ['CR LF and CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['tabs and LF are kept', 'a\tb\nc', 'a\tb\nc'],
    ['a C0 control character is dropped', 'a\u0000b\u001bc', 'abc'],
    ['a C1 control character is dropped, U+0085 kept', 'a\u0080b\u0085c', 'ab\u0085c'],
    ['a lone high surrogate is dropped', 'a\ud83db', 'ab'],
    ['a lone low surrogate is dropped', 'a\ude00b', 'ab'],
    ['halves around a dropped character do not pair up', '\ud83d\u0000\ude00', ''],
    ['U+FFFD and non-characters are dropped', 'a\ufffd\ufdd0\u{1fffe}\u{10ffff}b', 'ab'],
    ['an emoji (a surrogate pair) is kept', 'go 😀 live', 'go 😀 live'],
    ['right-to-left marks are kept', '\u200fשלום\u202e', '\u200fשלום\u202e'],
    ['U+FFFE and U+FFFF are dropped', 'a\ufffe\uffffb', 'ab'],
    ['a supplementary character that is not a non-character is kept', '\u{1fffd}', '\u{1fffd}'],
  ])('%s', (_, text, expected) => {
    expect(toCellText(text)).toBe(expected);
  });

  it('cuts text over Excel’s 32,767 characters, ending it with an ellipsis', () => {
    const cell = toCellText('x'.repeat(MAX_CELL_CHARS + 10));
    expect(cell).toHaveLength(MAX_CELL_CHARS);
    expect(cell.endsWith('x…')).toBe(true);
    expect(toCellText('x'.repeat(MAX_CELL_CHARS))).toHaveLength(MAX_CELL_CHARS);
  });

  it('never cuts an emoji in two at the limit', () => {
    const cell = toCellText(`${'x'.repeat(MAX_CELL_CHARS - 2)}😀😀`);
    expect(cell).toBe(`${'x'.repeat(MAX_CELL_CHARS - 2)}…`);
    expect(NOT_XML.test(cell)).toBe(false);
  });

  it(
    'any text becomes writable XML within the limit, and ordinary text is kept exactly',
    () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const cell = toCellText(text);
          expect(NOT_XML.test(cell)).toBe(false);
          expect(cell.includes('\r')).toBe(false);
          expect(cell.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
          expect(toCellText(cell)).toBe(cell);
          const ordinary = !NOT_XML.test(text) && !text.includes('\r');
          if (ordinary) expect(cell).toBe(text);
        }),
        { numRuns: 500 },
      );
    },
    SLOW_TEST_MS,
  );
});

describe('typed cells', () => {
  it.each([
    ['text', toTextCell('=cmd'), { kind: 'text', value: '=cmd' }],
    ['empty text is an empty cell', toTextCell(''), null],
    ['a number', toNumberCell(-5), { kind: 'number', value: -5 }],
    [
      'a share as a percentage',
      toNumberCell(0.5, 'percent'),
      { kind: 'number', value: 0.5, format: 'percent' },
    ],
    ['no number', toNumberCell(null), null],
    ['NaN', toNumberCell(Number.NaN), null],
    ['Infinity', toNumberCell(Number.POSITIVE_INFINITY), null],
    ['a real day', toDateCell('2028-02-29'), { kind: 'date', value: '2028-02-29' }],
    [
      'a day that does not exist stays text',
      toDateCell('2027-02-29'),
      { kind: 'text', value: '2027-02-29' },
    ],
    ['not a date stays text', toDateCell('soon'), { kind: 'text', value: 'soon' }],
    ['an empty date is an empty cell', toDateCell(''), null],
  ])('%s', (_, cell, expected) => {
    expect(cell).toEqual(expected);
  });
});

describe('toSheetName', () => {
  it.each([
    ['a plain name is kept', 'Plan', 'Plan'],
    ['accents are kept', 'Puntuaciones y Área', 'Puntuaciones y Área'],
    ['forbidden characters become spaces', 'a[b]c:d*e?f/g\\h', 'a b c d e f g h'],
    ['apostrophes at the ends go', "'KPIs'", 'KPIs'],
    ['line breaks and runs of spaces become one space', 'a\n\n b\tc', 'a b c'],
    ['a name of forbidden characters only falls back', '[]:*?/\\', 'Sheet'],
    ['an empty name falls back', '', 'Sheet'],
    ['a long name is cut at 31 characters', 'x'.repeat(40), 'x'.repeat(31)],
    ['a cut never ends in a space', `${'x'.repeat(30)} y`, 'x'.repeat(30)],
    ['a cut keeps an emoji whole or leaves it out', `${'x'.repeat(30)}😀`, 'x'.repeat(30)],
  ])('%s', (_, name, expected) => {
    expect(toSheetName(name, 'Sheet')).toBe(expected);
  });

  it(
    'any name gives a name Excel accepts',
    () => {
      fc.assert(
        fc.property(anyText, (name) => {
          const sheet = toSheetName(name, 'Sheet');
          expect(sheet.length).toBeGreaterThan(0);
          expect(sheet.length).toBeLessThanOrEqual(MAX_SHEET_NAME_CHARS);
          expect(sheet).not.toMatch(/[[\]:*?/\\]/);
          expect(sheet).not.toMatch(/^'|'$/);
          expect(NOT_XML.test(sheet)).toBe(false);
        }),
        { numRuns: 500 },
      );
    },
    SLOW_TEST_MS,
  );
});

describe('column widths', () => {
  it.each([
    ['a short header and no rows take the minimum', 'No.', [], MIN_COLUMN_WIDTH],
    ['the header counts', 'Planned finish', [], 16],
    ['the longest line of a text counts, plus two', 'A', [[toTextCell('abc\nabcdefghij')]], 12],
    ['a date shows ten characters', 'A', [[toDateCell('2027-03-15')]], 12],
    ['a percentage shows five', 'Coverage', [[toNumberCell(0.456, 'percent')]], 10],
    ['a number shows its digits', 'A', [[toNumberCell(1234567.5)]], 11],
    ['an empty or missing cell shows nothing', 'A', [[null], []], MIN_COLUMN_WIDTH],
    ['a long text is capped', 'A', [[toTextCell('x'.repeat(500))]], MAX_COLUMN_WIDTH],
    ['an emoji counts once', 'A', [[toTextCell('😀'.repeat(10))]], 12],
  ])('%s', (_, header, rows, width) => {
    expect(getColumnWidth(header, 0, rows)).toBe(width);
  });

  it('a sheet sizes every column and makes its name and headers fit', () => {
    const sheet = toSheet(
      'KPIs: [draft]',
      'Sheet',
      ['Name', 'A\r\nB'],
      [[toTextCell('x'.repeat(20))]],
    );
    expect(sheet.name).toBe('KPIs draft');
    expect(sheet.columns).toEqual([
      { header: 'Name', width: 22 },
      { header: 'A\nB', width: MIN_COLUMN_WIDTH },
    ]);
    expect(sheet.rows).toHaveLength(1);
  });
});
