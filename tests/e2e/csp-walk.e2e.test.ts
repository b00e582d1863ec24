// The CSP and off-host walk (#8): every built page in both languages, then the main flows (start,
// answer, results, roadmap edits, downloads, the PDF, the decision page's inputs, export, import,
// share link, and a workshop's pages and invitation link), failing on any Content-Security-Policy violation, console error, uncaught
// exception or request to a host other than this machine. The page list is read from
// tests/bench/budgets.json, which must name every built page: a page added there is walked too.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { format, getLocalizedPath, getStrings, type Lang } from '~/i18n';
import { BASE_URL, chromiumAvailable, launchBrowser, openPage, type PageReport } from './harness';
import { buildInvitation } from '~/domain/workshop/create-workshop';
import { encodeInvitationCode } from '~/domain/workshop/invitation-transfer';
import { seedAssessment } from './seed';
import { openEditors } from './results-editors';
import { makeTeamWorkshop, seedWorkshop } from './seed-workshop';

/** Every built page, from the JavaScript budgets (tests/bench/budgets.mjs fails on a page without one). */
const PAGES = Object.keys(
  (
    JSON.parse(readFileSync(new URL('../bench/budgets.json', import.meta.url), 'utf8')) as {
      pages: Record<string, number>;
    }
  ).pages,
).filter((route) => route !== '*');

/** Fails, listing everything that went wrong, if the page did anything the walk forbids. */
function expectClean(report: PageReport): void {
  const { cspViolations, consoleErrors, pageErrors, externalRequests } = report;
  expect({ cspViolations, consoleErrors, pageErrors, externalRequests }).toEqual({
    cspViolations: [],
    consoleErrors: [],
    pageErrors: [],
    externalRequests: [],
  });
}

/** Waits until every island on the page has hydrated and drawn its later sections. */
async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('astro-island[ssr]') === null);
  // Long pages draw the sections below the first screen one frame at a time.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
}

/** Clicks `button` and returns the download it starts. */
async function download(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).first().click(),
  ]);
  expect(await file.failure()).toBeNull();
  return file.path();
}

describe.runIf(chromiumAvailable())('the CSP and off-host walk', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('covers both languages of every page', () => {
    expect(PAGES).toContain('/');
    expect(PAGES).toContain('/es/');
    expect(PAGES.length).toBeGreaterThanOrEqual(13);
  });

  it('notices what it forbids: an inline script, a fetch and a page off this machine', async () => {
    const { page, context, report } = await openPage(browser, '/assessments/');
    try {
      await page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        await fetch('https://example.com/').catch(() => undefined);
      });
      await expect.poll(() => report.cspViolations.length).toBeGreaterThanOrEqual(2);
      expect(report.cspViolations.map((v) => v.directive).sort()).toEqual([
        'connect-src',
        'script-src-elem',
      ]);
      expect(await page.evaluate(() => 'inlineRan' in window)).toBe(false);
      // A navigation is not the CSP's to block: the watch on requests sees it.
      await page.goto('https://example.com/').catch(() => undefined);
      expect(report.externalRequests).toEqual(['https://example.com/']);
    } finally {
      await context.close();
    }
  });

  it.each(PAGES)('%s loads with no violation, error or off-host request', async (route) => {
    const { page, context, report } = await openPage(browser, route);
    try {
      await waitForIslands(page);
      expect(await page.locator('main').count()).toBe(1);
      expect((await page.title()).trim()).not.toBe('');
      expectClean(report);
    } finally {
      await context.close();
    }
  });

  it.each([
    '/assess/?id=constructor',
    '/results/?id=__proto__',
    '/es/results/?id=toString',
    '/decision/?id=hasOwnProperty',
    '/workshop/?id=constructor',
    '/es/workshop/present/?id=__proto__',
  ])('%s finds no assessment and breaks nothing (#8)', async (path) => {
    const { page, context, report } = await openPage(browser, path);
    try {
      await waitForIslands(page);
      if (!path.includes('/decision/')) await page.getByRole('alert').first().waitFor();
      expectClean(report);
    } finally {
      await context.close();
    }
  });

  it.each<Lang>(['en', 'es'])(
    'walks the main flows with no violation, error or off-host request (%s)',
    async (lang) => {
      const s = getStrings(lang);
      const at = (route: string) => new URL(getLocalizedPath(route, lang), BASE_URL).href;
      const { page, context, report } = await openPage(browser, at('/assessments/'));
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write']);
        // Start an assessment through the form, answer one question in the wizard.
        const id = await seedAssessment(page, 'Walk', { lang, shift: 1 });
        await page.goto(`${at('/assess/')}?id=${id}&step=strategy`);
        await page.locator('fieldset.question input[type="radio"]').first().check();

        // Results: charts (Chart.js), roadmap edits, every download, the PDF (jsPDF).
        await page.goto(`${at('/results/')}?id=${id}`);
        await openEditors(page, ['initiatives']);
        const table = page.locator('.initiative-table');
        await page.locator('canvas').first().scrollIntoViewIfNeeded();
        await expect
          .poll(() => report.jsResponses.some((url) => /\/chart\.[\w-]+\.js$/.test(url)))
          .toBe(true);
        const title = (await table.locator('tbody tr strong').first().textContent()) ?? '';
        await page
          .getByRole('textbox', { name: format(s.roadmap.ownerLabel, { title }) })
          .fill('Marta');
        await page
          .getByRole('checkbox', { name: format(s.roadmap.includeLabel, { title }) })
          .uncheck();
        for (const name of [s.roadmap.csvInitiatives, s.roadmap.csvKpis, s.roadmap.ics]) {
          await download(page, name);
        }
        await download(page, s.results.pdfButton);

        // Decision page: a weight, a refused number, a valid one, the cost chart.
        await page.goto(`${at('/decision/')}?id=${id}`);
        const weight = format(s.decision.weightLabel, { criterion: '' });
        // "Weight of …": the name starts so for every criterion (a substring match).
        await page.getByRole('combobox', { name: weight }).first().selectOption('0');
        const users = page.getByRole('textbox', { name: s.decision.usersLabel });
        await users.fill('-5');
        await users.fill('25');
        await page.locator('canvas').first().scrollIntoViewIfNeeded();
        await page.locator('canvas').first().waitFor();

        // Export, import the file back (keeping both), and copy and open a share link.
        await page.goto(at('/assessments/'));
        const file = await download(page, s.assessments.export);
        await page.getByLabel(s.assessments.importLabel).setInputFiles(file);
        const dialog = page.getByRole('dialog', { name: s.assessments.clashTitle });
        await dialog.getByRole('button', { name: s.assessments.keepBoth }).click();
        await page.getByText(format(s.assessments.imported, { name: 'Walk' })).waitFor();
        await page.getByRole('button', { name: s.assessments.share }).first().click();
        await page.getByText(s.assessments.shareCopied.split('.')[0] ?? '').waitFor();
        const link = await page.evaluate(() => navigator.clipboard.readText());
        // A full load, as when the link is opened (a change of fragment alone does not reload).
        await page.goto('about:blank');
        await page.goto(link);
        const offer = page.getByRole('region', { name: s.assessments.shareHeading });
        await offer.getByRole('button', { name: s.assessments.shareImport }).click();
        await dialog.getByRole('button', { name: s.assessments.keepBoth }).click();
        await expect.poll(() => page.getByRole('heading', { name: 'Walk' }).count()).toBe(3);

        // A workshop with answers handed in: its page, its presentation, and an invitation link.
        const team = makeTeamWorkshop();
        await seedWorkshop(page, team);
        await page.goto(`${at('/workshop/')}?id=${team.id}`);
        await waitForIslands(page);
        await page.goto(`${at('/workshop/present/')}?id=${team.id}`);
        await waitForIslands(page);
        const invitation = buildInvitation(team, team.participants[0]?.id ?? '');
        if (!invitation) throw new Error('The team workshop invites its first participant.');
        await page.goto(`${at('/join/')}#${await encodeInvitationCode(invitation)}`);
        await waitForIslands(page);
        expectClean(report);
      } finally {
        await context.close();
      }
    },
  );
});
