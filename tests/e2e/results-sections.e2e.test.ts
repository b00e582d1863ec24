// The results page as a place to move around in (#14): a section menu that works by keyboard, a
// fragment per section that a link or the back button lands on, editors that are cards on a phone,
// and an owner that shows the value the exports use. Names come from the UI strings.
import type { Browser, Page } from 'playwright-core';
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
import { format, getStrings, type Lang } from '~/i18n';
import { SLOW_TEST_MS } from '../slow-test';
import { RESULTS_SECTIONS, type ResultsSection } from '~/domain/results/results-sections';

const PREFIX: Record<Lang, string> = { en: '', es: '/es' };

/** The heading a reader lands on for each section. */
function headingOf(lang: Lang, section: ResultsSection): string {
  const t = getStrings(lang);
  return {
    verdict: t.results.verdictHeading,
    standing: t.results.chartsHeading,
    plan: t.roadmap.heading,
    kpis: t.results.kpisHeading,
    downloads: t.results.downloadsHeading,
  }[section];
}

/** An answered assessment of a small company with two channels. */
function seed(page: Page, lang: Lang, name: string): Promise<string> {
  return seedAssessment(page, name, {
    lang,
    profile: { 'company-size': 'small', channels: ['sales-force', 'internet'] },
  });
}

async function openResults(page: Page, lang: Lang, id: string, hash = ''): Promise<void> {
  await page.goto(new URL(`${PREFIX[lang]}/results/?id=${id}${hash}`, BASE_URL).href);
  // The last section is drawn last: once it is there, every section is.
  await page.locator('#downloads').waitFor();
}

/** The focused element's text, and whether its top is on screen below the sticky menu. */
function focusedHeading(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    const top = focused?.getBoundingClientRect().top ?? -1;
    return {
      tag: focused?.tagName.toLowerCase() ?? '',
      text: focused?.textContent?.trim() ?? '',
      inView: top >= 0 && top < globalThis.innerHeight / 2,
    };
  });
}

/** Whether the top of the element with this id is in the window. */
function isInView(page: Page, id: string) {
  return page.evaluate((elementId) => {
    const top = document.getElementById(elementId)?.getBoundingClientRect().top ?? -1;
    return top >= 0 && top < globalThis.innerHeight;
  }, id);
}

describe.runIf(chromiumAvailable())('results sections', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'jumps to every section from the menu by keyboard, focus on its heading (%s)',
    async (lang) => {
      const s = getStrings(lang).results;
      const { page, context, report } = await openPage(browser, `${PREFIX[lang]}/assessments/`);
      try {
        const id = await seed(page, lang, 'Sections');
        await openResults(page, lang, id);
        // The first screen keeps the verdict.
        expect(await isInView(page, 'verdict')).toBe(true);
        const menu = page.getByRole('navigation', { name: s.sectionsLabel });
        // Backwards first, so every jump moves the page.
        for (const section of [...RESULTS_SECTIONS].reverse()) {
          const link = menu.getByRole('link', { name: s.sections[section], exact: true });
          await link.focus();
          await page.keyboard.press('Enter');
          await page.waitForURL((url) => url.hash === `#${section}`);
          await expect
            .poll(() => focusedHeading(page))
            .toEqual({ tag: 'h2', text: headingOf(lang, section), inView: true });
          await expect.poll(() => link.getAttribute('aria-current')).toBe('location');
        }
        // "Why this score" draws an area's table when opened, and every area's for printing.
        expect(await page.locator('.why-area table').count()).toBe(0);
        await page.locator('.why-area summary').first().click();
        await expect.poll(() => page.locator('.why-area table').count()).toBe(1);
        await page.evaluate(() => globalThis.dispatchEvent(new Event('beforeprint')));
        await expect.poll(() => page.locator('.why-area table').count()).toBeGreaterThan(5);
        expect(report.pageErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'lands on #downloads from a link, and the back button returns to the section before (%s)',
    async (lang) => {
      const s = getStrings(lang).results;
      const { page, context } = await openPage(browser, `${PREFIX[lang]}/assessments/`);
      try {
        const id = await seed(page, lang, 'Fragments');
        await openResults(page, lang, id, '#downloads');
        await expect.poll(() => isInView(page, 'downloads')).toBe(true);
        await page.getByRole('button', { name: s.pdfButton }).waitFor();
        await expect
          .poll(() => focusedHeading(page))
          .toMatchObject({
            text: s.downloadsHeading,
          });
        const menu = page.getByRole('navigation', { name: s.sectionsLabel });
        await menu.getByRole('link', { name: s.sections.standing, exact: true }).click();
        await expect.poll(() => isInView(page, 'standing')).toBe(true);
        await menu.getByRole('link', { name: s.sections.kpis, exact: true }).click();
        await expect.poll(() => isInView(page, 'kpis')).toBe(true);
        expect(await isInView(page, 'standing')).toBe(false);
        await page.goBack();
        await page.waitForURL((url) => url.hash === '#standing');
        await expect.poll(() => isInView(page, 'standing')).toBe(true);
        await expect.poll(() => focusedHeading(page)).toMatchObject({ text: s.chartsHeading });
      } finally {
        await context.close();
      }
    },
  );

  describe.each<['light' | 'dark']>([['light'], ['dark']])('at 375 px, %s', (scheme) => {
    it.each<Lang>(['en', 'es'])(
      'shows the editors as cards, an owner in every field, and passes axe (%s)',
      async (lang) => {
        const t = getStrings(lang);
        const { page, context } = await openPage(browser, `${PREFIX[lang]}/assessments/`, {
          width: 375,
          colorScheme: scheme,
        });
        try {
          const id = await seed(page, lang, 'Phone');
          // The editor's own fragment opens it.
          await openResults(page, lang, id, '#initiatives');
          await page.locator('.initiative-table').waitFor();
          // The menu is one line, not a screenful.
          const menu = page.getByRole('navigation', { name: t.results.sectionsLabel });
          expect((await menu.boundingBox())?.height ?? 999).toBeLessThan(80);
          await page.getByRole('link', { name: t.results.sections.kpis, exact: true }).click();
          await page.locator('.kpi-table').waitFor();
          // Neither editor scrolls sideways or is wider than the window: each is a column of cards.
          const boxes = await page
            .locator('.editor-body .table-scroll, .initiative-table, .kpi-table')
            .evaluateAll((elements) =>
              elements.map((e) => ({
                box: e.getAttribute('class') ?? '',
                scrolls: e.scrollWidth > e.clientWidth + 1,
                width: e.getBoundingClientRect().width,
              })),
            );
          expect(boxes.length).toBe(4);
          expect(boxes.filter((b) => b.scrolls || b.width > 375)).toEqual([]);
          await expectNoHorizontalScroll(page);
          // The last initiative's fields are whole on screen once scrolled to, its owner set.
          const title =
            (await page
              .locator('.initiative-table tbody tr')
              .last()
              .locator('strong')
              .textContent()) ?? '';
          const owner = page.getByRole('textbox', {
            name: format(t.roadmap.ownerLabel, { title }),
          });
          const start = page.getByRole('spinbutton', {
            name: format(t.roadmap.startLabel, { title }),
          });
          for (const field of [owner, start]) {
            await field.scrollIntoViewIfNeeded();
            const box = await field.boundingBox();
            expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
            expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(375);
          }
          const suggested = await owner.inputValue();
          expect(suggested.length).toBeGreaterThan(2);
          // Emptied, the field shows the suggested role again: the one the exports use.
          await owner.fill('');
          await start.focus();
          expect(await owner.inputValue()).toBe(suggested);
          await expectNoAxeViolations(page);
        } finally {
          await context.close();
        }
      },
      // Axe over both editors opened: long on a busy machine.
      SLOW_TEST_MS,
    );
  });
});
