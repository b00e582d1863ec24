// The static pages' contract: language, headings, metadata, language switch, accessibility,
// layout at small widths, and no JavaScript. Privacy and the CSP (no request off this machine, no
// violation or error) are checked for every page by csp-walk.e2e.test.ts.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
} from './harness';
import { getStrings } from '~/i18n';

/** Each language's own name, as the language switch shows it. */
const ENGLISH = getStrings('en').meta.languageName;
const SPANISH = getStrings('es').meta.languageName;

interface SitePage {
  path: string;
  lang: 'en' | 'es';
  /** Accessible name of the link to the other language. */
  switchName: string;
  /** The same page in the other language. */
  counterpart: string;
  /** The English and Spanish versions, for hreflang. */
  en: string;
  es: string;
  /** The method page this page links to, for landing pages. */
  methodLink?: string;
}

const PAGES: SitePage[] = [
  {
    path: '/',
    lang: 'en',
    switchName: SPANISH,
    counterpart: '/es/',
    en: '/',
    es: '/es/',
    methodLink: '/method/',
  },
  {
    path: '/es/',
    lang: 'es',
    switchName: ENGLISH,
    counterpart: '/',
    en: '/',
    es: '/es/',
    methodLink: '/es/method/',
  },
  {
    path: '/method/',
    lang: 'en',
    switchName: SPANISH,
    counterpart: '/es/method/',
    en: '/method/',
    es: '/es/method/',
  },
  {
    path: '/es/method/',
    lang: 'es',
    switchName: ENGLISH,
    counterpart: '/method/',
    en: '/method/',
    es: '/es/method/',
  },
];

const LANDING_PAGES = PAGES.filter((page) => page.methodLink !== undefined);

// Without Chromium these are skipped here; tests/e2e/run.mjs says so loudly (and fails under CI).
describe.runIf(chromiumAvailable())('static pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(PAGES)('$path', (site) => {
    it(`renders in ${site.lang} with one h1, a title, a description and absolute hreflang links`, async () => {
      const { page, context } = await openPage(browser, site.path);
      try {
        expect(await page.locator('html').getAttribute('lang')).toBe(site.lang);
        await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
        expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
        expect((await page.title()).trim()).not.toBe('');
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        expect(description?.trim()).toBeTruthy();
        const alternates = await page
          .locator('link[rel="alternate"][hreflang]')
          .evaluateAll((links) =>
            links.map((link): [string, string] => [
              link.getAttribute('hreflang') ?? '',
              link.getAttribute('href') ?? '',
            ]),
          );
        const byLang = new Map(alternates);
        expect([...byLang.keys()].sort()).toEqual(['en', 'es', 'x-default']);
        for (const href of byLang.values()) expect(href).toMatch(/^https?:\/\//);
        const pathOf = (lang: string): string => new URL(byLang.get(lang) ?? '', BASE_URL).pathname;
        expect([pathOf('en'), pathOf('es'), pathOf('x-default')]).toEqual([
          site.en,
          site.es,
          site.en,
        ]);
      } finally {
        await context.close();
      }
    });

    it(`has a language switch named "${site.switchName}" leading to ${site.counterpart}`, async () => {
      const { page, context } = await openPage(browser, site.path);
      try {
        await page.getByRole('link', { name: site.switchName, exact: true }).first().click();
        await page.waitForURL(`${BASE_URL}${site.counterpart}`);
        expect(await page.locator('html').getAttribute('lang')).toBe(
          site.lang === 'en' ? 'es' : 'en',
        );
      } finally {
        await context.close();
      }
    });

    it.each(['light', 'dark'] as const)(
      'has no axe violations in the %s scheme',
      async (scheme) => {
        const { page, context } = await openPage(browser, site.path, { colorScheme: scheme });
        try {
          await expectNoAxeViolations(page);
        } finally {
          await context.close();
        }
      },
    );

    it.each([320, 375])('does not scroll horizontally at %i px', async (width) => {
      const { page, context } = await openPage(browser, site.path, { width });
      try {
        await expectNoHorizontalScroll(page);
      } finally {
        await context.close();
      }
    });

    it('loads no JavaScript', async () => {
      const { page, context, report } = await openPage(browser, site.path);
      try {
        expect(await page.locator('script[src]').count()).toBe(0);
        expect(await page.locator('astro-island').count()).toBe(0);
        const inlineScripts = await page
          .locator('script:not([src])')
          .evaluateAll(
            (scripts) =>
              scripts.filter((script) =>
                ['', 'module', 'text/javascript', 'application/javascript'].includes(
                  (script.getAttribute('type') ?? '').toLowerCase(),
                ),
              ).length,
          );
        expect(inlineScripts).toBe(0);
        expect(report.jsResponses).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  describe.each(LANDING_PAGES)('$path', (site) => {
    it(`links to the method page ${site.methodLink}`, async () => {
      const { page, context } = await openPage(browser, site.path);
      try {
        const hrefs = await page
          .getByRole('link')
          .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
        expect(hrefs.map((href) => new URL(href).pathname)).toContain(site.methodLink);
      } finally {
        await context.close();
      }
    });
  });
});
