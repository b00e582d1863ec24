// Details that keep a careful reader's trust (#14), in both languages: "don't know" is not counted
// as answered, name and organization are asked once, the decision page without an assessment
// asks the organization's size and profile, "what would change the answer" lists only real
// changes, and custom development scores lower for a small firm than for a large one. Elements
// are found by role and by the names the i18n strings give them.
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder } from '~/build/content-check';
import { getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import { realQuestionnaire } from '../domain/assessment/real-content';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
} from './harness';
import { seedAssessment } from './seed';
import { SLOW_TEST_MS } from '../slow-test';
import { changeStoredAssessment } from './stored';

const TOTAL = realQuestionnaire.questions.length;
const PREFIX: Record<Lang, string> = { en: '', es: '/es' };
const SHOTS = '/work/shots/details';
const root = fileURLToPath(new URL('../..', import.meta.url));
const profile = checkContentFolder(root).profile?.data;

/** The words of a company-size option, as the page shows it. */
function sizeLabel(id: string, lang: Lang): string {
  const option = profile?.fields
    .find((f) => f.id === 'company-size')
    ?.options.find((o) => o.id === id);
  return option?.label[lang] ?? id;
}

/** Marks the first `count` answers of an assessment "don't know", through storage. */
async function markDontKnow(page: Page, id: string, count: number): Promise<void> {
  await changeStoredAssessment<{ assessment: { answers: Record<string, unknown> } }>(
    page,
    id,
    ({ assessment }) => {
      for (const q of Object.keys(assessment.answers).slice(0, count)) {
        assessment.answers[q] = 'dont-know';
      }
    },
  );
}

/** The score out of 100 the ranking gives custom development. */
async function customScore(page: Page, lang: Lang): Promise<number> {
  const t = getStrings(lang).decision;
  const item = page
    .getByRole('list', { name: t.rankingHeading })
    .getByRole('listitem')
    .filter({ hasText: t.optionShort['custom-development'] });
  const text = (await item.locator('.rank-score').textContent()) ?? '';
  return Number(text.replace(/\s*\/\s*100.*/, '').replace(',', '.'));
}

describe.runIf(chromiumAvailable())('details that keep trust (#14)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'counts "don\'t know" apart from answered in the wizard, its review and the list (%s)',
    async (lang) => {
      const t = getStrings(lang);
      const { page, context, report } = await openPage(browser, `${PREFIX[lang]}/assessments/`);
      try {
        const id = await seedAssessment(page, 'Counts', { lang });
        await markDontKnow(page, id, 5);
        const counts = { answered: TOTAL - 5, dontKnow: 5, total: TOTAL };
        await page.goto(new URL(`${PREFIX[lang]}/assess/?id=${id}&step=review`, BASE_URL).href);
        await page
          .getByText(format(t.wizard.progressOverallDontKnow, counts), { exact: true })
          .waitFor();
        const heading = page.getByRole('heading', {
          name: format(t.wizard.noneBlankSomeUnknown, { count: 5 }),
        });
        await heading.waitFor();
        expect(await page.getByText(t.wizard.allAnswered).count()).toBe(0);
        // A critical question answered at level 0 or 1 is a blocker to resolve, not one to answer.
        const blocker = new RegExp(
          `^${t.wizard.blockerLink
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace('\\{n\\}', '\\d+')
            .replace('\\{prompt\\}', '.+')}$`,
        );
        expect(await page.getByRole('link', { name: blocker }).count()).toBeGreaterThan(0);
        expect(
          await page
            .getByText(format(t.wizard.progressOverall, { ...counts, answered: TOTAL }))
            .count(),
        ).toBe(0);
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await heading.scrollIntoViewIfNeeded();
          await page.screenshot({ path: `${SHOTS}/review-${lang}-${width}.png`, fullPage: true });
        }
        await expectNoAxeViolations(page);
        await page.goto(new URL(`${PREFIX[lang]}/assessments/`, BASE_URL).href);
        await page.getByText(format(t.assessments.progressDontKnow, counts)).waitFor();
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
    // Axe and full-page screenshots at two widths: minutes on a busy machine.
    SLOW_TEST_MS,
  );

  it.each<Lang>(['en', 'es'])(
    'asks name and organization once, shows them on the first step, and edits them there (%s)',
    async (lang) => {
      const t = getStrings(lang);
      const { page, context } = await openPage(browser, `${PREFIX[lang]}/assessments/`, {
        width: 375,
      });
      try {
        await page.getByLabel(t.assessments.nameLabel).fill('Asked once');
        await page
          .getByLabel(t.assessments.organizationLabel, { exact: true })
          .fill('Pérez & Hijos');
        await page.getByRole('button', { name: t.assessments.startButton }).click();
        await page.waitForURL(/\/assess\/\?id=/);
        const edit = page.getByRole('button', { name: t.wizard.editDetails });
        await edit.waitFor();
        // Shown as text, not asked again.
        expect(await page.getByRole('textbox', { name: t.assessments.nameLabel }).count()).toBe(0);
        const details = page.getByRole('region', { name: t.wizard.detailsHeading });
        expect(await details.textContent()).toContain('Pérez & Hijos');
        expect(await edit.getAttribute('aria-expanded')).toBe('false');
        await edit.focus();
        await page.keyboard.press('Enter');
        const organization = page.getByRole('textbox', { name: t.assessments.organizationLabel });
        await organization.fill('Pérez e Hijas');
        await page.getByRole('button', { name: t.wizard.detailsDone }).click();
        await expect.poll(() => details.textContent()).toContain('Pérez e Hijas');
        await expectNoHorizontalScroll(page);
        await expectNoAxeViolations(page);
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'lets an owner without an assessment give the size and profile, and scores by size (%s)',
    async (lang) => {
      const t = getStrings(lang);
      const s = t.decision;
      const { page, context, report } = await openPage(browser, `${PREFIX[lang]}/decision/`);
      try {
        const people = page.getByRole('textbox', { name: s.peopleLabel });
        await people.waitFor();
        await page.getByText(s.sizeNotGiven).waitFor();
        const users = page.getByRole('textbox', { name: s.usersLabel });
        expect(await users.inputValue()).toBe('80');
        // Bad input is refused in the user's language; the size stays unknown.
        await people.fill('diez');
        await page
          .getByText(s.errors['not-a-number'].split('{')[0] ?? '')
          .first()
          .waitFor();
        expect(await people.getAttribute('aria-invalid')).toBe('true');
        await page.getByText(s.sizeNotGiven).waitFor();
        // A ten-person shop: small, its users and its scores follow.
        await people.fill('10');
        await page.getByText(format(s.sizeIs, { size: sizeLabel('small', lang) })).waitFor();
        await expect.poll(() => users.inputValue()).not.toBe('80');
        const sector = profile?.fields.find((f) => f.id === 'sector');
        await page.getByRole('combobox', { name: sector?.label[lang] ?? 'sector' }).selectOption({
          label: sector?.options.find((o) => o.id === 'retail')?.label[lang] ?? '',
        });
        const shop = await customScore(page, lang);
        for (const width of [375, 1280]) {
          await page.setViewportSize({ width, height: 900 });
          await page.screenshot({ path: `${SHOTS}/decision-${lang}-${width}.png`, fullPage: true });
          await page
            .getByRole('region', { name: s.factsHeading })
            .screenshot({ path: `${SHOTS}/facts-${lang}-${width}.png` });
          await expectNoHorizontalScroll(page);
        }
        await expectNoAxeViolations(page);
        // A 500-person organization: large, and custom development scores higher than for the shop.
        await page.setViewportSize({ width: 1280, height: 900 });
        await people.fill('500');
        await page.getByText(format(s.sizeIs, { size: sizeLabel('large', lang) })).waitFor();
        await expect.poll(() => customScore(page, lang)).toBeGreaterThan(shop + 5);
        expect(report.pageErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
    // Axe and full-page screenshots at two widths: minutes on a busy machine.
    SLOW_TEST_MS,
  );

  it.each<Lang>(['en', 'es'])(
    'lists only the weight changes that would change the answer (%s)',
    async (lang) => {
      const s = getStrings(lang).decision;
      const { page, context } = await openPage(browser, `${PREFIX[lang]}/decision/`);
      try {
        const heading = page.getByRole('heading', { name: s.sensitivityHeading });
        await heading.waitFor();
        const table = page.getByRole('table', { name: s.sensitivityCaption });
        await table.waitFor();
        const cells = await table.getByRole('cell').allTextContents();
        expect(cells.length).toBeGreaterThan(0);
        // Every row is a change that would put another option first; no "None" rows.
        const change = new RegExp(
          `^(${[s.raiseTo, s.lowerTo].map((x) => x.split(' ')[0]).join('|')}) `,
        );
        for (const cell of cells) expect(cell).toMatch(change);
        const criteria = await page
          .getByRole('table', { name: s.criteriaCaption })
          .getByRole('row')
          .count();
        expect(cells.length).toBeLessThan(criteria - 1);
      } finally {
        await context.close();
      }
    },
  );
});
