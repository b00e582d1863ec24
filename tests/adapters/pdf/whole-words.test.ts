/**
 * PDF tables never break a word (#14): every column is at least as wide as its longest word, and
 * the report read back with pdftotext shows no word of its own vocabulary broken in two.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '~/adapters/pdf/render-report-pdf';
import { fitColumnWidths, minimumColumnWidths } from '~/adapters/pdf/table-block';

import type { ReportDocument, ReportSection } from '~/domain/report/report-document';
import { buildEnglishReport, buildSpanishReport } from '../../fixtures/report/spanish-report';
import { hasTool, readWordBoxes } from './poppler';
import { collectStrings, findSplitWords, toVocabulary } from './split-words';

const dir = mkdtempSync(join(tmpdir(), 'whole-words-'));
const canText = hasTool('pdftotext');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A KPI table as crowded as the real report's, with the words that were broken before. */
function crowdedTable(lang: 'en' | 'es'): ReportSection {
  const words =
    lang === 'es'
      ? ['Indicador', 'Unidad', 'Valor inicial', 'Objetivo', 'Frecuencia', 'Sentido', 'Iniciativas']
      : ['Indicator', 'Unit', 'Baseline', 'Target', 'Frequency', 'Direction', 'Initiatives'];
  const cells =
    lang === 'es'
      ? [
          'Tasa de retención',
          'Unidad',
          'Por medir',
          '≥ 90 %',
          'Trimestral',
          'Más es mejor',
          'Encuesta',
        ]
      : [
          'Retention rate',
          'currency',
          'To be measured',
          '≥ 90 %',
          'Quarterly',
          'Higher is better',
          'Survey',
        ];
  return {
    id: 'crowded',
    blocks: [
      {
        kind: 'table',
        columns: words.map((header, i) => ({ header, width: i === 0 ? 6 : 0.4 })),
        rows: [cells, cells.map((cell) => cell.toUpperCase())],
      },
    ],
  };
}

/** Renders a document and returns its words in reading order. */
async function renderWords(name: string, doc: ReportDocument): Promise<string[]> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, new Uint8Array(await (await renderReportPdf(doc)).arrayBuffer()));
  return readWordBoxes(file).words.map((w) => w.word);
}

describe('fitColumnWidths', () => {
  const columns = [
    { header: 'a', width: 8 },
    { header: 'b', width: 1 },
    { header: 'c', width: 1 },
  ];

  it('shares the width by weight when every column is wide enough', () => {
    expect(fitColumnWidths(columns, [10, 5, 5], 100)).toEqual([80, 10, 10]);
  });

  it('gives a column its minimum and the others the rest by weight', () => {
    const widths = fitColumnWidths(columns, [10, 20, 5], 100);
    expect(widths[1]).toBe(20);
    expect(widths[0]! / widths[2]!).toBeCloseTo(8);
    expect(widths.reduce((a, b) => a + b)).toBeCloseTo(100);
  });

  it('scales the minimums to the width when even they do not fit', () => {
    expect(fitColumnWidths(columns, [100, 50, 50], 100)).toEqual([50, 25, 25]);
  });

  it('has nothing to share among no columns', () => {
    expect(fitColumnWidths([], [], 100)).toEqual([]);
  });

  it('measures the widest word of the header (bold) and of each cell', () => {
    const [narrow, wide] = minimumColumnWidths(
      [{ header: 'Id' }, { header: 'Frecuencia' }],
      [
        ['1', 'Trimestral'],
        ['2', 'Mensual'],
      ],
    );
    expect(wide!).toBeGreaterThan(narrow!);
  });
});

describe('findSplitWords', () => {
  const vocabulary = toVocabulary(['Trimestral', 'to be measured', 'any one anyone']);

  it.each<[string, string[], string[]]>([
    ['a word broken in two', ['Semanal', 'Trimestra', 'l'], ['trimestra|l']],
    ['a word broken after its first letters', ['to', 'be', 'me', 'asured'], ['me|asured']],
    ['two whole words that join into a third', ['any', 'one'], []],
    ['punctuation around the pieces', ['(Trimes-', 'tral)'], ['trimes|tral']],
  ])('%s', (_name, tokens, expected) => {
    expect(findSplitWords(tokens, vocabulary)).toEqual(expected);
  });
});

describe.skipIf(!canText)('a crowded table read back with pdftotext', () => {
  it.each<['en' | 'es', () => ReportDocument]>([
    ['es', buildSpanishReport],
    ['en', buildEnglishReport],
  ])(
    'breaks no word of the report (%s)',
    async (lang, build) => {
      const base = build();
      const doc: ReportDocument = { ...base, sections: [crowdedTable(lang), ...base.sections] };
      const words = await renderWords(`crowded-${lang}`, doc);
      const vocabulary = toVocabulary(collectStrings(doc));
      expect(words.length).toBeGreaterThan(100);
      expect(findSplitWords(words, vocabulary)).toEqual([]);
    },
    60_000,
  );
});
