/**
 * Round trip of the Word render step: the fixture ReportDocuments (Spanish with a logo and a heat
 * map, English built from the real content) → renderReportDocx (charts rasterised by an injected
 * stand-in, since Node has no canvas) → the .docx read back twice: its XML parts unzipped, and the
 * file opened by LibreOffice headless and converted to text and HTML.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCX_TYPE, renderReportDocx, toDocxFileName } from '~/adapters/docx/render-report-docx';
import { buildReportDocument } from '~/domain/report/build-report-document';
import type { ReportBlock, ReportDocument } from '~/domain/report/report-document';
import { findXmlProblem, unescapeXml } from '../../domain/report/xml-check';
import { getReportInput } from '../../domain/report/report-fixture';
import { buildReportWithAlignment } from '../../fixtures/report/alignment-report';
import { makeJpegLogo, makePngLogo } from '../../fixtures/report/logos';
import { KPI_NAMES, SECTION_HEADINGS } from '../../fixtures/report/spanish-report';
import { convertWithSoffice, hasSoffice } from './libreoffice';
import { readWordBoxes } from '../pdf/poppler';

const SLOW_TEST_MS = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'report-docx-'));
const canConvert = hasSoffice();
/** A 4 × 3 PNG standing in for a rasterised chart. */
const CHART_PNG = makePngLogo(4, 3).bytes;

const spanishDoc: ReportDocument = (() => {
  const base = buildReportWithAlignment('es');
  return { ...base, cover: { ...base.cover, logo: makeJpegLogo(64, 32) } };
})();
const englishDoc = buildReportDocument({ ...getReportInput('en'), logo: makePngLogo(40, 20) });

interface Rendered {
  readonly file: string;
  readonly blob: Blob;
  readonly parts: Record<string, Uint8Array>;
  readonly xml: string;
  readonly svgs: string[];
  readonly ms: number;
}

async function render(name: string, doc: ReportDocument): Promise<Rendered> {
  const svgs: string[] = [];
  const started = performance.now();
  const blob = await renderReportDocx(doc, {
    toPng: (svg) => {
      svgs.push(svg);
      return Promise.resolve(CHART_PNG);
    },
  });
  const ms = performance.now() - started;
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const file = join(dir, `${name}.docx`);
  writeFileSync(file, bytes);
  const parts = unzipSync(bytes);
  return {
    file,
    blob,
    parts,
    xml: strFromU8(parts['word/document.xml'] ?? new Uint8Array()),
    svgs,
    ms,
  };
}

const allBlocks = (doc: ReportDocument) => doc.sections.flatMap((s) => s.blocks);
const headings = (doc: ReportDocument) =>
  allBlocks(doc).filter(
    (b): b is Extract<ReportBlock, { kind: 'heading' }> => b.kind === 'heading',
  );
const tableCells = (doc: ReportDocument) =>
  allBlocks(doc).flatMap((b) =>
    b.kind === 'table' ? [...b.columns.map((c) => c.header), ...b.rows.flat()] : [],
  );
/** The text of every `w:t` of a part, unescaped, joined per paragraph. */
const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => unescapeXml(t[1] ?? ''))
      .join(''),
  );
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

let spanish: Rendered;
let english: Rendered;
const text: Record<'es' | 'en', string> = { es: '', en: '' };
const html: Record<'es' | 'en', string> = { es: '', en: '' };

beforeAll(async () => {
  const cold = await render('es-cold', spanishDoc);
  spanish = await render('es', spanishDoc);
  english = await render('en', englishDoc);
  console.info(
    `Word report: Spanish fixture ${cold.ms.toFixed(0)} ms cold, ${spanish.ms.toFixed(0)} ms warm, ` +
      `${spanish.blob.size} bytes; English (real content) ${english.ms.toFixed(0)} ms`,
  );
  if (!canConvert) return;
  // Two LibreOffice runs in all (each takes seconds on a busy machine): both files per run.
  convertWithSoffice([spanish.file, english.file], 'txt:Text (encoded):UTF8', dir);
  // Writer's own HTML export (not the XHTML one) writes Heading 1–3 paragraphs as <h1>–<h3>.
  convertWithSoffice([spanish.file, english.file], 'html', dir);
  text.es = readFileSync(join(dir, 'es.txt'), 'utf8');
  text.en = readFileSync(join(dir, 'en.txt'), 'utf8');
  html.es = readFileSync(join(dir, 'es.html'), 'utf8');
  html.en = readFileSync(join(dir, 'en.html'), 'utf8');
}, 300_000);

afterAll(() => {
  if (process.env['KEEP_DOCX'] !== '1') rmSync(dir, { recursive: true, force: true });
});

describe('renderReportDocx', () => {
  it('returns a .docx Blob: a zip with the Word parts', () => {
    expect(spanish.blob.type).toBe(DOCX_TYPE);
    expect(Object.keys(spanish.parts)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
    for (const [name, part] of Object.entries(spanish.parts)) {
      if (name.endsWith('.xml')) expect(findXmlProblem(strFromU8(part)), name).toBeNull();
    }
  });

  it.each([
    ['crm-plan-acme-2026-01-12.pdf', 'crm-plan-acme-2026-01-12.docx'],
    ['crm-plan-a.PDF', 'crm-plan-a.docx'],
    ['no-extension', 'no-extension.docx'],
  ])('names the file like the PDF: %s → %s', (pdf, docx) => {
    expect(toDocxFileName(pdf)).toBe(docx);
  });

  it('hands every chart to the rasteriser as SVG and embeds each as a PNG with its caption as alt text', () => {
    const charts = allBlocks(spanishDoc).filter((b) => ['radar', 'bars', 'gantt'].includes(b.kind));
    expect(spanish.svgs).toHaveLength(charts.length);
    const media = Object.keys(spanish.parts).filter((n) => n.startsWith('word/media/'));
    // The charts (one PNG, shared by the stand-in rasteriser or not) and the JPEG logo.
    expect(media.some((n) => n.endsWith('.png'))).toBe(true);
    expect(media.some((n) => /\.jpe?g$/.test(n))).toBe(true);
    for (const chart of charts) {
      if ('caption' in chart) expect(spanish.xml).toContain(`descr="${chart.caption}"`);
    }
  });

  it('gives each heading its Word heading style, in order', () => {
    for (const [r, doc] of [
      [spanish, spanishDoc],
      [english, englishDoc],
    ] as const) {
      const styled = [...r.xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].flatMap((m) => {
        const level = /<w:pStyle w:val="Heading(\d)"\/>/.exec(m[0])?.[1];
        return level === undefined
          ? []
          : [{ level: Number(level), text: squash(paragraphsOf(m[0]).join('')) }];
      });
      expect(styled).toEqual(headings(doc).map((h) => ({ level: h.level, text: squash(h.text) })));
    }
  });

  it('starts with a table of contents field over headings 1–3, and Word updates fields on opening', () => {
    expect(spanish.xml).toMatch(/TOC \\h \\o &quot;1-3&quot;/);
    const settings = strFromU8(spanish.parts['word/settings.xml'] ?? new Uint8Array());
    expect(settings).toContain('<w:updateFields');
  });

  it('repeats table header rows, shades heat-map cells and keeps their text', () => {
    expect(spanish.xml).toContain('<w:tblHeader');
    const heat = allBlocks(spanishDoc).find((b) => b.kind === 'heatmap');
    expect(heat).toBeDefined();
    if (heat?.kind !== 'heatmap') return;
    for (const row of heat.rows) {
      for (const c of row.cells)
        expect(spanish.xml).toContain(`w:fill="${c.fill.slice(1).toLowerCase()}"`);
    }
    for (const item of heat.legend) expect(paragraphsOf(spanish.xml)).toContain(item.label);
  });

  it('writes the running header and "page n of m" as Word fields, and the language', () => {
    const header = Object.entries(spanish.parts).find(([n]) => /word\/header\d*\.xml/.test(n));
    const footer = Object.entries(spanish.parts).find(([n]) => /word\/footer\d*\.xml/.test(n));
    expect(paragraphsOf(strFromU8(header?.[1] ?? new Uint8Array()))).toContain(spanishDoc.header);
    const footerXml = strFromU8(footer?.[1] ?? new Uint8Array());
    expect(footerXml).toMatch(/PAGE/);
    expect(footerXml).toMatch(/NUMPAGES/);
    expect(paragraphsOf(footerXml).join('')).toMatch(/^Página\s*de\s*$/);
    expect(strFromU8(spanish.parts['word/styles.xml'] ?? new Uint8Array())).toContain(
      'w:val="es-ES"',
    );
  });

  it('starts each section on a new page unless it continues the previous one', () => {
    const breaks = (spanish.xml.match(/<w:pageBreakBefore\/>/g) ?? []).length;
    const starts = spanishDoc.sections.filter((s) => s.continues !== true).length;
    const pageBreaks = allBlocks(spanishDoc).filter((b) => b.kind === 'page-break').length;
    expect(breaks).toBe(starts + pageBreaks);
  });

  it(
    'keeps any text of a paragraph or a table cell, dropping only what XML cannot hold',
    async () => {
      const nasty = fc.oneof(
        fc.constantFrom(
          '"quoted", comma\nnewline',
          '=SUM(A1)',
          '+1',
          '-2',
          '@x',
          'tab\tin',
          '😀 ‏RTL‮',
          '<b>&amp;</b>',
        ),
        fc.string({ unit: 'binary', maxLength: 30 }),
      );
      await fc.assert(
        fc.asyncProperty(nasty, nasty, async (a, b) => {
          const doc: ReportDocument = {
            ...englishDoc,
            cover: { ...englishDoc.cover, logo: null, organization: a },
            sections: [
              {
                id: 's',
                blocks: [
                  { kind: 'paragraph', text: a },
                  { kind: 'table', columns: [{ header: b }], rows: [[a]] },
                ],
              },
            ],
          };
          const blob = await renderReportDocx(doc, { toPng: () => Promise.resolve(CHART_PNG) });
          const xml = strFromU8(
            unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml'] ??
              new Uint8Array(),
          );
          expect(findXmlProblem(xml)).toBeNull();
          const kept = (s: string) =>
            [...s]
              .filter((c) => /[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(c))
              .join('')
              .split(/\r\n|\r|\n/)
              .join('');
          const paragraphs = paragraphsOf(xml).map((p) => p.replace(/\t/g, ''));
          for (const s of [a, b]) expect(paragraphs).toContain(kept(s).replace(/\t/g, ''));
        }),
        { numRuns: 25 },
      );
    },
    SLOW_TEST_MS,
  );
});

describe.skipIf(!canConvert)('the .docx opened by LibreOffice', () => {
  it('holds every heading and every table cell of the Spanish report, accents intact', () => {
    const plain = squash(text.es);
    for (const h of headings(spanishDoc)) expect(plain).toContain(squash(h.text));
    for (const c of tableCells(spanishDoc)) expect(plain).toContain(squash(c));
    for (const kpi of KPI_NAMES) expect(plain).toContain(kpi);
    expect(plain).toContain('Compañía Ibérica de Suministros, S. A.');
    expect(plain).toMatch(/¿Paquete estándar o desarrollo a medida\?/);
  });

  it('holds every heading, initiative and KPI of the English report made from the real content', () => {
    const plain = squash(text.en);
    for (const h of headings(englishDoc)) expect(plain).toContain(squash(h.text));
    for (const c of tableCells(englishDoc)) expect(plain).toContain(squash(c));
    // The roadmap document's own names, not only what the report's tables say.
    for (const i of getReportInput('en').roadmap.initiatives)
      expect(plain).toContain(squash(i.title));
  });

  it('reads the section headings as HTML headings h1–h3', () => {
    const htmlHeadings = (page: string) =>
      [...page.matchAll(/<h([123])[^>]*>(.*?)<\/h\1>/gs)].map((m) => ({
        level: Number(m[1]),
        text: squash(unescapeXml((m[2] ?? '').replace(/<[^>]+>/g, ''))),
      }));
    for (const [lang, doc] of [
      ['es', spanishDoc],
      ['en', englishDoc],
    ] as const) {
      const found = htmlHeadings(html[lang]);
      for (const h of headings(doc)) {
        expect(found).toContainEqual({ level: h.level, text: squash(h.text) });
      }
    }
    const sections = htmlHeadings(html.es).filter((h) => h.level === 1);
    expect(sections.map((h) => h.text)).toEqual(expect.arrayContaining([...SECTION_HEADINGS]));
  });

  it(
    'gives a chart its whole height: the next caption sits below the picture, not on it',
    () => {
      // A paragraph spacing with no lineRule is an exact line height to LibreOffice, which clipped
      // each chart to one line; the radar's caption and the bars' caption were then 15 pt apart.
      convertWithSoffice([spanish.file], 'pdf', dir);
      const { words } = readWordBoxes(join(dir, 'es.pdf'));
      const at = (phrase: string) => {
        const parts = phrase.split(' ');
        const index = words.findIndex((_, i) => parts.every((p, k) => words[i + k]?.word === p));
        expect(index, phrase).toBeGreaterThanOrEqual(0);
        return words[index]!;
      };
      const radar = at('Preparación por dimensión: situación actual');
      const bars = at('Puntuación por fase');
      // The stand-in picture is 4 × 3, drawn a page wide: about 360 pt high.
      if (bars.page === radar.page) expect(bars.yMin - radar.yMax).toBeGreaterThan(200);
      else expect(bars.page).toBeGreaterThan(radar.page);
    },
    SLOW_TEST_MS,
  );

  it('shows the pictures: the charts and the logo', () => {
    const images = html.es.match(/<img /g) ?? [];
    const charts = allBlocks(spanishDoc).filter((b) => ['radar', 'bars', 'gantt'].includes(b.kind));
    expect(images.length).toBeGreaterThanOrEqual(charts.length + 1);
  });
});
