// The workshop's presentation view (#7 item 6) as a facilitator uses it on a projector: one item
// at a time by keyboard, the most disputed question first, no participant names anywhere, full
// screen on demand, accessible in both languages and schemes, and usable at 320 px.
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
import { DISPUTED_QUESTION, TEAM, makeTeamWorkshop, seedWorkshop } from './seed-workshop';
import { format, getStrings, type Lang } from '~/i18n';

/** What people read on the presentation, in one language, from the UI strings. */
function wordsFor(lang: Lang) {
  const t = getStrings(lang).presentation;
  return {
    prefix: lang === 'es' ? '/es' : '',
    overview: t.overviewHeading,
    summary: t.summaryHeading,
    slide: (n: number, total: number) => format(t.slideOf, { n, total }),
    next: t.next,
    fullScreen: t.enterFullScreen,
    // The flag names the declared rule (#18); the seeded workshop keeps the default one.
    noConsensus: format(t.rules.notReached, { rule: t.rules.names.range, min: 0, max: 4 }),
    // The agreed level's words start "Level 1:"; its description follows.
    agreed: format(t.agreedLevel, { n: 1, description: '' }).trim(),
    notFound: t.notFound,
  };
}
const WORDS = { en: wordsFor('en'), es: wordsFor('es') };

const workshop = makeTeamWorkshop();
const prompt = DISPUTED_QUESTION.prompt;

async function openPresentation(page: Page, lang: Lang, id = workshop.id): Promise<void> {
  await page.goto(
    new URL(`${WORDS[lang].prefix}/workshop/present/?id=${encodeURIComponent(id)}`, BASE_URL).href,
  );
}

/** The heading of the slide on show. */
function slideHeading(page: Page) {
  return page.locator('.slide h2');
}

describe.runIf(chromiumAvailable())('the workshop presentation view', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'walks the slides by keyboard, most disputed question first, and names nobody (%s)',
    async (lang) => {
      const w = WORDS[lang];
      const { page, context, report } = await openPage(browser, '/');
      try {
        await seedWorkshop(page, workshop);
        await openPresentation(page, lang);
        await expect.poll(() => slideHeading(page).textContent()).toBe(workshop.organization);
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => slideHeading(page).textContent()).toBe(w.overview);
        // The focus follows the slide, so a screen reader reads the new heading.
        expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
        await page.keyboard.press('PageDown');
        await expect.poll(() => slideHeading(page).textContent()).toBe(prompt[lang]);
        await page.getByText(w.noConsensus).waitFor();
        await page.keyboard.press('End');
        await expect.poll(() => slideHeading(page).textContent()).toBe(w.summary);
        await page.getByText(w.slide(4, 4)).waitFor();
        await page.keyboard.press('Home');
        await expect.poll(() => slideHeading(page).textContent()).toBe(workshop.organization);

        // Every slide, read whole: no participant's name, and not the facilitator's either.
        const texts: string[] = [];
        for (let i = 0; i < 4; i += 1) {
          texts.push((await page.locator('main').textContent()) ?? '');
          if (i < 3) await page.getByRole('button', { name: w.next }).click();
        }
        for (const { name } of TEAM) expect(texts.join(' ')).not.toContain(name);
        expect(texts.join(' ')).not.toContain('Marta');
        expect(report.cspViolations).toEqual([]);
        expect(report.pageErrors).toEqual([]);
        expect(report.externalRequests).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it('shows the agreed level of a disputed question once the team settled it', async () => {
    const settled = {
      ...workshop,
      agreed: {
        [DISPUTED_QUESTION.id]: { value: 1 as const, note: 'Sponsor named, no plan yet.' },
      },
    };
    const { page, context } = await openPage(browser, '/');
    try {
      await seedWorkshop(page, settled);
      await openPresentation(page, 'en');
      await slideHeading(page).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.getByText(WORDS.en.agreed).waitFor();
      await page.getByText('Sponsor named, no plan yet.').waitFor();
    } finally {
      await context.close();
    }
  });

  it('goes full screen with the button and with F', async () => {
    const { page, context } = await openPage(browser, '/');
    try {
      await seedWorkshop(page, workshop);
      await openPresentation(page, 'en');
      const button = page.getByRole('button', { name: WORDS.en.fullScreen });
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      expect(await page.evaluate(() => document.fullscreenElement?.tagName)).toBe('SECTION');
      await page.evaluate(() => document.exitFullscreen());
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
      await page.locator('.slide h2').focus();
      await page.keyboard.press('f');
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    } finally {
      await context.close();
    }
  });

  it.each<[Lang, 'light' | 'dark']>([
    ['en', 'light'],
    ['es', 'dark'],
  ])(
    'has no accessibility violations on any kind of slide, 320 px wide (%s, %s)',
    async (lang, scheme) => {
      const { page, context } = await openPage(browser, '/', { width: 320, colorScheme: scheme });
      try {
        await seedWorkshop(page, workshop);
        await openPresentation(page, lang);
        for (let i = 0; i < 4; i += 1) {
          await slideHeading(page).waitFor();
          await expectNoAxeViolations(page);
          await expectNoHorizontalScroll(page);
          await page.keyboard.press('ArrowRight');
        }
      } finally {
        await context.close();
      }
    },
  );

  it('says so when the workshop is not in this browser', async () => {
    const { page, context } = await openPage(browser, '/');
    try {
      await openPresentation(page, 'es', 'no-such-workshop');
      await page.getByRole('alert').filter({ hasText: WORDS.es.notFound }).waitFor();
    } finally {
      await context.close();
    }
  });
});
