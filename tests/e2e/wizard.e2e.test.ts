// The assessment wizard as people use it (#3): start, answer by keyboard only, reload and resume,
// several assessments, import (good and bad files), share links, two tabs, broken storage.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../domain/assessment/real-content';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
} from './harness';

import { getLocalizedPath, getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import { toPlanJson } from '~/domain/roadmap/roadmap-exports';
import { createAssessment } from '~/domain/assessment/assessment';
import { buildExport } from '~/domain/assessment/parse-import';
import { encodeShareCode, toShareHash } from '~/domain/assessment/share-code';
import { readFileSync } from 'node:fs';
import { SLOW_TEST_MS } from '../slow-test';
import { parse as parseYaml } from 'yaml';
import { readStoredJson, storedKeys, writeStored } from './stored';
/** A message's first sentence, where the test checks only that. */
const firstSentence = (text: string): string => text.split(/(?<=\.) /)[0] ?? '';

/** What the test presses and reads, from each language's UI strings. */
function words(lang: Lang) {
  const t = getStrings(lang);
  const a = t.assessments;
  return {
    list: getLocalizedPath('/assessments/', lang),
    name: a.nameLabel,
    organization: a.organizationLabel,
    start: a.startButton,
    next: t.wizard.next,
    review: t.wizard.reviewStep,
    allAnswered: t.wizard.allAnswered,
    importLabel: a.importLabel,
    notAssessment: a.importErrors['not-assessment'],
    nothingChanged: a.importFailed,
    unavailable: a.storageUnavailable.split(' (')[0] ?? '',
  };
}
const WORDS = { en: words('en'), es: words('es') } as const;
/** English strings for the tests that run in English only. */
const en = getStrings('en');
/** A level radio's name starts with its level. */
const level = (n: number): RegExp => new RegExp(`^${format(en.wizard.level, { level: n })}`);
/**
 * The profile step's heading "Your organization" comes from content/profile.yaml and stays
 * literal.
 */
const PROFILE_HEADING = 'Your organization';
const STORAGE_PREFIX = 'crm-readiness/assessment/';
/** How many questions the questionnaire has. */
const TOTAL = realQuestionnaire.questions.length;

/** Starts an assessment through the form and waits for the wizard. */
async function startAssessment(
  page: Page,
  lang: Lang,
  name: string,
  organization = 'Pérez & Hijos',
): Promise<void> {
  const w = WORDS[lang];
  await page.goto(new URL(w.list, BASE_URL).href);
  await page.getByLabel(w.name).fill(name);
  await page.getByLabel(w.organization, { exact: true }).fill(organization);
  await page.getByRole('button', { name: w.start }).click();
  await page.waitForURL(/\/assess\/\?id=/);
}

/** An assessment as the tests read it back from storage. */
interface StoredView {
  id: string;
  name: string;
  answers: Record<string, unknown>;
}

/** The assessments stored in the browser. */
async function storedAssessments(page: Page): Promise<StoredView[]> {
  const out: StoredView[] = [];
  for (const key of await storedKeys(page)) {
    if (!key.startsWith(STORAGE_PREFIX)) continue;
    const record = await readStoredJson<{ assessment: StoredView }>(page, key);
    if (record) out.push(record.assessment);
  }
  return out;
}

/** What has keyboard focus: its tag, type, name and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null;
    const group =
      el?.type === 'radio'
        ? document.querySelectorAll(`input[name="${el.name}"]:checked`).length
        : 0;
    return {
      tag: el?.tagName ?? '',
      type: el?.type ?? '',
      text: el?.textContent?.trim() ?? '',
      groupAnswered: group > 0,
      checked: !!el?.checked,
    };
  });
}

describe.runIf(chromiumAvailable())('the assessment wizard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Lang>(['en', 'es'])('can be completed by keyboard alone (%s)', async (lang) => {
    const w = WORDS[lang];
    const { page, context, report } = await openPage(browser, w.list);
    try {
      // The start form, by keyboard: Tab to the name field, type, Tab on, Enter.
      for (
        let i = 0;
        i < 30 && (await page.evaluate(() => document.activeElement?.id)) !== 'new-name';
        i += 1
      ) {
        await page.keyboard.press('Tab');
      }
      await page.keyboard.type('Keyboard run');
      await page.keyboard.press('Tab');
      await page.keyboard.type('Teclado S.L.');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/assess\/\?id=/);
      await page.getByRole('heading', { level: 2 }).first().waitFor();

      for (let presses = 0; presses < 3000; presses += 1) {
        const heading = await page.locator('#step-heading').textContent();
        if (heading === w.review) break;
        await page.keyboard.press('Tab');
        const el = await focused(page);
        if (el.type === 'radio' && !el.groupAnswered) {
          // Arrow keys move within a radio group and select, as native radios do.
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowDown');
          await page.keyboard.press('ArrowDown');
        } else if (el.type === 'checkbox' && !el.checked) {
          await page.keyboard.press('Space');
        } else if (el.tag === 'BUTTON' && el.text.startsWith(w.next)) {
          await page.keyboard.press('Enter');
        }
      }
      await expect.poll(() => page.locator('#step-heading').textContent()).toBe(w.review);
      await page.getByRole('heading', { name: w.allAnswered }).waitFor();
      const [stored] = await storedAssessments(page);
      expect(Object.keys(stored?.answers ?? {}).length).toBe(TOTAL);
      expect(report.pageErrors).toEqual([]);
      expect(report.consoleErrors).toEqual([]);
      expect(report.cspViolations).toEqual([]);
      expect(report.externalRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('resumes after a reload at the same step, with every answer and note kept', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      await startAssessment(page, 'en', 'Resume test');
      await page.getByRole('button', { name: en.wizard.next, exact: true }).click();
      await page.getByRole('heading', { name: 'Strategy', level: 2 }).waitFor();
      const groups = page.locator('fieldset.question');
      await groups
        .nth(0)
        .getByRole('radio', { name: level(3) })
        .check();
      await groups
        .nth(1)
        .getByRole('radio', { name: level(1) })
        .check();
      await groups.nth(2).getByRole('radio', { name: 'Don’t know' }).check();
      await groups.nth(0).getByText(en.wizard.note).click();
      await page.getByLabel('Note for question 1').fill('Board minutes of March');
      await page.reload();
      await page.getByRole('heading', { name: 'Strategy', level: 2 }).waitFor();
      await expect
        .poll(() =>
          groups
            .nth(0)
            .getByRole('radio', { name: level(3) })
            .isChecked(),
        )
        .toBe(true);
      expect(
        await groups
          .nth(1)
          .getByRole('radio', { name: level(1) })
          .isChecked(),
      ).toBe(true);
      expect(await groups.nth(2).getByRole('radio', { name: 'Don’t know' }).isChecked()).toBe(true);
      expect(await page.getByLabel('Note for question 1').inputValue()).toBe(
        'Board minutes of March',
      );
      // Two levels and one "don't know": the don't-know is not counted as answered (#14).
      await expect
        .poll(() =>
          page
            .getByText(`2 of ${TOTAL} questions answered, 1 “Don’t know”`, { exact: true })
            .count(),
        )
        .toBe(1);

      // Reopened from the list, it goes back to where the user left off.
      await page.goto(new URL('/assessments/', BASE_URL).href);
      await page.getByRole('link', { name: 'Continue Resume test' }).click();
      await page.getByRole('heading', { name: 'Strategy', level: 2 }).waitFor();
    } finally {
      await context.close();
    }
  });

  it.each<Lang>(['en', 'es'])(
    'rejects a foreign file with a message and keeps what is stored (%s)',
    async (lang) => {
      const w = WORDS[lang];
      const { page, context } = await openPage(browser, w.list);
      try {
        await startAssessment(page, lang, 'Keep me');
        await page.goto(new URL(w.list, BASE_URL).href);
        const before = await storedAssessments(page);
        await page.getByLabel(w.importLabel).setInputFiles({
          name: 'other.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify({ type: 'FeatureCollection', features: [] })),
        });
        const alert = page.getByRole('alert').filter({ hasText: w.notAssessment });
        await alert.waitFor();
        expect(await alert.textContent()).toContain(w.nothingChanged);
        expect(await storedAssessments(page)).toEqual(before);
        await page.getByRole('heading', { name: 'Keep me' }).waitFor();
      } finally {
        await context.close();
      }
    },
  );

  it.each<Lang>(['en', 'es'])(
    'tells the Plan (JSON) download apart from an assessment, and keeps what is stored (%s, #14)',
    async (lang) => {
      const w = WORDS[lang];
      const { page, context } = await openPage(browser, w.list);
      try {
        await startAssessment(page, lang, 'Keep me too');
        await page.goto(new URL(w.list, BASE_URL).href);
        const before = await storedAssessments(page);
        const plan = toPlanJson(
          {
            planStart: '2025-01-06',
            planEnd: '2025-01-10',
            totalWeeks: 1,
            initiatives: [],
            kpis: [],
            milestones: [],
            goLives: [],
          },
          { organization: 'Acme', assessment: 'Keep me too', now: new Date() },
        );
        await page.getByLabel(w.importLabel).setInputFiles({
          name: 'crm-plan-acme-2025-01-06.json',
          mimeType: 'application/json',
          buffer: Buffer.from(plan),
        });
        const message = getStrings(lang).assessments.importErrors['plan-file'];
        const alert = page.getByRole('alert').filter({ hasText: message });
        await alert.waitFor();
        expect(await alert.textContent()).toContain(w.nothingChanged);
        expect(await alert.textContent()).not.toContain(w.notAssessment);
        expect(await storedAssessments(page)).toEqual(before);
      } finally {
        await context.close();
      }
    },
  );

  it('exports a file, and importing it again asks whether to replace or keep both', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      await startAssessment(page, 'en', 'Round trip', 'Ñandú Ibérica S.A.');
      await page.getByRole('button', { name: en.wizard.next, exact: true }).click();
      await page
        .locator('fieldset.question')
        .first()
        .getByRole('radio', { name: level(4) })
        .check();
      await page.goto(new URL('/assessments/', BASE_URL).href);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: en.assessments.export }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^crm-assessment-nandu-iberica-s-a-\d{4}-\d{2}-\d{2}\.json$/,
      );
      const file = await download.path();
      await page.getByLabel(en.assessments.importLabel).setInputFiles(file);
      const dialog = page.getByRole('dialog', { name: en.assessments.clashTitle });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: en.assessments.keepBoth }).click();
      await page.getByText(format(en.assessments.imported, { name: 'Round trip' })).waitFor();
      const stored = await storedAssessments(page);
      expect(stored.map((a) => a.name)).toEqual(['Round trip', 'Round trip']);
      expect(new Set(stored.map((a) => a.id)).size).toBe(2);
      expect(stored.every((a) => a.answers['strategy-business-strategy'] === 4)).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('deletes after confirmation, and undo brings the assessment back', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      await startAssessment(page, 'en', 'Delete me');
      await page.goto(new URL('/assessments/', BASE_URL).href);
      await page
        .getByRole('group', { name: 'Actions for Delete me' })
        .getByRole('button', { name: en.assessments.delete })
        .click();
      const dialog = page.getByRole('dialog', { name: en.assessments.deleteTitle });
      await dialog.getByRole('button', { name: en.assessments.deleteConfirm }).click();
      await page.getByText(format(en.assessments.deleted, { name: 'Delete me' })).waitFor();
      expect(await storedAssessments(page)).toEqual([]);
      await page.getByRole('button', { name: en.assessments.undo }).click();
      await page.getByRole('heading', { name: 'Delete me' }).waitFor();
      expect((await storedAssessments(page)).map((a) => a.name)).toEqual(['Delete me']);
    } finally {
      await context.close();
    }
  });

  it('opens a share link in a fresh browser and imports it', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    let link = '';
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await startAssessment(page, 'en', 'Shared one', 'Acme Corp');
      await page.getByRole('button', { name: en.wizard.next, exact: true }).click();
      await page
        .locator('fieldset.question')
        .first()
        .getByRole('radio', { name: level(2) })
        .check();
      await page.goto(new URL('/assessments/', BASE_URL).href);
      await page.getByRole('button', { name: en.assessments.share }).click();
      await page.getByText(firstSentence(en.assessments.shareCopied)).waitFor();
      link = await page.evaluate(() => navigator.clipboard.readText());
      expect(link).toMatch(/\/assessments\/#share=[\w-]+$/);
    } finally {
      await context.close();
    }
    const fresh = await openPage(browser, new URL(link).pathname + new URL(link).hash);
    try {
      const offer = fresh.page.getByRole('region', { name: en.assessments.shareHeading });
      await offer.waitFor();
      expect(await offer.textContent()).toContain(
        format(en.assessments.shareText, {
          name: 'Shared one',
          organization: 'Acme Corp',
          answered: 1,
        }).split('{')[0]! + String(TOTAL),
      );
      await offer.getByRole('button', { name: en.assessments.shareImport }).click();
      await fresh.page.getByRole('heading', { name: 'Shared one' }).waitFor();
      const [stored] = await storedAssessments(fresh.page);
      expect(stored?.answers).toEqual({ 'strategy-business-strategy': 2 });
      expect(new URL(fresh.page.url()).hash).toBe('');
    } finally {
      await fresh.context.close();
    }
  });

  it('replaces the first link’s offer when a second share link opens in the same tab (#14)', async () => {
    const meta = parseYaml(readFileSync('content/meta.yaml', 'utf8')) as { contentVersion: number };
    const linkFor = async (name: string) => {
      const assessment = createAssessment(
        { name, organization: `${name} S.L.`, contentVersion: meta.contentVersion },
        new Date(),
      );
      return toShareHash(await encodeShareCode(buildExport(assessment, new Date())));
    };
    const [first, second] = [await linkFor('First link'), await linkFor('Second link')];
    const { page, context } = await openPage(browser, `/assessments/${first}`);
    try {
      const offer = page.getByRole('region', { name: en.assessments.shareHeading });
      await offer.getByText('“First link” for First link S.L.').waitFor();
      // Only the fragment changes: the page is not reloaded.
      await page.evaluate((hash) => (globalThis.location.hash = hash), second);
      await offer.getByText('“Second link” for Second link S.L.').waitFor();
      expect(await offer.textContent()).not.toContain('First link');
      await offer.getByRole('button', { name: en.assessments.shareImport }).click();
      await page.getByRole('heading', { name: 'Second link' }).waitFor();
      expect((await storedAssessments(page)).map((a) => a.name)).toEqual(['Second link']);
    } finally {
      await context.close();
    }
  });

  it('shows a clear message for a broken share link and stores nothing', async () => {
    const { page, context } = await openPage(browser, '/assessments/#share=not-a-real-code');
    try {
      await page
        .getByRole('alert')
        .filter({
          hasText: firstSentence(en.assessments.importErrors['corrupt-link']).replace(/\.$/, ''),
        })
        .waitFor();
      expect(await storedAssessments(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('keeps two tabs on one assessment consistent, neither overwriting the other', async () => {
    const { page: a, context } = await openPage(browser, '/assessments/');
    try {
      await startAssessment(a, 'en', 'Two tabs');
      const url = a.url().replace(/step=[^&]*/, '') + '&step=strategy';
      await a.goto(url);
      const b = await context.newPage();
      await b.goto(url);
      await a
        .locator('fieldset.question')
        .nth(0)
        .getByRole('radio', { name: level(4) })
        .check();
      await b
        .locator('fieldset.question')
        .nth(1)
        .getByRole('radio', { name: level(2) })
        .check();
      // Tab A sees B's answer arrive, and B still has A's.
      await expect
        .poll(() =>
          a
            .locator('fieldset.question')
            .nth(1)
            .getByRole('radio', { name: level(2) })
            .isChecked(),
        )
        .toBe(true);
      expect(
        await b
          .locator('fieldset.question')
          .nth(0)
          .getByRole('radio', { name: level(4) })
          .isChecked(),
      ).toBe(true);
      const [stored] = await storedAssessments(a);
      expect(stored?.answers).toEqual({
        'strategy-business-strategy': 4,
        'strategy-executive-sponsor': 2,
      });
    } finally {
      await context.close();
    }
  });

  it('keeps the assessment and the step when the user switches language', async () => {
    const { page, context, report } = await openPage(browser, '/assessments/');
    try {
      await startAssessment(page, 'en', 'Bilingual');
      await page.getByRole('heading', { name: PROFILE_HEADING, level: 2 }).waitFor();
      await page.getByRole('button', { name: en.wizard.next, exact: true }).click();
      const step = new URL(page.url()).searchParams.get('step');
      await page.getByRole('link', { name: getStrings('es').meta.languageName }).click();
      await page.waitForURL(/\/es\/assess\/\?id=/);
      expect(new URL(page.url()).searchParams.get('step')).toBe(step);
      await page.getByText('Bilingual').first().waitFor();
      await page.getByRole('button', { name: getStrings('es').wizard.next, exact: true }).waitFor();
      expect(report.cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('moves unreadable stored data aside, says so, and keeps the rest working', async () => {
    const { page, context } = await openPage(browser, '/assessments/');
    try {
      await startAssessment(page, 'en', 'Healthy');
      // Let the wizard read storage first, or it (not the list page) would find the broken record.
      await page.getByRole('heading', { name: PROFILE_HEADING, level: 2 }).waitFor();
      await writeStored(page, `${STORAGE_PREFIX}broken`, '{"schemaVersion":1,"assessment":{"id":');
      await page.goto(new URL('/assessments/', BASE_URL).href);
      await page.getByRole('alert').filter({ hasText: 'could not be read' }).waitFor();
      await page.getByRole('heading', { name: 'Healthy' }).waitFor();
      const keys = await storedKeys(page);
      expect(
        keys.some(
          (k) =>
            k.startsWith('crm-readiness/backup/') && k.endsWith('/crm-readiness/assessment/broken'),
        ),
      ).toBe(true);
      expect(keys).not.toContain(`${STORAGE_PREFIX}broken`);
    } finally {
      await context.close();
    }
  });

  it('works in memory and says so when the browser refuses storage', async () => {
    const context: BrowserContext = await browser.newContext();
    await context.addInitScript(() => {
      for (const name of ['localStorage', 'indexedDB']) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
      }
    });
    const page = await context.newPage();
    try {
      await page.goto(new URL('/assessments/', BASE_URL).href);
      await page.getByRole('alert').filter({ hasText: WORDS.en.unavailable }).waitFor();
      await page.getByLabel(en.assessments.nameLabel).fill('In memory');
      await page.getByLabel(en.assessments.organizationLabel, { exact: true }).fill('Nowhere');
      await page.getByRole('button', { name: en.assessments.startButton }).click();
      await page.waitForURL(/\/assess\/\?id=/);
      // The assessment travels to the wizard in the URL fragment; the wizard keeps warning.
      await page.getByRole('heading', { name: PROFILE_HEADING, level: 2 }).waitFor();
      await page.getByRole('alert').filter({ hasText: WORDS.en.unavailable }).waitFor();
      await page.getByRole('button', { name: en.wizard.next, exact: true }).click();
      await page
        .locator('fieldset.question')
        .first()
        .getByRole('radio', { name: level(2) })
        .check();
      await page.getByText(`1 of ${TOTAL} questions answered`).waitFor();
      expect(new URL(page.url()).hash).toBe('');
    } finally {
      await context.close();
    }
  });

  describe.each<['light' | 'dark']>([['light'], ['dark']])(
    'every screen in the %s scheme',
    (scheme) => {
      it.each<Lang>(['en', 'es'])(
        'passes axe and fits 375 px without sideways scrolling (%s)',
        async (lang) => {
          const w = WORDS[lang];
          const { page, context } = await openPage(browser, w.list, {
            colorScheme: scheme,
            width: 375,
          });
          try {
            await expectNoAxeViolations(page);
            await startAssessment(page, lang, 'Axe check');
            const id = new URL(page.url()).searchParams.get('id') ?? '';
            for (const step of ['profile', 'strategy', 'change-management', 'review']) {
              await page.goto(
                new URL(`${lang === 'es' ? '/es' : ''}/assess/?id=${id}&step=${step}`, BASE_URL)
                  .href,
              );
              await page.locator('#step-heading').waitFor();
              await expectNoAxeViolations(page);
              await expectNoHorizontalScroll(page);
            }
            await page.goto(new URL(w.list, BASE_URL).href);
            await page.getByRole('heading', { name: 'Axe check' }).waitFor();
            await expectNoAxeViolations(page);
            await expectNoHorizontalScroll(page);
          } finally {
            await context.close();
          }
        },
        // Six axe runs, one on a review step listing every question: minutes on a busy machine.
        SLOW_TEST_MS,
      );
    },
  );
});
