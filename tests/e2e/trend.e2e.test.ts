// The trend across runs and the KPIs' charts on the follow page (#16), as people use them: three
// runs of one organization, the latest not linked yet (one sentence), linked by keyboard (the
// chart and its table with the right figures, what moved most, the blockers resolved), a refused
// link said in the page's language, a KPI measurement and its chart; axe in both schemes and no
// sideways scroll at 320 px, in both languages.
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
import { assessmentKey, changeStoredAssessment, readStoredJson } from './stored';
import { getLocalizedPath, getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import { formatDay } from '~/i18n/format-day';

/** The part of a stored record these tests read and change. */
interface StoredRun {
  assessment: {
    createdAt: string;
    organizationId?: string;
    answers: Record<string, unknown>;
  };
}

/** The page's island data, read for the questionnaire's words. */
interface IslandData {
  dimensions: {
    id: string;
    title: string;
    questions: { id: string; prompt: string; critical: boolean }[];
  }[];
}

/** Three runs: every question at one level, so each score is 25 × the level. */
const RUNS = [
  { name: 'First run', day: '2025-01-15', level: 2 },
  { name: 'Second run', day: '2025-07-15', level: 1 },
  { name: 'Latest run', day: '2026-01-15', level: 3 },
] as const;

/** Seeds the three runs; the first two are one organization's, the latest is not linked yet. */
async function seedRuns(page: Page, lang: Lang): Promise<string[]> {
  const ids: string[] = [];
  for (const run of RUNS) {
    const id = await seedAssessment(page, run.name, { lang, organization: 'Ñandú Ibérica' });
    await changeStoredAssessment<StoredRun>(page, id, ({ assessment }) => {
      assessment.createdAt = `${run.day}T10:00:00.000Z`;
      for (const q of Object.keys(assessment.answers)) assessment.answers[q] = run.level;
      if (ids.length === 1 && ids[0]) assessment.organizationId = ids[0];
    });
    ids.push(id);
  }
  return ids;
}

async function openFollow(page: Page, lang: Lang, id: string): Promise<IslandData> {
  const path = `${getLocalizedPath('/follow/', lang)}?id=${encodeURIComponent(id)}`;
  await page.goto(new URL(path, BASE_URL).href);
  await page.getByRole('heading', { name: getStrings(lang).follow.trend.heading }).waitFor();
  // Parts are drawn as they near the screen, and all of them once the reader moves (a key
  // press here); the page marks its root once all are drawn.
  await page.keyboard.press('Shift');
  await page.locator('.follow[data-drawn]').waitFor();
  return JSON.parse((await page.locator('#follow-data').textContent()) ?? '{}') as IslandData;
}

/** Links the shown run to the first run's organization by keyboard alone. */
async function linkByKeyboard(page: Page, lang: Lang): Promise<void> {
  const t = getStrings(lang).follow.trend;
  const select = page.getByLabel(t.linkLabel);
  await select.focus();
  // The list: its own organization, then the other runs oldest first.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: t.linkSaved }).waitFor();
}

/** The texts of a table's cells in `row`. */
const cells = (row: Locator) => row.getByRole('cell').allTextContents();

/** Whether Chart.js has drawn on the canvas (any pixel not transparent). */
function isDrawn(canvas: Locator): Promise<boolean> {
  return canvas.evaluate((element) => {
    const c = element as HTMLCanvasElement;
    if (c.width === 0 || c.height === 0) return false;
    const pixels = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] !== 0) return true;
    return false;
  });
}

describe.runIf(chromiumAvailable())('trend across runs', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'links the latest run by keyboard and shows its trend, then a KPI chart (%s)',
    async (lang) => {
      const f = getStrings(lang).follow;
      const t = f.trend;
      const { page, context, report } = await openPage(
        browser,
        getLocalizedPath('/assessments/', lang),
      );
      try {
        const [first, , latest] = await seedRuns(page, lang);
        const data = await openFollow(page, lang, latest ?? '');
        await page.getByText(t.oneRun).waitFor();
        expect(
          await page.getByRole('table', { name: /./ }).filter({ hasText: t.index }).count(),
        ).toBe(0);

        await linkByKeyboard(page, lang);
        const stored = await readStoredJson<StoredRun>(page, assessmentKey(latest ?? ''));
        expect(stored?.assessment.organizationId).toBe(first);

        const span = {
          count: 3,
          from: formatDay(RUNS[0].day, lang),
          to: formatDay(RUNS[2].day, lang),
        };
        await page.getByText(format(t.summary, span)).waitFor();
        const table = page.getByRole('table', { name: format(t.tableCaption, span) });
        const headers = await table.getByRole('columnheader').allTextContents();
        expect(headers).toEqual([
          t.areaColumn,
          ...RUNS.map((r) => formatDay(r.day, lang)),
          t.changeColumn,
        ]);
        const row = (name: string) =>
          table
            .getByRole('row')
            .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
        expect(await cells(row(t.index))).toEqual(['50', '25', '75', '+25']);
        for (const d of data.dimensions) {
          expect(await cells(row(d.title))).toEqual(['50', '25', '75', '+25']);
        }

        // What moved most: the first three areas by +25 points; no area slipped.
        const improved = data.dimensions
          .slice(0, 3)
          .map((d) => format(t.areaChange, { area: d.title, change: '+25', from: 50, to: 75 }));
        const section = page.getByRole('region', { name: t.heading });
        const improvedList = section
          .getByRole('heading', { name: t.improved })
          .locator('xpath=following-sibling::ul[1]');
        expect(await improvedList.getByRole('listitem').allTextContents()).toEqual(improved);
        await section.getByText(t.noneSlipped).waitFor();
        // Every critical question was a blocker of the second run (level 1), none of the latest.
        const critical = data.dimensions.flatMap((d) =>
          d.questions.filter((q) => q.critical).map((q) => q.prompt),
        );
        const resolved = section
          .getByRole('heading', { name: format(t.resolved, { count: critical.length }) })
          .locator('xpath=following-sibling::ul[1]');
        expect(await resolved.getByRole('listitem').allTextContents()).toEqual(critical);
        await section.getByText(t.noneAdded).waitFor();

        const canvas = section.getByRole('img', { name: format(t.chartLabel, span) });
        await canvas.scrollIntoViewIfNeeded();
        await expect.poll(() => isDrawn(canvas)).toBe(true);

        // A KPI measurement gets its chart, the table below it.
        const kpi = page
          .getByRole('region', { name: f.page.kpisHeading })
          .getByRole('listitem')
          .first();
        const kpiName = (await kpi.getByRole('heading').first().textContent()) ?? '';
        expect(await kpi.getByRole('img').count()).toBe(0);
        await kpi.getByLabel(new RegExp(`^${f.page.value.split(' (')[0] ?? ''} \\(`)).fill('12');
        await kpi.getByRole('button', { name: f.page.add }).click();
        const today = new Date().toISOString().slice(0, 10);
        const kpiChart = kpi.getByRole('img', {
          name: format(t.kpiChartLabel, {
            kpi: kpiName,
            count: 1,
            from: formatDay(today, lang),
            to: formatDay(today, lang),
          }),
        });
        await kpiChart.scrollIntoViewIfNeeded();
        await expect.poll(() => isDrawn(kpiChart)).toBe(true);
        await kpi
          .getByRole('table', { name: format(f.page.tableCaption, { kpi: kpiName }) })
          .waitFor();

        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
        expect(report.externalRequests).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'says why a link was refused, in the page language, and keeps the stored one (%s)',
    async (lang) => {
      const f = getStrings(lang).follow;
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang));
      try {
        const [, second] = await seedRuns(page, lang);
        await openFollow(page, lang, second ?? '');
        const select = page.getByLabel(f.trend.linkLabel);
        // A value the list never offers, as a hand-edited page could send.
        await select.evaluate((element) => {
          const option = new Option('edited', 'x'.repeat(300));
          (element as HTMLSelectElement).add(option);
          option.selected = true;
        });
        await page.getByRole('button', { name: f.trend.saveLink }).click();
        await expect
          .poll(() => page.getByRole('alert').textContent())
          .toBe(format(f.trend.linkFailed, { reason: f.errors['invalid-id'] }));
        expect(await select.getAttribute('aria-invalid')).toBe('true');
        const stored = await readStoredJson<StoredRun>(page, assessmentKey(second ?? ''));
        expect(stored?.assessment.organizationId).toBeDefined();
        expect(stored?.assessment.organizationId).not.toContain('xxx');
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
      const t = getStrings(lang).follow.trend;
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang), {
        colorScheme: scheme,
        width,
      });
      try {
        const [, second] = await seedRuns(page, lang);
        await openFollow(page, lang, second ?? '');
        const canvas = page.getByRole('region', { name: t.heading }).getByRole('img');
        await canvas.scrollIntoViewIfNeeded();
        await expect.poll(() => isDrawn(canvas)).toBe(true);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      } finally {
        await context.close();
      }
    });
  });
});
