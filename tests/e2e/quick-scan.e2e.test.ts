// The quick scan (#13), in both languages: start it from the landing page, answer only its
// questions, see results labelled as a quick scan, then continue into the full assessment with
// every answer kept.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, expectNoAxeViolations, launchBrowser, openPage } from './harness';
import { format, getStrings, type Lang } from '~/i18n';
import { readStoredJson, storedKeys } from './stored';

/** A pattern of a UI string, its placeholders matching what `groups` says (e.g. `(\d+)`). */
function pattern(template: string, groups: Record<string, string>, anchored = false): RegExp {
  // Escape the template's own text, but not the braces of its placeholders.
  const text = format(template.replace(/[.*+?^$()|[\]\\]/g, '\\$&'), groups);
  return new RegExp(anchored ? `^${text}$` : text);
}

/** What people read and press in a quick scan, in one language, from the UI strings. */
function wordsFor(lang: Lang) {
  const t = getStrings(lang);
  const minutes = { minutes: '(\\d+)' };
  return {
    home: lang === 'es' ? '/es/' : '/',
    quickLink: pattern(t.quickScan.quickOption, minutes, true),
    fullLink: pattern(t.quickScan.fullOption, minutes, true),
    name: t.assessments.nameLabel,
    organization: t.assessments.organizationLabel,
    start: t.assessments.startButton,
    next: new RegExp(`^${t.wizard.next}`),
    seeResults: t.wizard.seeResults,
    label: pattern(t.quickScan.label, { asked: '(\\d+)', total: '(\\d+)' }),
    progress: (answered: number, total: number) =>
      format(t.wizard.progressOverall, { answered, total }),
    continue: t.quickScan.continueButton,
  };
}
const WORDS = { en: wordsFor('en'), es: wordsFor('es') };

interface StoredView {
  mode: string;
  answers: Record<string, unknown>;
}

/** The one assessment stored in the browser. */
async function storedAssessment(page: Page): Promise<StoredView | null> {
  const key = (await storedKeys(page)).find((k) => k.startsWith('crm-readiness/assessment/'));
  if (!key) return null;
  return (await readStoredJson<{ assessment: StoredView }>(page, key))?.assessment ?? null;
}

/** Answers every question on the current step at level 2, by its radio's label. */
async function answerStep(page: Page): Promise<number> {
  const radios = page.locator('fieldset.question input[type="radio"][id$="-2"]');
  const count = await radios.count();
  for (let i = 0; i < count; i += 1) await radios.nth(i).check();
  return count;
}

describe.runIf(chromiumAvailable())('the quick scan', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])(
    'starts from the landing page, is labelled in its results and continues with every answer kept (%s)',
    async (lang) => {
      const w = WORDS[lang];
      const { page, context, report } = await openPage(browser, w.home);
      try {
        // The landing page offers both, with times computed from the content.
        const quickLink = page.getByRole('link', { name: w.quickLink }).first();
        const fullText = (
          await page.getByRole('link', { name: w.fullLink }).first().innerText()
        ).trim();
        const quickText = (await quickLink.innerText()).trim();
        const quickMinutes = Number(w.quickLink.exec(quickText)?.[1]);
        const fullMinutes = Number(w.fullLink.exec(fullText)?.[1]);
        expect(quickMinutes).toBeGreaterThan(0);
        expect(quickMinutes).toBeLessThanOrEqual(15);
        expect(fullMinutes).toBeGreaterThan(quickMinutes);

        await quickLink.click();
        await page.waitForURL(/\/assessments\/\?mode=quick/);
        expect(await page.getByRole('radio', { name: w.quickLink }).isChecked()).toBe(true);
        await page.getByLabel(w.name).fill('Quick look');
        await page.getByLabel(w.organization, { exact: true }).fill('Pérez & Hijos');
        await page.getByRole('button', { name: w.start }).click();
        await page.waitForURL(/\/assess\/\?id=/);

        // The wizard says it is a quick scan and counts only its questions.
        const label = page.getByText(w.label).first();
        await label.waitFor();
        const [, asked, total] = w.label.exec(await label.innerText()) ?? [];
        expect(Number(asked)).toBeGreaterThanOrEqual(15);
        expect(Number(total)).toBeGreaterThan(Number(asked));
        await page.getByText(w.progress(0, Number(asked))).waitFor();

        // Walk every step, answering what each asks.
        let answered = 0;
        for (;;) {
          answered += await answerStep(page);
          const next = page.getByRole('button', { name: w.next });
          if ((await next.count()) === 0) break;
          // Wait for the next step to be drawn before counting its questions: counting the step
          // just left again would count its answers twice.
          const heading = await page.locator('#step-heading').innerText();
          await next.click();
          await expect.poll(() => page.locator('#step-heading').innerText()).not.toBe(heading);
        }
        expect(answered).toBe(Number(asked));
        await page.getByText(w.progress(answered, answered)).waitFor();
        await expectNoAxeViolations(page);

        // The results say it is a quick scan, with its coverage.
        await page.getByRole('link', { name: w.seeResults }).click();
        await page.waitForURL(/\/results\/\?id=/);
        await page.getByText(w.label).first().waitFor();
        await page.getByRole('button', { name: w.continue }).first().waitFor();
        await expectNoAxeViolations(page);

        // Continue: the wizard asks every question, and every answer is still there.
        await page.getByRole('button', { name: w.continue }).first().click();
        await page.waitForURL(/\/assess\/\?id=.*step=/);
        await page.getByText(w.progress(answered, Number(total))).waitFor();
        expect(await page.getByText(w.label).count()).toBe(0);
        const stored = await storedAssessment(page);
        expect(stored?.mode).toBe('full');
        expect(Object.keys(stored?.answers ?? {})).toHaveLength(answered);
        expect(report.pageErrors).toEqual([]);
        expect(report.consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    },
    180_000,
  );
});
