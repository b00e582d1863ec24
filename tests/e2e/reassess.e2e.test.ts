// Reassessing (#16) as people do it: an assessment with progress on its plan, the next one started
// by keyboard (from its card in English, from the follow page in Spanish), a blank name refused
// inline, last time's answer under a question and never chosen, "Start from last time's answers",
// and results that compare with the earlier run, still after a reload. Axe and 320 px on the way.
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
import { assessmentKey, changeStoredAssessment, readStoredJson, storedKeys } from './stored';
import { getLocalizedPath, getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';

/** The part of a stored record these tests read and change. */
interface StoredRun {
  assessment: {
    name: string;
    previousId?: string;
    organizationId?: string;
    answers: Record<string, unknown>;
    profile: Record<string, unknown>;
    plan?: {
      compareWith?: string;
      carriedOver?: string[];
      progress?: Record<string, { status: string }>;
    } & Record<string, unknown>;
  };
}

const EARLIER = { en: 'Spring review', es: 'Revisión de primavera' } as const;
const NEXT = { en: 'Autumn review', es: 'Revisión de otoño' } as const;

/** A day `days` before today, yyyy-mm-dd (UTC). */
const daysAgo = (days: number) =>
  new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** An answered assessment whose plan started ten weeks ago. */
async function seed(page: Page, lang: Lang): Promise<string> {
  const id = await seedAssessment(page, EARLIER[lang], {
    lang,
    profile: { 'company-size': 'small', channels: ['sales-force'] },
  });
  await changeStoredAssessment<StoredRun>(page, id, ({ assessment }) => {
    assessment.plan = {
      ambition: 'competitive',
      targets: {},
      excluded: [],
      startWeeks: {},
      owners: {},
      kpis: {},
      ...assessment.plan,
      planStart: daysAgo(70),
    };
  });
  return id;
}

async function openFollow(page: Page, lang: Lang, id: string, hash = ''): Promise<void> {
  const path = `${getLocalizedPath('/follow/', lang)}?id=${encodeURIComponent(id)}${hash}`;
  await page.goto(new URL(path, BASE_URL).href);
  await page.getByRole('heading', { name: getStrings(lang).follow.page.standingHeading }).waitFor();
  // Parts are drawn as they near the screen, and all of them once the reader moves (a key
  // press here); the page marks its root once all are drawn.
  await page.keyboard.press('Shift');
  await page.locator('.follow[data-drawn]').waitFor();
}

const readRun = (page: Page, id: string) =>
  readStoredJson<StoredRun>(page, assessmentKey(id)).then((r) => r?.assessment);

/** Marks the plan's first initiative done on the follow page; returns its id. */
async function finishFirstInitiative(page: Page, lang: Lang, id: string): Promise<string> {
  const t = getStrings(lang).follow;
  const first = page
    .getByRole('region', { name: t.page.standingHeading })
    .getByRole('listitem')
    .filter({ has: page.getByRole('radio') })
    .first();
  await first.getByRole('radio', { name: t.statuses.done }).check();
  await expect.poll(() => first.getByRole('status').textContent()).toBe(t.page.saved);
  const progress = (await readRun(page, id))?.plan?.progress ?? {};
  return Object.keys(progress)[0] ?? '';
}

/** Presses Tab until `name`'s control has the focus (at most `max` times). */
async function tabTo(page: Page, name: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
    if (label === name) return;
  }
  throw new Error(`Tab never reached “${name}”`);
}

describe.runIf(chromiumAvailable())('reassess', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'starts the next assessment by keyboard, shows and copies last time’s answers, and compares the results (%s)',
    async (lang) => {
      const t = getStrings(lang);
      const r = t.assessments.reassess;
      const w = t.wizard.reassess;
      const { page, context, report } = await openPage(
        browser,
        getLocalizedPath('/assessments/', lang),
      );
      try {
        const earlierId = await seed(page, lang);
        await openFollow(page, lang, earlierId);
        const done = await finishFirstInitiative(page, lang, earlierId);
        expect(done).not.toBe('');

        if (lang === 'en') {
          // From the assessment's card: its link opens the follow page's form.
          await page.goto(new URL(getLocalizedPath('/assessments/', lang), BASE_URL).href);
          await page.getByRole('heading', { name: EARLIER[lang] }).waitFor();
          await tabTo(page, format(r.startLabel, { name: EARLIER[lang] }));
          await page.keyboard.press('Enter');
        } else {
          // From the follow page's own button.
          await page.reload();
          await page.getByRole('heading', { name: t.follow.reassess.heading }).waitFor();
          await page.getByRole('button', { name: r.start }).focus();
          await page.keyboard.press('Enter');
        }
        const name = page.getByRole('textbox', { name: r.nameLabel });
        await name.waitFor();
        await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await name.inputValue()).toMatch(new RegExp(`^${EARLIER[lang]} — \\S.+ \\d{4}$`));
        await expectNoAxeViolations(page);

        // A blank name is refused where it was typed; nothing new is stored.
        const keysBefore = (await storedKeys(page)).length;
        await page.keyboard.press('Control+A');
        await page.keyboard.press('Delete');
        await page.keyboard.press('Enter');
        await expect.poll(() => page.getByRole('alert').textContent()).toBe(r.errors.empty);
        expect(await name.getAttribute('aria-invalid')).toBe('true');
        expect((await storedKeys(page)).length).toBe(keysBefore);

        await page.keyboard.type(NEXT[lang]);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/assess\/\?id=/);
        const nextId = new URL(page.url()).searchParams.get('id') ?? '';
        const next = await readRun(page, nextId);
        expect(next).toMatchObject({
          name: NEXT[lang],
          previousId: earlierId,
          organizationId: earlierId,
          answers: {},
          profile: { 'company-size': 'small', channels: ['sales-force'] },
          plan: { compareWith: earlierId },
        });
        expect(next?.plan?.carriedOver?.length).toBeGreaterThan(0);
        expect(next?.plan?.carriedOver).not.toContain(done);

        // The wizard says what the run follows; each question shows last time's answer, unchosen.
        await page.getByText(format(w.lead, { name: EARLIER[lang] })).waitFor();
        await page.getByRole('button', { name: t.wizard.next }).click();
        const question = page.locator('fieldset.question').first();
        const questionId = ((await question.getAttribute('id')) ?? '').replace(/^q-/, '');
        const level = (await readRun(page, earlierId))?.answers[questionId] as number;
        const label =
          (await question
            .locator(`label[for="answer-${questionId}-${level}"] span`)
            .last()
            .textContent()) ?? '';
        expect(await question.locator('.last-time').textContent()).toBe(
          format(w.lastTime, { answer: format(w.lastLevel, { level, label }) }),
        );
        expect(await question.getByRole('radio', { checked: true }).count()).toBe(0);
        await expectNoAxeViolations(page);

        // One button copies them all in, and says how many.
        const total = Object.keys((await readRun(page, earlierId))?.answers ?? {}).length;
        await page.getByRole('button', { name: w.startFrom }).focus();
        await page.keyboard.press('Enter');
        await page
          .getByRole('status')
          .filter({ hasText: format(w.copied.other, { count: total }) })
          .waitFor();
        // The message may be read out a frame before the copied answers are drawn.
        await expect.poll(() => question.getByRole('radio', { checked: true }).count()).toBe(1);
        await expect
          .poll(async () => Object.keys((await readRun(page, nextId))?.answers ?? {}).length)
          .toBe(total);
        // A second press finds nothing left to copy.
        await page.keyboard.press('Enter');
        await page.getByRole('status').filter({ hasText: w.nothingToCopy }).waitFor();

        // The results compare with the earlier run, and still do after a reload.
        const results = `${getLocalizedPath('/results/', lang)}?id=${encodeURIComponent(nextId)}`;
        await page.goto(new URL(results, BASE_URL).href);
        const delta = format(t.results.indexDelta, { delta: '0', name: EARLIER[lang] });
        await page.getByText(delta).waitFor();
        await page.getByRole('columnheader', { name: t.results.colDelta }).first().waitFor();
        await page.reload();
        await page.getByText(delta).waitFor();
        expect(await page.getByLabel(t.results.compareLabel, { exact: true }).inputValue()).toBe(
          earlierId,
        );
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'refuses a name that is too long, in the page’s language (%s)',
    async (lang) => {
      const r = getStrings(lang).assessments.reassess;
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang));
      try {
        const id = await seed(page, lang);
        await openFollow(page, lang, id, '#next-assessment');
        const name = page.getByRole('textbox', { name: r.nameLabel });
        const keysBefore = await storedKeys(page);
        await name.fill('x'.repeat(121));
        await name.press('Enter');
        await expect.poll(() => page.getByRole('alert').textContent()).toBe(r.errors['too-long']);
        // The typed name stays for the person to shorten.
        expect(await name.inputValue()).toHaveLength(121);
        expect(await storedKeys(page)).toEqual(keysBefore);
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
      const t = getStrings(lang);
      const { page, context } = await openPage(browser, getLocalizedPath('/assessments/', lang), {
        colorScheme: scheme,
        width,
      });
      try {
        const earlierId = await seed(page, lang);
        await openFollow(page, lang, earlierId, '#next-assessment');
        const name = page.getByRole('textbox', { name: t.assessments.reassess.nameLabel });
        await name.fill('');
        await name.press('Enter');
        await page.getByRole('alert').waitFor();
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
        await name.fill(NEXT[lang]);
        await name.press('Enter');
        await page.waitForURL(/\/assess\/\?id=/);
        await page.getByRole('button', { name: t.wizard.next }).click();
        await page.locator('.last-time').first().waitFor();
        await page.getByRole('button', { name: t.wizard.reassess.startFrom }).click();
        await page.getByRole('status').filter({ hasText: /\d/ }).first().waitFor();
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
      } finally {
        await context.close();
      }
    });
  });
});
