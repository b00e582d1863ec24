// The editable Word report (#17) as people get it: one click beside the PDF button, the docx library
// loaded only then, a `crm-plan-<organization>-<day>.docx` whose XML holds every heading with its
// Word heading style, the organization, the plan's KPIs, the note, the chosen logo and the charts as
// PNG pictures drawn by the browser's canvas, in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toPlanFileName } from '~/domain/export/plan-file-name';
import { format, getStrings, type Lang } from '~/i18n';
import { makePngLogo } from '../fixtures/report/logos';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  launchBrowser,
  openPage,
} from './harness';
import { openEditors } from './results-editors';
import { seedAssessment } from './seed';

const ORGANIZATION = 'Ñandú Ibérica';
const NOTE = 'Acta del comité «marzo» — revisar €';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The built chunks that hold the docx library (it names the WordprocessingML namespace). */
const DOCX_CHUNKS = readdirSync('dist/_astro')
  .filter((name) => name.endsWith('.js'))
  .filter((name) =>
    readFileSync(join('dist/_astro', name), 'utf8').includes(
      'schemas.openxmlformats.org/wordprocessingml/2006/main',
    ),
  );
const loadsDocx = (urls: readonly string[]) =>
  urls.some((url) => DOCX_CHUNKS.some((chunk) => url.endsWith(`/${chunk}`)));

function seed(page: Page, lang: Lang): Promise<string> {
  return seedAssessment(page, 'Informe ¿listo?', {
    lang,
    notes: { 'strategy-executive-sponsor': NOTE },
  });
}

/** The text of each `w:p` paragraph of a WordprocessingML part, with the paragraph's style id. */
function readParagraphs(xml: string): { style: string | null; text: string }[] {
  return [...xml.matchAll(/<w:p>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[0])?.[1] ?? null,
    text: [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((t) => (t[1] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'))
      .join(''),
  }));
}

/** Width and height of a PNG file, from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe.runIf(chromiumAvailable())('the editable Word report', () => {
  let browser: Browser;
  beforeAll(async () => {
    expect(DOCX_CHUNKS.length).toBeGreaterThan(0);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'downloads crm-plan-<organization>-<day>.docx with the report, its charts and the logo (%s)',
    async (lang) => {
      const t = getStrings(lang);
      const prefix = lang === 'es' ? '/es' : '';
      const { page, context, report } = await openPage(browser, `${prefix}/assessments/`);
      try {
        const id = await seed(page, lang);
        await page.goto(new URL(`${prefix}/results/?id=${id}`, BASE_URL).href);
        await openEditors(page, ['kpis']);
        const kpiNames = await page.locator('.kpi-table tbody th strong').allTextContents();
        expect(kpiNames.length).toBeGreaterThan(3);
        await page.getByLabel(t.results.logoLabel).setInputFiles({
          name: 'logo.png',
          mimeType: 'image/png',
          buffer: Buffer.from(makePngLogo(120, 60).bytes),
        });
        await page.getByText('logo.png').waitFor();
        await page.getByText(t.wordReport.help).waitFor();
        expect(loadsDocx(report.jsResponses)).toBe(false);

        const started = Date.now();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: t.wordReport.button }).click(),
        ]);
        const bytes = new Uint8Array(readFileSync(await download.path()));
        console.log(`Word report (${lang}): ${Date.now() - started} ms, ${bytes.length} bytes`);
        expect(loadsDocx(report.jsResponses)).toBe(true);
        expect(download.suggestedFilename()).toBe(
          toPlanFileName({ organization: ORGANIZATION, name: '' }, new Date(), '.docx'),
        );

        const parts = unzipSync(bytes);
        const paragraphs = readParagraphs(
          strFromU8(parts['word/document.xml'] ?? new Uint8Array()),
        );
        const text = paragraphs.map((p) => p.text).join('\n');
        const headings = (style: string) =>
          paragraphs.filter((p) => p.style === style).map((p) => p.text);
        expect(headings('Heading1')).toEqual(
          expect.arrayContaining([t.report.summaryHeading, t.report.roadmapHeading]),
        );
        expect(headings('Heading2').length).toBeGreaterThan(3);
        expect(text).toContain(ORGANIZATION);
        for (const name of kpiNames) expect(text).toContain(name.trim());
        expect(text).toContain(NOTE);
        expect(text).toContain(t.wordReport.contents);

        // The charts, drawn by the page's canvas (the only PNG writer here), and the logo.
        const pictures = Object.entries(parts).filter(([name]) => name.startsWith('word/media/'));
        const pngs = pictures
          .map(([, data]) => data)
          .filter((d) => PNG_SIGNATURE.every((b, i) => d[i] === b));
        expect(pngs.length).toBeGreaterThanOrEqual(4);
        expect(pngs.filter((d) => pngSize(d).width >= 640)).toHaveLength(pngs.length - 1);
        expect(pngs.some((d) => pngSize(d).width === 120)).toBe(true);

        await page.getByText(download.suggestedFilename()).waitFor();
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
        expect(report.externalRequests).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('fits a 320 px phone in the dark, passes axe and downloads there too (es)', async () => {
    const t = getStrings('es');
    const { page, context } = await openPage(browser, '/es/assessments/', {
      width: 320,
      colorScheme: 'dark',
    });
    try {
      const id = await seed(page, 'es');
      await page.goto(new URL(`/es/results/?id=${id}`, BASE_URL).href);
      const button = page.getByRole('button', { name: t.wordReport.button });
      await button.scrollIntoViewIfNeeded();
      await page.getByText(t.wordReport.help).waitFor();
      // The button and its help fit the phone's width (the page-wide check is the results tests').
      for (const box of [
        await button.boundingBox(),
        await page.locator('.word-report').boundingBox(),
      ]) {
        expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(320);
      }
      await expectNoAxeViolations(page);
      // The file comes on a phone too, and the status line names it.
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      const done = format(t.wordReport.done, { file: download.suggestedFilename() });
      await page.getByRole('status').filter({ hasText: done }).waitFor();
    } finally {
      await context.close();
    }
  });
});
