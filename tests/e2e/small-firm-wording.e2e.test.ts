// A small firm reads the levels in its own terms (#13): where a level names mid-size governance
// (a roles matrix, a steering committee), a micro or small organization reads the lighter practice
// that counts as the same level; a large one reads the default. In both languages.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../domain/assessment/real-content';
import { BASE_URL, chromiumAvailable, launchBrowser, openPage } from './harness';
import { getStrings, type Lang } from '~/i18n';
import { assessmentKey, readStoredJson } from './stored';

/** What people read and press, in one language: UI strings, and the size options from the content. */
function wordsFor(lang: Lang) {
  const t = getStrings(lang).assessments;
  return {
    list: lang === 'es' ? '/es/assessments/' : '/assessments/',
    name: t.nameLabel,
    organization: t.organizationLabel,
    start: t.startButton,
    // Profile options are content (content/profile.yaml), not UI strings.
    small: lang === 'es' ? 'Pequeña (de 10 a 49)' : 'Small (10 to 49)',
    large: lang === 'es' ? 'Grande (250 o más)' : 'Large (250 or more)',
  };
}
const WORDS = { en: wordsFor('en'), es: wordsFor('es') };

/** A question whose level 3 names a roles matrix, and its small-firm wording. */
const QUESTION = realQuestionnaire.questions.find(
  (q) => q.id === 'partner-governance-kickoff-roles',
)!;
const LEVEL = QUESTION.levels[3]!;

/** The words of level 3 of the question, as the wizard shows them on its area's step. */
async function levelThreeText(page: Page, id: string): Promise<string> {
  await page.goto(`${BASE_URL}${new URL(page.url()).pathname}?id=${id}&step=partner-governance`);
  const label = page.locator(`label[for="answer-${QUESTION.id}-3"]`);
  await label.waitFor();
  return (await label.textContent()) ?? '';
}

/** Opens the profile step and picks a company size; the wizard saves it as it is chosen. */
async function chooseSize(
  page: Page,
  id: string,
  size: string,
  sizeId: 'small' | 'large',
): Promise<void> {
  await page.goto(`${BASE_URL}${new URL(page.url()).pathname}?id=${id}&step=profile`);
  const radio = page.getByRole('radio', { name: size, exact: true });
  await radio.check();
  await expect.poll(() => radio.isChecked()).toBe(true);
  // Leave the page only once the choice is stored, so the next page reads it.
  await expect
    .poll(() =>
      readStoredJson<{ assessment?: { profile?: Record<string, unknown> } }>(
        page,
        assessmentKey(id),
      ).then((record) => record?.assessment?.profile?.['company-size']),
    )
    .toBe(sizeId);
}

describe.runIf(chromiumAvailable())('levels in a small firm’s wording', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('has a small-firm wording to show', () => {
    expect(LEVEL.small?.en).toBeDefined();
    expect(LEVEL.small?.es).toBeDefined();
  });

  it.each<Lang>(['en', 'es'])(
    'a small organization reads it, a large one the default (%s)',
    async (lang) => {
      const w = WORDS[lang];
      const { page, context, report } = await openPage(browser, w.list);
      try {
        await page.getByLabel(w.name).fill('Small firm');
        await page.getByLabel(w.organization, { exact: true }).fill('Taller Ruiz');
        await page.getByRole('button', { name: w.start }).click();
        await page.waitForURL(/\/assess\/\?id=/);
        const id = new URL(page.url()).searchParams.get('id') ?? '';

        await chooseSize(page, id, w.small, 'small');
        const small = await levelThreeText(page, id);
        expect(small).toContain(LEVEL.small?.[lang]);
        expect(small).not.toContain(LEVEL[lang]);

        await chooseSize(page, id, w.large, 'large');
        const large = await levelThreeText(page, id);
        expect(large).toContain(LEVEL[lang]);
        expect(large).not.toContain(LEVEL.small?.[lang]);

        expect(report.pageErrors).toEqual([]);
        expect(report.consoleErrors).toEqual([]);
        expect(report.cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
