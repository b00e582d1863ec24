// The PDF report as people get it (#5): one click on the results page, jsPDF loaded only then,
// a file that poppler reads back with every section, the organization, every KPI of the plan and
// the Spanish characters intact; a bad logo is refused with a message.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_URL, chromiumAvailable, launchBrowser, openPage } from './harness';
import { seedAssessment } from './seed';
import { openEditors } from './results-editors';
import { collectStrings, findSplitWords, toVocabulary } from '../adapters/pdf/split-words';
import { format, getStrings, type Lang } from '~/i18n';
import { changeStoredAssessment } from './stored';

/** What people read on the pages and in the PDF, in one language, from the UI strings. */
function wordsFor(lang: Lang) {
  const t = getStrings(lang);
  return {
    prefix: lang === 'es' ? '/es' : '',
    name: t.assessments.nameLabel,
    organization: t.assessments.organizationLabel,
    start: t.assessments.startButton,
    button: t.results.pdfButton,
    logo: t.results.logoLabel,
    badLogo: t.results.logoErrors['not-an-image'],
    // The appendix heading goes on after a colon: its first words are enough to find it.
    headings: [
      t.report.summaryHeading,
      t.report.roadmapHeading,
      t.report.appendixHeading.split(':')[0] ?? '',
    ],
    page: new RegExp(format(t.report.pageLabel, { page: 2, pages: '(\\d+)' })),
  };
}
const WORDS = { en: wordsFor('en'), es: wordsFor('es') };

/** Every word the report can print from its own strings: both languages' UI and all content. */
const REPORT_VOCABULARY = toVocabulary([
  ...collectStrings(getStrings('en')),
  ...collectStrings(getStrings('es')),
  ...readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.yaml'))
    .flatMap((path) => collectStrings(parseYaml(readFileSync(join('content', path), 'utf8')))),
]);

/** An answered assessment with a note full of characters a PDF must keep. */
function seed(page: Page, lang: Lang): Promise<string> {
  return seedAssessment(page, 'Informe ¿listo?', {
    lang,
    notes: { 'strategy-executive-sponsor': 'Acta del comité «marzo» — revisar €' },
  });
}

describe.runIf(chromiumAvailable())('the PDF report', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'downloads a complete report, loading jsPDF only on click (%s)',
    async (lang) => {
      const w = WORDS[lang];
      const { page, context, report } = await openPage(browser, `${w.prefix}/assessments/`);
      try {
        const id = await seed(page, lang);
        await page.goto(new URL(`${w.prefix}/results/?id=${id}`, BASE_URL).href);
        // The KPI editor is drawn when opened (#14).
        await openEditors(page, ['kpis']);
        expect(report.jsResponses.some((url) => /jspdf/i.test(url))).toBe(false);
        const kpiNames = await page.locator('.kpi-table tbody th strong').allTextContents();
        expect(kpiNames.length).toBeGreaterThan(3);
        const started = Date.now();
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: w.button }).click(),
        ]);
        const file = await download.path();
        const seconds = (Date.now() - started) / 1000;
        console.log(`PDF (${lang}) generated and saved in ${seconds.toFixed(2)} s`);
        expect(download.suggestedFilename()).toMatch(
          /^crm-plan-nandu-iberica-\d{4}-\d{2}-\d{2}\.pdf$/,
        );
        expect(report.jsResponses.some((url) => /jspdf/i.test(url))).toBe(true);
        expect(readFileSync(file).byteLength).toBeLessThan(1_000_000);
        // Raw order keeps each table cell's words together, whatever the column layout.
        const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
        const flat = text.replace(/\s+/g, ' ');
        for (const heading of w.headings) expect(text).toContain(heading);
        expect(text).toContain('Ñandú Ibérica');
        for (const name of kpiNames) expect(flat).toContain(name.replace(/\s+/g, ' '));
        expect(flat).toContain('Acta del comité «marzo» — revisar €');
        // No table breaks a word of the report's own words (UI strings and content) (#14).
        expect(findSplitWords(flat.split(' '), REPORT_VOCABULARY)).toEqual([]);
        const pages = Number(w.page.exec(text)?.[1]);
        expect(pages).toBeGreaterThan(8);
        const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
        expect(info).toMatch(new RegExp(`Pages:\\s+${pages}`));
        await page.getByText(download.suggestedFilename()).waitFor();
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
        expect(report.externalRequests).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('adds the packaged-vs-custom section once the assessment has a decision', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      const id = await seed(page, 'en');
      // A decision saved with the assessment, as the decision page does: two weights and 40 users.
      await changeStoredAssessment<{ assessment: { plan?: unknown } }>(page, id, (record) => {
        record.assessment.plan = {
          ambition: 'competitive',
          targets: {},
          excluded: [],
          startWeeks: {},
          owners: {},
          kpis: {},
          decision: { weights: { 'specific-fit': 5 }, scores: {}, tco: { users: 40, figures: {} } },
        };
      });
      await page.goto(new URL(`/results/?id=${id}`, BASE_URL).href);
      await page.locator('#downloads').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: WORDS.en.button }).click(),
      ]);
      const text = execFileSync('pdftotext', ['-raw', await download.path(), '-'], {
        encoding: 'utf8',
      });
      expect(text).toContain('Packaged vs custom');
      expect(text).toContain('Total cost of ownership');
      expect(text).toMatch(/Why .+ comes first/);
      expect(text).toContain('What would change the answer');
      expect(text).toMatch(/€/);
    } finally {
      await context.close();
    }
  });

  it('refuses a file that is not an image as the logo, and still makes the report', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      const id = await seed(page, 'en');
      await page.goto(new URL(`/results/?id=${id}`, BASE_URL).href);
      await page.locator('#downloads').waitFor();
      await page.getByLabel(WORDS.en.logo).setInputFiles({
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'),
      });
      await page.getByRole('alert').filter({ hasText: WORDS.en.badLogo }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: WORDS.en.button }).click(),
      ]);
      const images = execFileSync('pdfimages', ['-list', await download.path()], {
        encoding: 'utf8',
      });
      expect(images.trim().split('\n').length).toBe(2); // the header lines only: no image
    } finally {
      await context.close();
    }
  });
});
