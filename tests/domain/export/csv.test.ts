import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_MIME, neutraliseFormula, toCsv, type CsvCell } from '~/domain/export/csv';
import { CSV_HEADER, CSV_ROWS } from './samples';

const BOM = '\uFEFF';

/** The one data cell of a one-column CSV, as written (without BOM, header and CRLF). */
function encodeOne(cell: CsvCell, separator: ',' | ';' = ','): string {
  const text = toCsv(['h'], [[cell]], { separator });
  return text.slice(`${BOM}h\r\n`.length, -'\r\n'.length);
}

/** What a spreadsheet shows for a cell: the text before quoting, with `'` already stripped. */
function expectedCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return String(cell);
  return cell;
}

/** Parses with csv-parse the way Excel and LibreOffice read the file: BOM stripped, CRLF records. */
function parseCsv(text: string, delimiter: ',' | ';'): string[][] {
  return parse(text, { bom: true, delimiter, relax_column_count: true });
}

describe('toCsv: file layout', () => {
  it('starts with exactly one UTF-8 byte order mark', () => {
    const text = toCsv(['a'], [['b']]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1).includes(BOM)).toBe(false);
  });

  it.each<[string, readonly string[], readonly (readonly CsvCell[])[], string]>([
    ['a header alone is one record', ['A', 'B'], [], `${BOM}A,B\r\n`],
    [
      'every record ends with CRLF, the last one too',
      ['A'],
      [['1'], ['2']],
      `${BOM}A\r\n1\r\n2\r\n`,
    ],
    ['an empty header still writes its (empty) record', [], [], `${BOM}\r\n`],
    ['a row shorter than the header is padded', ['A', 'B', 'C'], [['x']], `${BOM}A,B,C\r\nx,,\r\n`],
    ['a row longer than the header is written whole', ['A'], [['x', 'y']], `${BOM}A\r\nx,y\r\n`],
    ['an empty row is all empty cells', ['A', 'B'], [[]], `${BOM}A,B\r\n,\r\n`],
    ['the header is neutralised and quoted like any row', ['=A', 'B,C'], [], `${BOM}'=A,"B,C"\r\n`],
  ])('%s', (_name, header, rows, expected) => {
    expect(toCsv(header, rows)).toBe(expected);
  });

  it.each([
    [',', `${BOM}A,B\r\n1,"x,y"\r\n`],
    [';', `${BOM}A;B\r\n1;x,y\r\n`],
  ] as const)('separates fields with %j', (separator, expected) => {
    expect(toCsv(['A', 'B'], [[1, 'x,y']], { separator })).toBe(expected);
  });

  it('separates with a comma by default', () => {
    expect(toCsv(['A', 'B'], [])).toBe(toCsv(['A', 'B'], [], { separator: ',' }));
  });

  it('exports the media type for the download', () => {
    expect(CSV_MIME).toBe('text/csv;charset=utf-8');
  });
});

describe('toCsv: RFC 4180 quoting', () => {
  it.each<[string, string, ',' | ';', string]>([
    ['plain text is not quoted', 'Fase 1', ',', 'Fase 1'],
    ['Spanish text is not quoted', 'Año — «ñ» ¿sí?', ',', 'Año — «ñ» ¿sí?'],
    ['the separator is quoted', 'a,b', ',', '"a,b"'],
    ['the other separator is not', 'a;b', ',', 'a;b'],
    ['a semicolon is quoted under ;', 'a;b', ';', '"a;b"'],
    ['a comma is not quoted under ;', 'a,b', ';', 'a,b'],
    ['double quotes are doubled inside quotes', 'say "hi"', ',', '"say ""hi"""'],
    ['a lone quote is quoted', '"', ',', '""""'],
    ['LF is quoted', 'a\nb', ',', '"a\nb"'],
    ['CR is quoted', 'a\rb', ',', '"a\rb"'],
    ['CRLF is quoted', 'a\r\nb', ',', '"a\r\nb"'],
    ['a single quote is left alone', "l'équipe", ',', "l'équipe"],
    ['leading and trailing spaces are kept unquoted', '  x  ', ',', '  x  '],
    ['emoji pass through', '🚀👩‍💻', ',', '🚀👩‍💻'],
  ])('%s', (_name, cell, separator, expected) => {
    expect(encodeOne(cell, separator)).toBe(expected);
  });
});

describe('toCsv: cells that are not text', () => {
  it.each<[string, CsvCell, string]>([
    ['null is an empty cell', null, ''],
    ['undefined is an empty cell', undefined, ''],
    ['an empty string is an empty cell', '', ''],
    ['an integer', 6, '6'],
    ['zero', 0, '0'],
    ['negative zero is 0', -0, '0'],
    ['a decimal uses a point', 42.5, '42.5'],
    ['a decimal uses a point under ; too', 3.25, '3.25'],
    ['no thousands separator', 1234567.891, '1234567.891'],
    ['a negative number stays a number (no quote prefix)', -5, '-5'],
    ['a negative decimal stays a number', -0.25, '-0.25'],
    ['a tiny number in exponent form', -1e-7, '-1e-7'],
    ['a huge number in exponent form', 1e21, '1e+21'],
    ['NaN is an empty cell', Number.NaN, ''],
    ['Infinity is an empty cell', Number.POSITIVE_INFINITY, ''],
    ['-Infinity is an empty cell', Number.NEGATIVE_INFINITY, ''],
  ])('%s', (_name, cell, expected) => {
    expect(encodeOne(cell)).toBe(expected);
    expect(encodeOne(cell, ';')).toBe(expected);
  });
});

describe('toCsv: formula-injection neutralisation (OWASP CSV Injection)', () => {
  it.each<[string, string, string]>([
    ['= starts a formula', '=1+1', "'=1+1"],
    [
      'a HYPERLINK formula, quotes doubled too',
      '=HYPERLINK("http://x")',
      `"'=HYPERLINK(""http://x"")"`,
    ],
    ['+ starts a formula', '+34 600', "'+34 600"],
    ['- starts a formula, even as the string "-5"', '-5', "'-5"],
    ['a DDE payload', "-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"],
    ['@ starts a formula', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a leading tab', '\t=1', "'\t=1"],
    ['a leading carriage return, then quoted for the CR', '\r=1', `"'\r=1"`],
    ['= after a letter is harmless', 'a=1', 'a=1'],
    ['= after a space is harmless', ' =1', ' =1'],
    ['a leading LF is only quoted', '\n=1', '"\n=1"'],
    ['a leading quote is left as it is', "'=1", "'=1"],
    ['a minus sign inside text is harmless', 'Año 2027 - 2028', 'Año 2027 - 2028'],
  ])('%s', (_name, cell, expected) => {
    expect(encodeOne(cell)).toBe(expected);
  });

  it.each([
    ['=x', "'=x"],
    ['+x', "'+x"],
    ['-x', "'-x"],
    ['@x', "'@x"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['x', 'x'],
    ['', ''],
  ])('neutraliseFormula(%j) is %j', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });
});

describe('toCsv: parsed back with csv-parse', () => {
  it.each([',', ';'] as const)(
    'gives the same cells with %j, each neutralised cell with its leading quote',
    (separator) => {
      const records = parseCsv(toCsv(CSV_HEADER, CSV_ROWS, { separator }), separator);
      const width = CSV_HEADER.length;
      const expected = [CSV_HEADER, ...CSV_ROWS].map((row) =>
        Array.from({ length: width }, (_, i) => {
          const cell = expectedCell(row[i]);
          // The neutralising quote is the one intended difference from the input.
          return typeof row[i] === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
        }),
      );
      expect(records).toEqual(expected);
    },
  );

  it('keeps the neutralised cells of the sample explicitly', () => {
    const records = parseCsv(toCsv(CSV_HEADER, CSV_ROWS), ',');
    expect(records[2]?.[0]).toBe(`'=HYPERLINK("https://example.com/x","Haz clic")`);
    expect(records[3]?.slice(0, 3)).toEqual(["'+34 600 000 000", "'-5", "'@SUM(A1:A2)"]);
    expect(records[4]?.slice(0, 2)).toEqual(["'\tTabulado", "'\r\nRetorno"]);
    // The number -5 and the decimal -0.25 were not neutralised.
    expect(records[2]?.slice(2, 4)).toEqual(['-5', '-0.25']);
  });

  it('reads Spanish text, emoji and line breaks back unchanged', () => {
    const records = parseCsv(toCsv(['Texto'], [['Año «ñ» 🚀\r\nsegunda; línea, "fin"']]), ';');
    expect(records).toEqual([['Texto'], ['Año «ñ» 🚀\r\nsegunda; línea, "fin"']]);
  });
});
