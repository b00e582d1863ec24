import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCell, escapeMarkdown, toMarkdown } from '~/domain/export/markdown';
import { buildReportDocument } from '~/domain/report/build-report-document';
import type { ReportDocument } from '~/domain/report/report-document';
import { SLOW_TEST_MS } from '../../slow-test';
import { getReportInput } from '../report/report-fixture';

/** Splits a pipe-table row into cells, honouring backslash escapes (GFM). */
function splitRow(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < line.length - 1; i++) {
    const char = line[i]!;
    if (char === '\\') {
      cell += char + (line[i + 1] ?? '');
      i++;
    } else if (char === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/** Every pipe table of a Markdown text: its rows as cells. */
function readTables(markdown: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('|') && line.endsWith('|')) {
      current ??= [];
      current.push(splitRow(line));
    } else if (current) {
      tables.push(current);
      current = null;
    }
  }
  if (current) tables.push(current);
  return tables;
}

/** Reverses a backslash escape of ASCII punctuation, as a CommonMark reader does. */
function unescape(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

const SAMPLE: ReportDocument = {
  lang: 'en',
  fileName: 'x.pdf',
  title: 't',
  author: 'a',
  header: 'h',
  pageLabel: 'p',
  cover: {
    title: 'CRM plan',
    organization: 'Acme | *Bold*',
    assessmentName: 'n',
    date: '7 December 2026',
    assessedBy: null,
    logo: null,
    subtitle: 's',
  },
  sections: [
    { id: 'appendix', blocks: [{ kind: 'paragraph', text: 'not copied' }] },
    {
      id: 'summary',
      blocks: [
        { kind: 'heading', level: 1, text: '# Summary' },
        { kind: 'paragraph', text: '1. first\n- second' },
        { kind: 'bullets', items: ['one', 'two\nlines'] },
        {
          kind: 'figures',
          items: [
            { label: 'Index', value: '48 / 100', note: 'Defined' },
            { label: 'Coverage', value: '90 %' },
          ],
        },
        { kind: 'page-break' },
      ],
    },
    {
      id: 'kpis',
      blocks: [
        {
          kind: 'table',
          caption: 'KPIs',
          columns: [{ header: 'Name' }, { header: 'Target' }, { header: 'Note' }],
          rows: [['a|b', 'c\\d', 'line\nbreak'], ['short']],
        },
        { kind: 'table', columns: [{ header: 'Only' }], rows: [] },
      ],
    },
  ],
};

describe('toMarkdown', () => {
  it('writes the title, the summary and the KPIs, in order, leaving other sections out', () => {
    expect(toMarkdown(SAMPLE)).toBe(
      [
        '# CRM plan: Acme \\| \\*Bold\\*',
        '7 December 2026',
        '## \\# Summary',
        '1\\. first  \n\\- second',
        '- one\n- two  \n  lines',
        '- **Index:** 48 / 100 — Defined\n- **Coverage:** 90 %',
        '**KPIs**\n\n| Name | Target | Note |\n| --- | --- | --- |\n| a\\|b | c\\\\d | line break |\n| short |   |   |',
        '| Only |\n| --- |',
      ].join('\n\n') + '\n',
    );
  });

  it.each(['en', 'es'] as const)(
    'copies a real report (%s) with headings, lists and tables whose rows all have the header’s cells',
    (lang) => {
      const markdown = toMarkdown(buildReportDocument(getReportInput(lang)));
      const headings = markdown.split('\n').filter((l) => /^#{1,4} /.test(l));
      expect(headings.length).toBeGreaterThan(4);
      expect(markdown).toContain(lang === 'en' ? '## Executive summary' : '## Resumen ejecutivo');
      const tables = readTables(markdown);
      expect(tables.length).toBeGreaterThanOrEqual(2);
      for (const table of tables) {
        const width = table[0]!.length;
        expect(table[1]!.every((cell) => cell === '---')).toBe(true);
        for (const row of table) expect(row).toHaveLength(width);
      }
      expect(markdown).not.toMatch(/[\uD800-\uDFFF]/);
    },
    SLOW_TEST_MS,
  );
});

describe('Markdown escaping', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['> not a quote', '\\> not a quote'],
    ['+ not a list', '\\+ not a list'],
    ['12) not a list', '12\\) not a list'],
    ['3.5 % growth', '3.5 % growth'],
    ['. alone', '. alone'],
    ['AT&T <b>', 'AT\\&T \\<b\\>'],
    ['~~strike~~ `code` [link]', '\\~\\~strike\\~\\~ \\`code\\` \\[link\\]'],
    ['lone \uD800', 'lone \uFFFD'],
  ])('escapes %j as %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it(
    'reads back any text as it was (lone surrogates as U+FFFD, line ends as LF)',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          const expected = text
            .replace(
              /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
              '\uFFFD',
            )
            .replace(/\r\n?/g, '\n');
          expect(unescape(escapeMarkdown(text))).toBe(expected);
        }),
        { numRuns: 300 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'keeps any cell on one line with no pipe that splits it',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), fc.string(), (a, b) => {
          const row = `| ${escapeCell(a) || ' '} | ${escapeCell(b) || ' '} |`;
          expect(row).not.toMatch(/[\r\n]/);
          expect(splitRow(row)).toHaveLength(2);
        }),
        { numRuns: 300 },
      );
    },
    SLOW_TEST_MS,
  );
});
