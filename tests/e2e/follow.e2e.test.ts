// "Follow the plan" (#16) as people use it: record an initiative's progress and a KPI measurement,
// reload and find them kept; a refused value says why in the page's language and changes nothing
// stored; axe in both schemes and no sideways scroll at 320 and 375 px, in both languages.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
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
import { changeStoredAssessment, assessmentKey, readStoredJson } from './stored';
import { INITIATIVE_STATUSES } from '~/domain/assessment/assessment';
import { getLocalizedPath, getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import { formatDay } from '~/i18n/format-day';

/** A number as each language types it, and as the page shows it back. */
const TYPED = { en: '12.5', es: '12,5' } as const;

/** The part of a stored record these tests read and change. */
interface StoredPlan {
  assessment: {
    plan?: {
      planStart?: string;
      progress?: Record<string, { status: string; actualStart?: string }>;
      measurements?: Record<string, { date: string; value: number }[]>;
    } & Record<string, unknown>;
  };
}

/** A day `days` before today, yyyy-mm-dd (UTC, as the page counts days). */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
const PLAN_START = daysAgo(70);

/** An answered assessment whose plan started ten weeks ago. */
async function seed(page: Page, lang: Lang, name: string): Promise<string> {
  const id = await seedAssessment(page, name, {
    lang,
    profile: { 'company-size': 'small', channels: ['sales-force'] },
  });
  await changeStoredAssessment<StoredPlan>(page, id, ({ assessment }) => {
    assessment.plan = {
      ambition: 'competitive',
      targets: {},
      excluded: [],
      startWeeks: {},
      owners: {},
      kpis: {},
      ...assessment.plan,
      planStart: PLAN_START,
    };
  });
  return id;
}

async function openFollow(page: Page, lang: Lang, id: string): Promise<void> {
  const path = `${getLocalizedPath('/follow/', lang)}?id=${encodeURIComponent(id)}`;
  await page.goto(new URL(path, BASE_URL).href);
  await page.getByRole('heading', { name: getStrings(lang).follow.page.standingHeading }).waitFor();
  // Parts are drawn as they near the screen, and all of them once the reader moves (a key
  // press here); the page marks its root once all are drawn.
  await page.keyboard.press('Shift');
  await page.locator('.follow[data-drawn]').waitFor();
}

function readPlan(page: Page, id: string) {
  return readStoredJson<StoredPlan>(page, assessmentKey(id)).then((r) => r?.assessment.plan);
}

/** The first initiative's card and the first KPI's card, with their titles. */
async function cards(page: Page, lang: Lang) {
  const p = getStrings(lang).follow.page;
  const initiative = page
    .getByRole('region', { name: p.standingHeading })
    .getByRole('listitem')
    .filter({ has: page.getByRole('radio') })
    .first();
  const kpi = page.getByRole('region', { name: p.kpisHeading }).getByRole('listitem').first();
  const initiativeTitle = (await initiative.getByRole('heading').textContent()) ?? '';
  const kpiTitle = (await kpi.getByRole('heading').textContent()) ?? '';
  return { initiative, kpi, initiativeTitle, kpiTitle };
}

/** The measured value's field of a KPI card ("Value (%)", "Valor (%)"). */
const valueField = (kpi: Locator, lang: Lang) =>
  kpi.getByLabel(new RegExp(`^${getStrings(lang).follow.page.value.split(' (')[0] ?? ''} \\(`));

describe.runIf(chromiumAvailable())('follow the plan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'keeps a status, an actual start and a measurement across a reload (%s)',
    async (lang) => {
      const t = getStrings(lang).follow;
      const p = t.page;
      const { page, context, report } = await openPage(
        browser,
        getLocalizedPath('/assessments/', lang),
      );
      try {
        const id = await seed(page, lang, 'Follow through');
        // Each card of the assessments page leads to the page.
        await page.goto(new URL(getLocalizedPath('/assessments/', lang), BASE_URL).href);
        const followLabel = getStrings(lang).assessments.followLabel;
        await page
          .getByRole('link', { name: format(followLabel, { name: 'Follow through' }) })
          .click();
        await page.getByRole('heading', { name: p.standingHeading }).waitFor();
        // Cards far down the page are drawn once the reader moves (a key press here).
        await page.keyboard.press('Shift');
        expect(await page.title()).toContain(p.title);
        // Days read as the page's language writes them, not as stored (yyyy-mm-dd).
        await page
          .getByText(formatDay(PLAN_START, lang, 'long'), { exact: false })
          .first()
          .waitFor();
        expect(await page.getByText(PLAN_START).count()).toBe(0);

        const { initiative, kpi, initiativeTitle, kpiTitle } = await cards(page, lang);
        await initiative.getByRole('radio', { name: t.statuses['in-progress'] }).check();
        await expect.poll(() => initiative.getByRole('status').textContent()).toBe(p.saved);
        await initiative.getByText(p.datesAndNote).click();
        await initiative.getByLabel(p.actualStart).fill(PLAN_START);
        await initiative.getByRole('button', { name: p.saveDates }).click();
        await valueField(kpi, lang).fill(TYPED[lang]);
        await kpi.getByRole('button', { name: p.add }).click();
        const table = kpi.getByRole('table', { name: format(p.tableCaption, { kpi: kpiTitle }) });
        await expect.poll(() => table.getByRole('cell').first().textContent()).toBe(TYPED[lang]);

        await page.reload();
        await page.getByRole('heading', { name: p.standingHeading }).waitFor();
        await page.keyboard.press('Shift');
        const again = page.getByRole('listitem').filter({
          has: page.getByRole('heading', { name: initiativeTitle, exact: true }),
        });
        expect(
          await again.getByRole('radio', { name: t.statuses['in-progress'] }).first().isChecked(),
        ).toBe(true);
        expect(await again.getByLabel(p.actualStart).first().inputValue()).toBe(PLAN_START);
        // The timeline shows the actual start against the planned one.
        const row = page
          .getByRole('table', { name: p.timelineCaption })
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: initiativeTitle, exact: true }) });
        expect(await row.getByRole('cell').nth(2).textContent()).toBe(
          format(p.span, { from: formatDay(PLAN_START, lang), to: p.noDay }),
        );
        const kept = page.getByRole('table', { name: format(p.tableCaption, { kpi: kpiTitle }) });
        expect(await kept.getByRole('cell').first().textContent()).toBe(TYPED[lang]);
        const plan = await readPlan(page, id);
        expect(Object.values(plan?.progress ?? {})).toContainEqual({
          status: 'in-progress',
          actualStart: PLAN_START,
        });
        expect(Object.values(plan?.measurements ?? {}).flat()).toEqual([
          { date: daysAgo(0), value: 12.5 },
        ]);
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'refuses a value that is not a number and a finish in the future, changing nothing (%s)',
    async (lang) => {
      const t = getStrings(lang).follow;
      const p = t.page;
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang));
      try {
        const id = await seed(page, lang, 'Bad values');
        await openFollow(page, lang, id);
        const before = await readPlan(page, id);
        const { initiative, kpi } = await cards(page, lang);

        const value = valueField(kpi, lang);
        await value.fill('twelve');
        await kpi.getByRole('button', { name: p.add }).click();
        await expect
          .poll(() => kpi.getByRole('alert').textContent())
          .toBe(t.errors['not-a-number']);
        expect(await value.getAttribute('aria-invalid')).toBe('true');
        expect(await kpi.getByRole('table').count()).toBe(0);

        await initiative.getByText(p.datesAndNote).click();
        await initiative.getByLabel(p.actualFinish).fill(daysAgo(-30));
        await initiative.getByRole('button', { name: p.saveDates }).click();
        await expect
          .poll(() => initiative.getByRole('alert').textContent())
          .toBe(`${t.errors['future-date']} ${format(p.kept, { value: p.none })}`);

        expect(await readPlan(page, id)).toEqual(before);
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'draws the cards near the screen at once, and every card once the reader moves (%s)',
    async (lang) => {
      const p = getStrings(lang).follow.page;
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang));
      try {
        const id = await seed(page, lang, 'Near the screen');
        const path = `${getLocalizedPath('/follow/', lang)}?id=${encodeURIComponent(id)}`;
        await page.goto(new URL(path, BASE_URL).href);
        const initiatives = page
          .getByRole('region', { name: p.standingHeading })
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { level: 3 }) });
        const kpis = page.getByRole('region', { name: p.kpisHeading }).getByRole('listitem');
        // The first card, near the screen, is drawn without the reader doing anything.
        await initiatives.first().getByRole('radio').first().waitFor();
        // Every card's heading is on the page from the start (headings, find in page); the last
        // ones, screens away, are not drawn until the reader moves.
        const count = await initiatives.count();
        expect(count).toBeGreaterThan(8);
        expect((await initiatives.last().getByRole('heading').textContent())?.trim()).not.toBe('');
        expect(await initiatives.last().getByRole('radio').count()).toBe(0);
        expect(await kpis.last().getByRole('button', { name: p.add }).count()).toBe(0);
        expect(await page.locator('.follow[data-drawn]').count()).toBe(0);
        // The first key press draws every part, one per frame, before Tab can reach it.
        await page.keyboard.press('Tab');
        await page.locator('.follow[data-drawn]').waitFor();
        expect(await initiatives.count()).toBe(count);
        expect(await initiatives.last().getByRole('radio').count()).toBe(
          INITIATIVE_STATUSES.length,
        );
        expect(await kpis.last().getByRole('button', { name: p.add }).count()).toBe(1);
        await page.getByRole('table', { name: p.timelineCaption }).waitFor();
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'changes a status with one key press, and drops only with a reason, by keyboard (%s)',
    async (lang) => {
      const t = getStrings(lang).follow;
      const p = t.page;
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang));
      try {
        const id = await seed(page, lang, 'Keyboard');
        await openFollow(page, lang, id);
        const { initiative } = await cards(page, lang);
        await initiative.getByRole('radio', { name: t.statuses['not-started'] }).focus();
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => initiative.getByRole('status').textContent()).toBe(p.saved);
        expect(
          await initiative.getByRole('radio', { name: t.statuses['in-progress'] }).isChecked(),
        ).toBe(true);
        // Two more steps reach "Dropped", which asks why before anything is stored.
        await page.keyboard.press('ArrowRight');
        await page.keyboard.press('ArrowRight');
        const reason = initiative.getByLabel(p.reason);
        await reason.waitFor();
        await page.keyboard.press('Tab');
        expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
        await page.keyboard.press('Enter');
        await expect
          .poll(() => initiative.getByRole('alert').textContent())
          .toBe(t.errors['reason-required']);
        await reason.fill('Merged into the process redesign');
        await page.keyboard.press('Enter');
        await initiative
          .getByText(format(p.reasonShown, { reason: 'Merged into the process redesign' }))
          .waitFor();
        const plan = await readPlan(page, id);
        expect(Object.values(plan?.progress ?? {})).toContainEqual({
          status: 'dropped',
          reason: 'Merged into the process redesign',
        });
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'downloads reminders with the milestones, the KPI reviews and the day to assess again (%s)',
    async (lang) => {
      const p = getStrings(lang).follow.page;
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang));
      try {
        const id = await seed(page, lang, 'Reminders');
        await openFollow(page, lang, id);
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: p.reminders }).click(),
        ]);
        expect(file.suggestedFilename()).toMatch(/-reminders\.ics$/);
        const text = readFileSync(await file.path(), 'utf8');
        expect(text).toContain('BEGIN:VCALENDAR');
        expect(text).toContain(`CATEGORIES:${getStrings(lang).roadmap.csv.plan}`);
        expect(text).toContain(`SUMMARY:${p.reviewReminder}: `);
        expect(text).toContain(`SUMMARY:${p.reassessReminder}`);
        await page
          .getByRole('status')
          .filter({ hasText: format(p.downloaded, { file: file.suggestedFilename() }) })
          .waitFor();
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'downloads the board summary: one A4 page in the page language, with the plan status (%s)',
    async (lang) => {
      const t = getStrings(lang);
      const p = t.follow.page;
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang));
      try {
        const id = await seed(page, lang, 'Board');
        await changeStoredAssessment<StoredPlan>(page, id, ({ assessment }) => {
          // Started long ago, so that the summary has late initiatives to name.
          assessment.plan = { ...assessment.plan, planStart: daysAgo(400) };
        });
        await openFollow(page, lang, id);
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: p.board }).click(),
        ]);
        expect(file.suggestedFilename()).toMatch(/^crm-board-summary-.*\.pdf$/);
        const path = await file.path();
        expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
        const text = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
        for (const heading of [t.report.boardTitle, t.report.boardGapsHeading]) {
          expect(text).toContain(heading);
        }
        expect(text).toContain(t.report.boardPlanHeading);
        expect(text).toContain(t.report.boardTrendOne.split(':')[0]);
        await page
          .getByRole('status')
          .filter({ hasText: format(p.downloaded, { file: file.suggestedFilename() }) })
          .waitFor();
      } finally {
        await context.close();
      }
    },
  );

  describe.each<['light' | 'dark', number]>([
    ['light', 375],
    ['dark', 320],
  ])('in the %s scheme', (scheme, width) => {
    it.each<Lang>(['en', 'es'])(`passes axe and fits ${width} px (%s)`, async (lang) => {
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang), {
        colorScheme: scheme,
        width,
      });
      try {
        const id = await seed(page, lang, 'Axe follow');
        await changeStoredAssessment<StoredPlan>(page, id, ({ assessment }) => {
          // Late initiatives and due KPIs, so that their lines are drawn too.
          assessment.plan = { ...assessment.plan, planStart: daysAgo(400) };
        });
        await openFollow(page, lang, id);
        // The dates, notes and KPI figures behind their disclosures are checked too.
        await page
          .locator('details')
          .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        // Their fields are drawn once they are opened.
        await expect
          .poll(() => page.locator('details.follow-more[open]:not(:has(form))').count())
          .toBe(0);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      } finally {
        await context.close();
      }
    });
  });
});
