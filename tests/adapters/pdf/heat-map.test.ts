/**
 * The heat map block and the workshop-alignment section, rendered with jsPDF and read back with
 * poppler: text extractable, long names wrapped inside their column, rows kept whole across
 * pages under a repeated header, nothing outside the writing area, and cell text readable on
 * every shade.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio, readableTextOn } from '~/adapters/pdf/heat-map';
import { CONTENT_WIDTH, MM_PER_PT, PAGE, THEME } from '~/adapters/pdf/pdf-context';
import { renderReportPdf } from '~/adapters/pdf/render-report-pdf';
import { getBandFill, HEAT_BANDS } from '~/domain/report/alignment-heat-map';
import type { ReportBlock, ReportDocument } from '~/domain/report/report-document';
import { LIGHT } from '~/design/tokens';
import {
  buildAlignmentFixture,
  buildReportWithAlignment,
  LONG_DIMENSION,
  PARTICIPANT_NAMES,
} from '../../fixtures/report/alignment-report';
import { buildSpanishReport } from '../../fixtures/report/spanish-report';
import { hasTool, readPages, readWordBoxes, type WordBox } from './poppler';

const dir = mkdtempSync(join(tmpdir(), 'report-heat-map-'));
const canText = hasTool('pdftotext');

afterAll(() => {
  if (process.env['KEEP_PDF'] !== '1') rmSync(dir, { recursive: true, force: true });
});

/** mm → pt, as poppler reports positions. */
const pt = (mm: number) => mm / MM_PER_PT;

async function renderToFile(name: string, doc: ReportDocument): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, new Uint8Array(await (await renderReportPdf(doc)).arrayBuffer()));
  return file;
}

/** A document of the Spanish fixture's cover and the given sections only. */
function documentOf(...sections: ReportDocument['sections']): ReportDocument {
  return { ...buildSpanishReport(), sections };
}

/** A heat map of `count` rows, every tenth with a name long enough to wrap over three lines. */
function tallHeatMap(count: number): Extract<ReportBlock, { kind: 'heatmap' }> {
  const fills = HEAT_BANDS.map((band) => getBandFill(band, LIGHT));
  return {
    kind: 'heatmap',
    caption: 'Mapa alto',
    rowHeader: 'Dimensión',
    columns: [{ header: 'Media' }, { header: 'Desviación' }, { header: 'Sin consenso' }],
    rows: Array.from({ length: count }, (_, i) => ({
      label: i % 10 === 9 ? `Fila${i} ${LONG_DIMENSION}` : `Fila${i}`,
      cells: [0, 1, 2].map((c) => ({
        text: `v${i}-${c}`,
        note: 'franja',
        fill: fills[(i + c) % fills.length] ?? LIGHT.surface,
      })),
    })),
    legend: fills.map((fill, i) => ({ fill, label: `Tono ${i}` })),
    legendNote: 'Nota de la leyenda',
  };
}

/** The words of the writing area (header and footer left out) that leave it. */
function outsideWritingArea(words: readonly WordBox[]): WordBox[] {
  const inBody = (w: WordBox) =>
    w.yMin > pt(PAGE.headerRule) && w.yMax < pt(PAGE.footerBaseline - 4);
  return words
    .filter(inBody)
    .filter(
      (w) =>
        w.xMin < pt(PAGE.marginX) - 0.5 ||
        w.xMax > pt(PAGE.marginX + CONTENT_WIDTH) + 0.5 ||
        w.yMax > pt(PAGE.bottom) + 0.5,
    );
}

describe('readableTextOn', () => {
  it.each(HEAT_BANDS)('reads at WCAG AA (4.5:1) on the %s shade', (band) => {
    const fill = getBandFill(band, LIGHT);
    expect(contrastRatio(readableTextOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
  });

  it.each([
    ['#ffffff', THEME.text],
    [LIGHT.surface, THEME.text],
    [LIGHT.danger, THEME.white],
    [LIGHT.accent, THEME.white],
    ['not a colour', THEME.white],
  ])('writes on %s in %s', (fill, expected) => {
    expect(readableTextOn(fill)).toBe(expected);
  });
});

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#000000', 21],
    ['#777777', '#777777', 1],
  ])('of %s and %s is %f', (a, b, expected) => {
    expect(contrastRatio(a, b)).toBeCloseTo(expected, 5);
  });
});

describe.skipIf(!canText)('the alignment section in the PDF', () => {
  let file = '';
  let pages: string[] = [];
  beforeAll(async () => {
    file = await renderToFile('alignment-es', documentOf(buildAlignmentFixture('es')));
    pages = readPages(file);
  }, 60_000);

  it('writes its text as text: headings, columns, bands, legend and questions', () => {
    const text = pages.join('\n');
    for (const expected of [
      'Alineación del taller',
      'Dispersión por dimensión',
      'Mapa de calor de la alineación',
      'Puntuación media',
      'Desviación típica',
      'Preguntas sin consenso',
      'Muy divididos',
      'Alineados',
      'Preguntas más discutidas',
      'Aún sin acordar',
      'Áreas representadas: 2 de Dirección, 1 de Ventas y 1 de Sistemas (TI).',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('names no participant', () => {
    const text = pages.join('\n');
    for (const name of PARTICIPANT_NAMES) expect(text).not.toContain(name);
  });

  it('wraps a long dimension name inside the label column', () => {
    const { words } = readWordBoxes(file);
    const labelRight = pt(PAGE.marginX + CONTENT_WIDTH * 0.34);
    const lines = new Set(
      LONG_DIMENSION.split(' ')
        .map((part) => words.find((w) => w.word === part && w.xMax <= labelRight + 0.5))
        .map((w) => w?.yMin),
    );
    expect(lines.has(undefined)).toBe(false);
    expect(lines.size).toBeGreaterThan(1);
  });

  it('keeps every word inside the writing area', () => {
    expect(outsideWritingArea(readWordBoxes(file).words)).toEqual([]);
  });
});

describe.skipIf(!canText)('a heat map longer than a page', () => {
  const ROWS = 60;
  let file = '';
  beforeAll(async () => {
    file = await renderToFile(
      'tall',
      documentOf({
        id: 'tall',
        blocks: [{ kind: 'heading', level: 1, text: 'Alto' }, tallHeatMap(ROWS)],
      }),
    );
  }, 60_000);

  it('draws every row once, whole, and repeats the header on every page it spans', () => {
    const { words } = readWordBoxes(file);
    const rowPage = new Map<string, number>();
    for (let i = 0; i < ROWS; i++) {
      const found = words.filter((w) => w.word === `Fila${i}`);
      expect(found, `row ${i}`).toHaveLength(1);
      // Its cells are on the same page as its label: the row did not split.
      const cells = words.filter((w) => w.word.startsWith(`v${i}-`));
      expect(cells.map((c) => c.page)).toEqual([0, 1, 2].map(() => found[0]?.page));
      rowPage.set(`Fila${i}`, found[0]?.page ?? 0);
    }
    const spanned = new Set(rowPage.values());
    expect(spanned.size).toBeGreaterThan(1);
    for (const page of spanned) {
      expect(words.some((w) => w.page === page && w.word === 'Dimensión')).toBe(true);
    }
  });

  it('keeps every word inside the writing area, legend included', () => {
    const { words } = readWordBoxes(file);
    expect(outsideWritingArea(words)).toEqual([]);
    expect(words.some((w) => w.word === 'leyenda')).toBe(true);
  });
});

describe('a heat map with odd input', () => {
  it('renders without rows, columns or legend, with missing cells and colours that are not colours', async () => {
    const odd: ReportBlock[] = [
      { kind: 'heatmap', caption: 'Vacío', rowHeader: '', columns: [], rows: [], legend: [] },
      {
        kind: 'heatmap',
        caption: 'Raro',
        rowHeader: 'Fila',
        columns: [{ header: 'A' }, { header: 'B' }],
        rows: [
          { label: '', cells: [] },
          {
            label: 'x'.repeat(400),
            cells: [
              { text: '', fill: 'red' },
              { text: 'ok', fill: '#12' },
            ],
          },
        ],
        legend: [{ label: 'Sin color', fill: '' }],
      },
    ];
    const blob = await renderReportPdf(documentOf({ id: 'odd', blocks: odd }));
    expect(blob.size).toBeGreaterThan(1000);
  });
});

describe.skipIf(!canText)('the whole report with the alignment section', () => {
  it.each([
    ['en', 'Executive summary', 'Workshop alignment', 'Most disputed questions'],
    ['es', 'Plan de gestión del cambio', 'Alineación del taller', 'Anexo: respuestas y notas'],
  ] as const)(
    'renders in %s, the section after “%s”, before its last part',
    async (lang, before, title, after) => {
      const file = await renderToFile(`full-${lang}`, buildReportWithAlignment(lang));
      const text = readPages(file).join('\n');
      expect(text.indexOf(before)).toBeGreaterThanOrEqual(0);
      expect(text.indexOf(title)).toBeGreaterThan(text.indexOf(before));
      expect(text.lastIndexOf(after)).toBeGreaterThan(text.indexOf(title));
    },
    60_000,
  );
});
