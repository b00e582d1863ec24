/**
 * Round trip of the render step: a hand-built Spanish ReportDocument → renderReportPdf (jsPDF's
 * Node build) → a temp file → read back with poppler (pdfinfo, pdftotext, pdfimages).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportPdf } from '~/adapters/pdf/render-report-pdf';
import type { ReportDocument } from '~/domain/report/report-document';
import { makeJpegLogo, makePngLogo } from '../../fixtures/report/logos';
import {
  buildEnglishReport,
  buildSpanishReport,
  DIMENSIONS,
  KPI_NAMES,
  longParagraph,
  SECTION_HEADINGS,
} from '../../fixtures/report/spanish-report';
import { hasTool, listImages, readInfo, readPages, readRawText, readWordBoxes } from './poppler';

const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
const canInfo = hasTool('pdfinfo');
const canText = hasTool('pdftotext');
const canImages = hasTool('pdfimages');

/** Renders `doc`, writes it to the temp folder and returns the file, its bytes and the time taken. */
async function renderToFile(name: string, doc: ReportDocument) {
  const started = performance.now();
  const blob = await renderReportPdf(doc);
  const ms = performance.now() - started;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return { file, blob, bytes, ms };
}

let spanish: Awaited<ReturnType<typeof renderToFile>>;
let pages: string[] = [];

beforeAll(async () => {
  // The first render includes loading jsPDF; the second is the steady-state figure.
  const cold = await renderToFile('cold', buildSpanishReport());
  spanish = await renderToFile('spanish', buildSpanishReport());
  console.info(
    `Spanish fixture report: ${cold.ms.toFixed(0)} ms cold, ${spanish.ms.toFixed(0)} ms warm, ` +
      `${spanish.bytes.length} bytes (KEEP_PDF=1 keeps ${spanish.file})`,
  );
  if (canText) pages = readPages(spanish.file);
}, 60_000);

afterAll(() => {
  if (process.env['KEEP_PDF'] !== '1') rmSync(dir, { recursive: true, force: true });
});

describe('renderReportPdf', () => {
  it('returns a PDF Blob', () => {
    expect(spanish.blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(spanish.bytes.slice(0, 5))).toBe('%PDF-');
  });

  it("uses jsPDF's Node build under Node (picked by the package's exports)", () => {
    const loaded = Object.keys(createRequire(import.meta.url).cache);
    expect(loaded.some((path) => path.endsWith('jspdf/dist/jspdf.node.min.js'))).toBe(true);
  });

  it('declares the document language for screen readers and search', () => {
    // The catalog is not compressed, so its /Lang entry can be read from the bytes.
    expect(new TextDecoder('latin1').decode(spanish.bytes)).toContain('/Lang (es)');
  });

  it('stays under 1 MB without a logo', () => {
    expect(spanish.bytes.length).toBeLessThan(1_000_000);
  });
});

describe.skipIf(!canInfo)('the file read back with pdfinfo', () => {
  it('has A4 portrait pages, as many as the content needs, and its metadata', () => {
    const info = readInfo(spanish.file);
    const count = Number(info['Pages']);
    expect(count).toBeGreaterThanOrEqual(15);
    expect(count).toBeLessThanOrEqual(40);
    expect(info['Page size']).toBe('595.28 x 841.89 pts (A4)');
    expect(info['Title']).toBe('Informe de preparación CRM');
    expect(info['Author']).toBe('Marta Núñez');
    expect(info['Subject']).toContain('Compañía Ibérica de Suministros');
  });
});

describe.skipIf(!canText)('the text read back with pdftotext', () => {
  const all = () => pages.join('\n');

  it('has every section heading, the organization and every KPI', () => {
    for (const heading of SECTION_HEADINGS) expect(all()).toContain(heading);
    expect(all()).toContain('Compañía Ibérica de Suministros, S. A.');
    const raw = readRawText(spanish.file).replace(/\s+/g, ' ');
    const missing = KPI_NAMES.filter((kpi) => !raw.includes(kpi));
    expect(missing).toEqual([]);
  });

  it('keeps the Spanish characters and typographic quotes intact', () => {
    const text = all();
    for (const sample of [
      '¿Paquete estándar',
      'Begoña Ibáñez',
      '«¿Estamos listos?»',
      '180.000 €',
      '¡Sin datos fiables',
      '“el proyecto bilingüe”',
      '‘cliente único’',
      'Núñez',
    ]) {
      expect(text).toContain(sample);
    }
    expect(text).not.toContain('\ufffd');
  });

  it('prints "Página X de N" on every page but the cover, with the real page count', () => {
    const count = pages.length;
    pages.forEach((page, i) => {
      if (i === 0) expect(page).not.toMatch(/Página \d+ de/);
      else expect(page).toContain(`Página ${i + 1} de ${count}`);
    });
  });

  it('runs the header on every page but the cover', () => {
    const header = 'Informe de preparación CRM · Compañía Ibérica de Suministros';
    pages.forEach((page, i) => {
      expect(page.includes(header)).toBe(i !== 0);
    });
  });

  it('writes the cover page: title, subtitle, assessment, date and who assessed', () => {
    const cover = pages[0] ?? '';
    for (const text of [
      'Informe de preparación CRM',
      'Método ProCheck',
      'Diagnóstico inicial 2026',
      '12 de enero de 2026',
      'Evaluado por Marta Núñez',
    ]) {
      expect(cover).toContain(text);
    }
  });

  it('breaks the long paragraph across pages without losing a word', () => {
    const paragraph = longParagraph(56);
    const flat = pages
      .map((page) =>
        page
          .split('\n')
          .filter((line) => !/Página \d+ de \d+|Informe de preparación CRM ·/.test(line))
          .join(' '),
      )
      .join(' ')
      .replace(/\s+/g, ' ');
    expect(flat).toContain(paragraph);
    const start = pages.findIndex((page) => page.includes('Contexto: por qué fracasan'));
    const end = pages.findIndex((page, i) => i > start && page.includes('Fuente interna'));
    expect(end - start).toBeGreaterThanOrEqual(1);
  });

  it('starts each section on a new page, except one that continues', () => {
    for (const heading of SECTION_HEADINGS) {
      const page = pages.find((p) => p.includes(heading)) ?? '';
      const firstLine = page
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)[1];
      expect(firstLine).toBe(heading);
    }
    const change = pages.find((p) => p.includes('Plan de gestión del cambio')) ?? '';
    expect(change).toContain('Informar a los clientes');
  });

  it('draws the charts with real text: radar labels and legend, bar values and the empty label', () => {
    const text = all().replace(/\s+/g, ' ');
    for (const label of [
      ...DIMENSIONS.slice(0, 5),
      'Objetivo «competitivo»',
      'Evaluación anterior',
      'Sin información suficiente',
      'Puntuación por fase',
    ]) {
      expect(text).toContain(label);
    }
  });

  it('repeats the Gantt axis on every page the timeline takes, and the table header on every page of a long table', () => {
    expect(pages.filter((p) => /Semana 0\s+Semana 8/.test(p)).length).toBeGreaterThanOrEqual(2);
    expect(
      pages.filter((p) => /Pregunta\s+Enunciado\s+Respuesta\s+Nota/.test(p)).length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      pages.filter((p) => /Iniciativa\s+Fase\s+Responsable\s+Semanas\s+Inicio/.test(p)).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('keeps every word inside the page box and the writing area', () => {
    const { pages: sizes, words } = readWordBoxes(spanish.file);
    expect(words.length).toBeGreaterThan(1000);
    for (const size of sizes) {
      expect(size.width).toBeCloseTo(595.28, 1);
      expect(size.height).toBeCloseTo(841.89, 1);
    }
    const margin = (20 * 72) / 25.4 - 1;
    const outside = words.filter((w) => {
      const page = sizes[w.page - 1] ?? { width: 0, height: 0 };
      return w.xMin < margin || w.xMax > page.width - margin || w.yMin < 0 || w.yMax > page.height;
    });
    expect(outside).toEqual([]);
  });
});

describe.skipIf(!canImages)('images in the file (pdfimages)', () => {
  it('has none without a logo: charts and text are vectors and real text', () => {
    expect(listImages(spanish.file)).toEqual([]);
  });

  it.each([
    ['PNG', makePngLogo(120, 40), 'image'],
    ['JPEG', makeJpegLogo(64, 32), 'jpeg'],
  ] as const)(
    'has exactly the %s logo on the cover when one is given',
    async (_name, logo, encoding) => {
      const { file, bytes } = await renderToFile(`logo-${logo.format}`, buildSpanishReport(logo));
      const images = listImages(file);
      expect(images).toHaveLength(1);
      expect(images[0]).toMatchObject({
        page: 1,
        type: 'image',
        width: logo.width,
        height: logo.height,
        encoding,
      });
      expect(bytes.length).toBeLessThan(1_000_000);
    },
  );

  it('leaves out a logo jsPDF cannot decode instead of failing the report', async () => {
    const good = makePngLogo(20, 10);
    const broken = { ...good, bytes: good.bytes.slice(0, 40) };
    const { file } = await renderToFile('broken-logo', buildSpanishReport(broken));
    expect(listImages(file)).toEqual([]);
  });
});

describe.skipIf(!canText || !canInfo)('an English report', () => {
  it('prints "Page X of Y" and writes symbols outside the standard font as readable stand-ins', async () => {
    const { file } = await renderToFile('english', buildEnglishReport());
    const english = readPages(file);
    expect(Number(readInfo(file)['Pages'])).toBe(english.length);
    english
      .slice(1)
      .forEach((page, i) => expect(page).toContain(`Page ${i + 2} of ${english.length}`));
    expect(english.join('\n')).toContain('Next steps -> week 1 >= 3 people v');
  });
});
