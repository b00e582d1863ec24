// The workshop's consensus rule (#18) on the facilitator's page: declared at setup, shown fixed
// once answers have come in, and named with every consensus flag; in both languages, light and
// dark, with no axe violations and no sideways scroll at 320 px. Screenshots go to SCREENSHOT_DIR
// when it is set. (The second round's facilitator section is not offered until participants can
// answer it on the join page; its domain is tested in tests/domain/workshop/round-two.test.ts.)
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
} from './harness';
import { makeTeamWorkshop, seedWorkshop } from './seed-workshop';
import { format, getStrings, type Lang } from '~/i18n';
import type { Workshop } from '~/domain/workshop/workshop';

const shots = process.env['SCREENSHOT_DIR'];

/** The team's workshop, answered, with the rule declared at setup. */
const workshop: Workshop = { ...makeTeamWorkshop(), consensusRule: 'near-median' };

async function openWorkshop(browser: Browser, lang: Lang, width: number, scheme: 'light' | 'dark') {
  const prefix = lang === 'es' ? '/es' : '';
  const opened = await openPage(browser, `${prefix}/`, { width, colorScheme: scheme });
  await seedWorkshop(opened.page, workshop);
  await opened.page.goto(
    new URL(`${prefix}/workshop/?id=${encodeURIComponent(workshop.id)}`, opened.page.url()).href,
  );
  return opened;
}

/** `text` as a regular expression matching it literally. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function shoot(page: Page, name: string, selector: string): Promise<void> {
  if (!shots) return;
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.locator(selector).screenshot({ path: `${shots}/${name}.png` });
}

describe.runIf(chromiumAvailable())('the workshop’s consensus rule', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<[Lang, number, 'light' | 'dark']>([
    ['en', 1280, 'light'],
    ['es', 1280, 'dark'],
    ['en', 320, 'dark'],
    ['es', 320, 'light'],
  ])(
    'shows the declared rule fixed and names it with each flag (%s, %i px, %s)',
    async (lang, width, scheme) => {
      const t = getStrings(lang).workshop;
      const { page, context } = await openWorkshop(browser, lang, width, scheme);
      try {
        const rule = t.rules.names['near-median'];
        await page
          .getByText(
            format(t.rules.fixed, { rule, description: t.rules.descriptions['near-median'] }),
          )
          .waitFor();
        // Answers are in: the rule can no longer be changed.
        expect(await page.getByRole('radio', { name: rule }).count()).toBe(0);
        const flags = page
          .getByText(format(t.rules.reached, { rule }))
          .or(
            page.getByText(
              new RegExp(
                `^${escape(format(t.rules.notReached, { rule, min: 9, max: 9 })).replace(/9/g, '\\d')}$`,
              ),
            ),
          );
        await flags.first().waitFor();
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
        await shoot(page, `rule-${lang}-${width}-${scheme}`, '.consensus-rule');
      } finally {
        await context.close();
      }
    },
  );
});
