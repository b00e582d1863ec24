// The results page and the roadmap as people use them (#4): verdict and charts, targets and
// gaps, comparison, roadmap edits that survive a reload, and downloads that parse.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
} from './harness';
import { seedAssessment } from './seed';
import { openEditors } from './results-editors';
import { getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';

/**
 * What the test reads and presses, from each language's UI strings. The area title "Strategy"
 * comes from content/ (its YAML) and stays literal.
 */
function words(lang: Lang) {
  const t = getStrings(lang);
  return {
    prefix: lang === 'en' ? '' : '/es',
    verdict: t.verdicts['not-ready'],
    index: t.results.index,
    gapHeading: t.results.gapHeading,
    roadmap: t.roadmap.heading,
    csv: t.roadmap.csvInitiatives,
    kpiCsv: t.roadmap.csvKpis,
    ics: t.roadmap.ics,
  };
}
const WORDS = { en: words('en'), es: words('es') } as const;
/** English strings for the tests that run in English only. */
const en = getStrings('en');
/** A message's first sentence, where the test checks only that. */
const firstSentence = (text: string): string => text.split(/(?<=\.) /)[0] ?? '';

/** An answered assessment of Ñandú Ibérica, a small company using two channels. */
function seed(page: Page, lang: Lang, name: string, shift = 0): Promise<string> {
  return seedAssessment(page, name, {
    lang,
    shift,
    profile: { 'company-size': 'small', channels: ['sales-force', 'internet'] },
  });
}

/** Parses a downloaded CSV (with its BOM) into rows of cells. */
/** Reads a downloaded CSV with the separator of the page's language, as its Excel would. */
function readCsv(text: string, lang: Lang): string[][] {
  const delimiter = getStrings(lang).roadmap.csv.separator;
  return parseCsv(text, { bom: true, relax_column_count: true, delimiter });
}

/** The weekday of a yyyy-mm-dd date: 0 is Sunday, 6 Saturday. */
const weekdayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`).getUTCDay();
const isWorkingDay = (isoDate: string) => weekdayOf(isoDate) >= 1 && weekdayOf(isoDate) <= 5;

async function openResults(page: Page, lang: Lang, id: string): Promise<void> {
  await page.goto(new URL(`${WORDS[lang].prefix}/results/?id=${id}`, BASE_URL).href);
  await page.locator('.results').waitFor();
}

describe.runIf(chromiumAvailable())('results and roadmap', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'shows the verdict, the index and both charts with their tables (%s)',
    async (lang) => {
      const w = WORDS[lang];
      const { page, context, report } = await openPage(browser, `${w.prefix}/assessments/`);
      try {
        const id = await seed(page, lang, 'Results check');
        await openResults(page, lang, id);
        await page.getByText(w.verdict).waitFor();
        await page.getByText(w.index).first().waitFor();
        await expect.poll(() => page.locator('.big').first().textContent()).toMatch(/^\d+ \/ 100$/);
        // Chart.js is fetched only when the charts come near the screen, and draws on both canvases.
        expect(report.jsResponses.some((url) => /\/chart\.[\w-]+\.js$/.test(url))).toBe(false);
        await page.locator('canvas').first().scrollIntoViewIfNeeded();
        await expect
          .poll(() => report.jsResponses.some((url) => /\/chart\.[\w-]+\.js$/.test(url)))
          .toBe(true);
        const drawn = await page
          .locator('canvas')
          .evaluateAll((canvases) =>
            canvases.map(
              (c) => (c as HTMLCanvasElement).width > 0 && (c as HTMLCanvasElement).height > 0,
            ),
          );
        expect(drawn).toEqual([true, true]);
        expect(await page.getByRole('img').count()).toBe(2);
        expect(await page.locator('#radar-caption').count()).toBe(1);
        expect(await page.locator('#phase-caption').count()).toBe(1);
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
        expect(report.externalRequests).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('updates the gap at once when a target changes, and keeps it after a reload', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      const id = await seed(page, 'en', 'Targets');
      await openResults(page, 'en', id);
      const gapRow = page
        .getByRole('region', { name: WORDS.en.gapHeading })
        .getByRole('row', { name: /^Strategy/ });
      const gapBefore = Number(await gapRow.locator('td').nth(2).textContent());
      await openEditors(page, ['targets']);
      const target = page.getByRole('spinbutton', { name: 'Strategy', exact: true });
      await target.fill('95');
      await expect
        .poll(async () => Number(await gapRow.locator('td').nth(2).textContent()))
        .toBe(gapBefore + 25);
      await target.fill('120');
      await page.getByText(firstSentence(en.results.targetInvalid)).waitFor();
      await page.reload();
      await page.locator('.results').waitFor();
      await openEditors(page, ['targets']);
      expect(
        await page.getByRole('spinbutton', { name: 'Strategy', exact: true }).inputValue(),
      ).toBe('95');
      await page.getByRole('radio', { name: en.results.ambitions.leading }).check();
      await expect
        .poll(() => page.getByRole('spinbutton', { name: 'Strategy', exact: true }).inputValue())
        .toBe('85');
    } finally {
      await context.close();
    }
  });

  it('compares with an earlier assessment of the same organization', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      await seed(page, 'en', 'Last year', 2);
      const id = await seed(page, 'en', 'This year');
      await openResults(page, 'en', id);
      const earlier = await page
        .locator('#compare-with option', { hasText: 'Last year' })
        .getAttribute('value');
      await page.getByLabel(en.results.compareLabel, { exact: true }).selectOption(earlier ?? '');
      await page.getByText(/Readiness index: [+-−]?\d+ points since “Last year”/).waitFor();
      await page.getByRole('columnheader', { name: en.results.colDelta }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('edits the roadmap (leave out, owner, start week), flags a conflict, and keeps the edits after a reload', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      const id = await seed(page, 'en', 'Roadmap edits');
      await openResults(page, 'en', id);
      await openEditors(page, ['initiatives']);
      const table = page.locator('.initiative-table');
      const rows = table.locator('tbody tr');
      const count = await rows.count();
      expect(count).toBeGreaterThan(5);
      // Leave the first initiative out.
      const firstTitle = (await rows.first().locator('strong').textContent()) ?? '';
      await page
        .getByRole('checkbox', { name: format(en.roadmap.includeLabel, { title: firstTitle }) })
        .uncheck();
      await page.getByRole('heading', { name: en.roadmap.excludedHeading }).waitFor();
      expect(await rows.count()).toBe(count - 1);
      // Name an owner, and start the last initiative at week 0, before its dependencies end.
      const last = rows.last();
      const lastTitle = (await last.locator('strong').textContent()) ?? '';
      await page
        .getByRole('textbox', { name: format(en.roadmap.ownerLabel, { title: lastTitle }) })
        .fill('Marta Núñez');
      const start = page.getByRole('spinbutton', {
        name: format(en.roadmap.startLabel, { title: lastTitle }),
      });
      await start.fill('0');
      await start.press('Enter');
      await page
        .getByText(/^Starts before “.+” ends \(week \d+\)\.$/)
        .first()
        .waitFor();
      await page.reload();
      await openEditors(page, ['initiatives']);
      expect(
        await page
          .getByRole('textbox', { name: format(en.roadmap.ownerLabel, { title: lastTitle }) })
          .inputValue(),
      ).toBe('Marta Núñez');
      expect(
        await page
          .getByRole('spinbutton', { name: format(en.roadmap.startLabel, { title: lastTitle }) })
          .inputValue(),
      ).toBe('0');
      await page
        .getByText(/^Starts before “.+” ends/)
        .first()
        .waitFor();
      await page
        .getByRole('checkbox', { name: format(en.roadmap.includeLabel, { title: firstTitle }) })
        .check();
      await expect.poll(() => page.locator('.initiative-table tbody tr').count()).toBe(count);
    } finally {
      await context.close();
    }
  });

  it.each<Lang>(['en', 'es'])('downloads CSV and iCalendar files that parse (%s)', async (lang) => {
    const w = WORDS[lang];
    const { page, context } = await openPage(browser, `${w.prefix}/assessments/`);
    try {
      const id = await seed(page, lang, 'Downloads');
      await openResults(page, lang, id);
      const download = async (name: string) => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name }).click(),
        ]);
        return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
      };
      // The initiative editor is drawn when opened (#14): its rows are the CSV's.
      await openEditors(page, ['initiatives']);
      const rows = await page.locator('.initiative-table tbody tr').count();
      const csv = await download(w.csv);
      expect(csv.name).toMatch(/^crm-plan-nandu-iberica-\d{4}-\d{2}-\d{2}-initiatives\.csv$/);
      expect(csv.text.startsWith('\uFEFF')).toBe(true);
      const records = readCsv(csv.text, lang);
      expect(records.length).toBe(rows + 1);
      // Read with the separator of the language, every record has the header's columns (#14).
      const [header = [], ...body] = records;
      expect(header.length).toBeGreaterThan(10);
      expect(body.every((record) => record.length === header.length)).toBe(true);
      // End dates (the column after the start date) fall on working days, never a Sunday (#14).
      const endColumn = header.indexOf(getStrings(lang).roadmap.csv.endDate);
      expect(endColumn).toBeGreaterThan(0);
      expect(body.map((record) => record[endColumn] ?? '').filter((d) => !isWorkingDay(d))).toEqual(
        [],
      );
      const kpis = readCsv((await download(w.kpiCsv)).text, lang);
      expect(kpis.length).toBeGreaterThan(3);
      const ics = await download(w.ics);
      const calendar = new ICAL.Component(ICAL.parse(ics.text) as unknown[]);
      const events = calendar.getAllSubcomponents('vevent');
      expect(events.length).toBeGreaterThanOrEqual(rows);
      const days = events.map((event) =>
        (event.getFirstPropertyValue('dtstart') as ICAL.Time).toString(),
      );
      expect(days.filter((day) => !isWorkingDay(day))).toEqual([]);
      expect(ics.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    } finally {
      await context.close();
    }
  });

  // The smallest phones (320 px) in dark, the common 375 px in light.
  describe.each<['light' | 'dark', number]>([
    ['light', 375],
    ['dark', 320],
  ])('in the %s scheme', (scheme, width) => {
    it.each<Lang>(['en', 'es'])(`passes axe and fits ${width} px (%s)`, async (lang) => {
      const { page, context } = await openPage(browser, `${WORDS[lang].prefix}/assessments/`, {
        colorScheme: scheme,
        width,
      });
      try {
        const id = await seed(page, lang, 'Axe results');
        await openResults(page, lang, id);
        await openEditors(page);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      } finally {
        await context.close();
      }
    });
  });
});
