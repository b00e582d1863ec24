// The plan as a team reads it (#13), in both languages: on the results page the plan's focus, what
// else the first go-live needs, the first 100 days with the first go-live and the later work, found
// by role and accessible name; an initiative left out and brought back moves between the lists;
// the PDF has the three sections and a go-live marker on its timeline.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, getStrings, type Lang } from '~/i18n';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  launchBrowser,
  openPage,
} from './harness';
import { seedAssessment } from './seed';

/** A template as a pattern: its words literal, each `{placeholder}` a lazy capture. */
function templatePattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(escaped.replace(/\{(\w+)\}/g, '(.+?)'));
}

/** The text of a template before its first placeholder. */
const before = (template: string) => template.split('{')[0] ?? '';

/** The titles of a list's "Leave out" buttons, read from their accessible names. */
async function titlesOf(page: Page, list: string, leaveOutLabel: string): Promise<string[]> {
  const labels = await page
    .getByRole('list', { name: list, exact: true })
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  const pattern = templatePattern(leaveOutLabel);
  return labels.map((label) => pattern.exec(label)?.[1] ?? label);
}

describe.runIf(chromiumAvailable())('the plan on the results page and in the PDF (#13)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'shows the plan, what the first go-live needs, the first 100 days and later work (%s)',
    async (lang) => {
      const t = getStrings(lang);
      const s = t.roadmap;
      const prefix = lang === 'es' ? '/es' : '';
      const { page, context, report } = await openPage(browser, `${prefix}/assessments/`);
      try {
        const id = await seedAssessment(page, 'Plan', {
          lang,
          profile: { 'company-size': 'micro', channels: ['sales-force', 'internet'] },
        });
        await page.goto(new URL(`${prefix}/results/?id=${id}`, BASE_URL).href);

        // The plan: a handful, ranked.
        const focus = page.getByRole('list', { name: s.planHeading, exact: true });
        await focus.waitFor();
        const focusCount = await focus.getByRole('listitem').count();
        expect(focusCount).toBeGreaterThanOrEqual(8);
        expect(focusCount).toBeLessThanOrEqual(10);

        // Also needed for the first go-live: shown with its count, opened on demand.
        const neededHeading = page.getByRole('heading', { name: before(s.neededHeading) });
        // textContent, not innerText: the plan's part is below the first screen, and a part the
        // browser has not laid out yet (content-visibility: auto) has no rendered text.
        const neededCount = Number(
          templatePattern(s.neededHeading).exec((await neededHeading.textContent()) ?? '')?.[1],
        );
        expect(neededCount).toBeGreaterThan(0);
        await neededHeading.click();
        const needed = page.getByRole('list', {
          name: format(s.neededHeading, { count: neededCount }),
        });
        await needed.waitFor();
        expect(await needed.getByRole('listitem').count()).toBe(neededCount);
        // With every list open, the buttons and lists pass axe.
        await expectNoAxeViolations(page);

        // The first 100 days and the first go-live, by week 20 for a micro firm.
        const firstDays = page.getByRole('list', { name: s.firstDaysHeading, exact: true });
        expect(await firstDays.getByRole('listitem').count()).toBeGreaterThan(3);
        const goLiveText = (await page.getByText(before(s.firstGoLive)).textContent()) ?? '';
        const [, channel, week] = templatePattern(s.firstGoLive).exec(goLiveText) ?? [];
        expect(channel).toBe(s.channels['sales-force']);
        expect(Number(week)).toBeLessThanOrEqual(20);

        // Later: leave one out, see it move to "Left out of the plan", bring it back.
        const later = page.getByRole('list', { name: s.laterHeading, exact: true });
        const laterTitles = await titlesOf(page, s.laterHeading, s.leaveOutLabel);
        expect(laterTitles.length).toBeGreaterThan(0);
        const title = laterTitles[0]!;
        await page.getByRole('button', { name: format(s.leaveOutLabel, { title }) }).click();
        const putBack = page.getByRole('checkbox', { name: format(s.includeLabel, { title }) });
        await putBack.waitFor();
        expect(await titlesOf(page, s.laterHeading, s.leaveOutLabel)).not.toContain(title);
        expect(
          await page.getByRole('list', { name: s.excludedHeading, exact: true }).textContent(),
        ).toContain(title);
        // A plain click, as a user's: the box leaves the list as it is ticked.
        await putBack.evaluate((box: HTMLInputElement) => box.click());
        await later.getByRole('button', { name: format(s.leaveOutLabel, { title }) }).waitFor();
        expect(await titlesOf(page, s.laterHeading, s.leaveOutLabel)).toEqual(laterTitles);

        // The PDF: the three sections and the first go-live marked on the timeline.
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: t.results.pdfButton }).click(),
        ]);
        const text = execFileSync('pdftotext', ['-raw', await download.path(), '-'], {
          encoding: 'utf8',
        });
        for (const heading of [t.report.planHeading, t.report.firstDaysHeading]) {
          expect(text).toContain(heading);
        }
        expect(text.replace(/\s+/g, ' ')).toContain(t.report.laterHeading);
        expect(text).toContain(
          format(t.report.goLiveMarker, { channel: s.channels['sales-force'], week: Number(week) }),
        );
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
    // Seeding, axe, leaving out and bringing back, and a PDF: on a busy 2-core machine.
    180_000,
  );
});
