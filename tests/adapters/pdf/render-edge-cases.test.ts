/**
 * Degenerate and hostile input still gives a readable PDF: empty blocks, odd colours and numbers,
 * words longer than a line, symbols outside the standard font. Read back with poppler.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '~/adapters/pdf/render-report-pdf';
import type { ReportBlock, ReportDocument } from '~/domain/report/report-document';
import {
  buildEnglishReport,
  buildSpanishReport,
  longParagraph,
} from '../../fixtures/report/spanish-report';
import { hasTool, readPages, readWordBoxes } from './poppler';

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-edge-'));
const canText = hasTool('pdftotext');

afterAll(() => {
  if (process.env['KEEP_PDF'] !== '1') rmSync(dir, { recursive: true, force: true });
});

const LONG_WORD = 'Supercalifragilisticexpialidocious'.repeat(8);

const ODD_BLOCKS: readonly ReportBlock[] = [
  { kind: 'heading', level: 1, text: `Edge cases ${LONG_WORD}` },
  { kind: 'paragraph', text: '' },
  { kind: 'bullets', items: [] },
  { kind: 'figures', items: [] },
  { kind: 'table', columns: [{ header: 'Only header', width: 0 }], rows: [] },
  {
    kind: 'table',
    caption: 'Ragged rows',
    columns: [{ header: 'A' }, { header: 'B', align: 'right' }],
    rows: [['one'], ['two', '2', 'extra cell'], [LONG_WORD, '3']],
  },
  { kind: 'radar', caption: 'Two axes only', labels: ['A', 'B'], series: [] },
  {
    kind: 'radar',
    caption: 'Odd values',
    labels: ['One', 'Two', 'Three', 'Four'],
    series: [{ label: 'Bad', values: [NaN, -40, 250], color: 'red', fill: true, dashed: true }],
  },
  { kind: 'bars', caption: 'No bars', items: [], emptyLabel: 'n/a' },
  {
    kind: 'bars',
    caption: 'Odd bars',
    emptyLabel: 'not enough information',
    items: [
      { label: LONG_WORD, value: -5, color: '' },
      { label: 'Over the top', value: 180, color: '#12345' },
      { label: 'Missing', value: null, color: '#1d5fa6' },
    ],
  },
  { kind: 'gantt', caption: 'Empty timeline', totalWeeks: 0, weekLabel: 'W{n}', groups: [] },
  {
    kind: 'gantt',
    caption: 'Odd timeline',
    totalWeeks: 4,
    weekLabel: 'Week {n}',
    groups: [
      {
        label: LONG_WORD,
        color: 'nope',
        hatched: true,
        items: [
          { label: 'Backwards', start: 6, end: 2, milestone: true },
          { label: 'Before the start', start: -3, end: 1 },
          { label: LONG_WORD, start: 0, end: 30, milestone: true },
        ],
      },
    ],
  },
  { kind: 'page-break' },
  { kind: 'page-break' },
  { kind: 'paragraph', tone: 'danger', text: 'After two page breaks: only one new page.' },
];

function oddDocument(): ReportDocument {
  const base = buildEnglishReport();
  return {
    ...base,
    header: `A header far too long to fit on one line ${LONG_WORD}`,
    pageLabel: 'No placeholders here',
    sections: [
      { id: 'odd', blocks: ODD_BLOCKS },
      { id: 'empty', blocks: [] },
    ],
  };
}

describe('renderReportPdf with odd input', () => {
  it('renders a valid PDF', async () => {
    const blob = await renderReportPdf(oddDocument());
    expect(blob.size).toBeGreaterThan(1000);
  });

  it.skipIf(!canText)(
    'keeps every word inside the page box, and writes the words it was given',
    async () => {
      const file = join(dir, 'odd.pdf');
      writeFileSync(
        file,
        new Uint8Array(await (await renderReportPdf(oddDocument())).arrayBuffer()),
      );
      const { pages, words } = readWordBoxes(file);
      const outside = words.filter((w) => {
        const page = pages[w.page - 1] ?? { width: 0, height: 0 };
        return w.xMin < 0 || w.yMin < 0 || w.xMax > page.width || w.yMax > page.height;
      });
      expect(outside).toEqual([]);
      const text = readPages(file).join('\n');
      for (const expected of [
        'Ragged rows',
        'not enough information',
        'Backwards',
        'No placeholders here',
      ]) {
        expect(text).toContain(expected);
      }
      // A ragged row is cut to the columns: a cell without a header is not printed.
      expect(text).not.toContain('extra cell');
      // The two page breaks in a row make one new page: the danger paragraph's page has nothing else.
      const last = readPages(file).find((p) => p.includes('After two page breaks')) ?? '';
      expect(last).not.toContain('Odd timeline');
    },
  );
});

describe.skipIf(!canText)('keep-with-next', () => {
  it.each([1, 4, 7, 10, 13, 16])(
    'keeps a heading on the page of the chart or table after it (%i sentences before)',
    async (sentences) => {
      const spanish = buildSpanishReport();
      const charts = spanish.sections.find((s) => s.id === 'charts')?.blocks ?? [];
      const radar = charts.find((b) => b.kind === 'radar');
      const bars = charts.find((b) => b.kind === 'bars');
      if (!radar || !bars) throw new Error('The fixture lost its charts.');
      const doc: ReportDocument = {
        ...spanish,
        sections: [
          {
            id: 'keep',
            blocks: [
              { kind: 'paragraph', text: longParagraph(sentences) },
              { kind: 'heading', level: 2, text: 'Encabezado del radar' },
              radar,
              { kind: 'paragraph', text: longParagraph(sentences) },
              { kind: 'heading', level: 2, text: 'Encabezado de las barras' },
              bars,
            ],
          },
        ],
      };
      const file = join(dir, `keep-${sentences}.pdf`);
      writeFileSync(file, new Uint8Array(await (await renderReportPdf(doc)).arrayBuffer()));
      const pages = readPages(file);
      const radarPage = pages.find((p) => p.includes('Encabezado del radar')) ?? '';
      expect(radarPage).toContain('Evaluación anterior');
      const barsPage = pages.find((p) => p.includes('Encabezado de las barras')) ?? '';
      expect(barsPage).toContain('Sin información suficiente');
    },
  );
});

describe.skipIf(!canText)('the Gantt’s go-lives and names (#13, #14)', () => {
  const LONG_NAME =
    'Give front-line staff the information and authority to resolve every request at first contact';
  const doc = (): ReportDocument => ({
    ...buildEnglishReport(),
    sections: [
      {
        id: 'gantt',
        blocks: [
          {
            kind: 'gantt',
            caption: 'Go-lives',
            totalWeeks: 52,
            weekLabel: 'Week {n}',
            groups: [
              {
                label: 'Action',
                color: '#1d5fa6',
                items: [
                  { label: LONG_NAME, start: 0, end: 16, milestone: true },
                  { label: 'Short', start: 16, end: 52 },
                ],
              },
            ],
            goLives: [
              { label: 'Sales force goes live, week 0', week: 0 },
              { label: 'Contact center goes live, week 26', week: 26 },
              { label: 'Internet goes live, week 52', week: 52 },
            ],
          },
        ],
      },
    ],
  });

  it('labels every go-live at its week and writes every name whole, never with "…"', async () => {
    const file = join(dir, 'go-lives.pdf');
    writeFileSync(file, new Uint8Array(await (await renderReportPdf(doc())).arrayBuffer()));
    const text = readPages(file).join('\n');
    for (const label of ['Sales force goes live, week 0', 'Internet goes live, week 52']) {
      expect(text).toContain(label);
    }
    expect(text).toContain('Contact center goes live, week 26');
    expect(text).not.toContain('…');
    expect(text.replace(/\s+/g, ' ')).toContain('resolve every request at first contact');
    const { pages, words } = readWordBoxes(file);
    const outside = words.filter((w) => {
      const page = pages[w.page - 1] ?? { width: 0, height: 0 };
      return w.xMin < 0 || w.xMax > page.width;
    });
    expect(outside).toEqual([]);
  });
});
