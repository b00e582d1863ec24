// A whole workshop (#7) as it happens: the facilitator sets it up and sends invitations; three
// participants each answer on their own device (a browser context of their own) and hand back a
// code; the facilitator imports them, finds the question they split on at the top of the agenda,
// records the agreement, accepts the consensus elsewhere, and gets results and a PDF with the
// workshop-alignment section. Nothing leaves the machine and no CSP violation happens on the way.
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realQuestionnaire } from '../domain/assessment/real-content';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  launchBrowser,
  openPage,
  type PageReport,
} from './harness';

const TEAM = [
  { name: 'Ana Directora', role: 'executive', level: 0 },
  { name: 'Berto Comercial', role: 'sales', level: 4 },
  { name: 'Carla Sistemas', role: 'it', level: 2 },
] as const;

const strategy = realQuestionnaire.dimensions.find((d) => d.id === 'strategy')!;
/** How many questions the questionnaire has. */
const TOTAL = realQuestionnaire.questions.length;
/** The first strategy question: the team splits on it (levels 0, 4 and 2). */
const DISPUTED = strategy.questions[0]!;

/** Fails on anything a page sent off this machine, any CSP violation or script error. */
function expectClean(report: PageReport): void {
  expect(report.externalRequests).toEqual([]);
  expect(report.cspViolations).toEqual([]);
  expect(report.pageErrors).toEqual([]);
}

/** Sets up the workshop through the form; returns the workshop page's id. */
async function setUp(page: Page): Promise<string> {
  await page.getByLabel('Organization', { exact: true }).fill('Ñandú Ibérica');
  await page.getByLabel('Facilitator (optional)').fill('Marta Facilitadora');
  for (const [index, person] of TEAM.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Add a participant' }).click();
    await page.getByLabel('Name').nth(index).fill(person.name);
    await page.getByLabel('Role').nth(index).selectOption(person.role);
  }
  await page.getByRole('button', { name: 'Set up the workshop' }).click();
  await page.waitForURL(/\/workshop\/\?id=/);
  return new URL(page.url()).searchParams.get('id') ?? '';
}

/** What the clipboard holds after clicking `button`. */
async function copied(page: Page, button: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await page.evaluate(() => navigator.clipboard.writeText(''));
  return text;
}

/**
 * One participant, on a device of their own: opens the invitation link, answers the strategy
 * questions (level 2, but `level` on the disputed one) and returns the code they hand back.
 */
async function answerAsParticipant(
  browser: Browser,
  link: string,
  level: number,
): Promise<{ code: string; report: PageReport }> {
  const { page, context, report } = await openPage(
    browser,
    new URL(link).pathname + new URL(link).hash,
  );
  try {
    await page.getByRole('button', { name: 'Start answering' }).click();
    await page.waitForURL(/\/assess\/\?id=/);
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('heading', { name: strategy.title.en, level: 2 }).waitFor();
    for (const question of strategy.questions) {
      const wanted = question.id === DISPUTED.id ? level : 2;
      await page
        .locator(`#q-${question.id}`)
        .getByRole('radio', { name: new RegExp(`^Level ${wanted}`) })
        .check();
    }
    await page.getByText(`${strategy.questions.length} of ${TOTAL} questions answered`).waitFor();
    await page
      .getByRole('link', { name: /^Review/ })
      .first()
      .click();
    await page.getByRole('link', { name: 'Hand back your answers' }).first().click();
    await page.waitForURL(/\/join\/\?id=/);
    const field = page.getByLabel('Your answers code');
    await expect.poll(() => field.inputValue()).toMatch(/^CRMS1\./);
    return { code: await field.inputValue(), report };
  } finally {
    await context.close();
  }
}

describe.runIf(chromiumAvailable())('a workshop from invitations to the PDF', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('collects three participants’ answers, agrees, and reports the alignment', async () => {
    const { page, context, report } = await openPage(browser, '/workshops/');
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
      const id = await setUp(page);
      await page.getByRole('heading', { name: 'Workshop: Ñandú Ibérica', level: 1 }).waitFor();

      // Each participant gets their own link and answers on a device of their own.
      const codes: string[] = [];
      for (const person of TEAM) {
        const link = await copied(page, `Copy invitation link for ${person.name}`);
        expect(link).toMatch(/\/join\/#CRMW1\./);
        const handed = await answerAsParticipant(browser, link, person.level);
        expectClean(handed.report);
        codes.push(handed.code);
      }

      // The facilitator imports the three codes.
      for (const [index, code] of codes.entries()) {
        await page.getByLabel('Submission code').fill(code);
        await page.getByRole('button', { name: 'Add these answers' }).click();
        await page.getByText(`The answers of ${TEAM[index]!.name}`).waitFor();
      }
      await expectNoAxeViolations(page);

      // The split question tops the agenda; the team agrees on level 1 with a note.
      const agenda = page.locator('ol.agenda > li');
      await expect
        .poll(() => agenda.first().locator('summary').textContent())
        .toContain(DISPUTED.prompt.en);
      const first = agenda.first();
      await first.getByRole('radio', { name: /^Level 1 / }).check();
      await first.getByLabel('Note: what was said, why').fill('Sponsor named, budget not yet.');
      await first.getByRole('button', { name: 'Save the agreement' }).click();
      await page.getByText('Saved: question 1 agreed as Level 1.').waitFor();

      // Where everyone gave the same level, one click agrees it.
      const others = strategy.questions.length - 1;
      await page
        .getByRole('button', {
          name: `Agree the suggested level on ${others} question(s) with consensus`,
        })
        .click();
      await page.getByText(`${others} agreement(s) recorded from the team’s consensus.`).waitFor();
      await page.getByText(`${strategy.questions.length} of ${TOTAL} agreed`).waitFor();

      // The consolidated assessment carries the agreement into results and the PDF.
      await page.getByRole('button', { name: 'Build the consolidated assessment' }).click();
      await page.getByRole('link', { name: 'See results, roadmap and PDF' }).click();
      await page.waitForURL(/\/results\/\?id=/);
      await page.locator('#downloads').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Download the PDF report' }).click(),
      ]);
      if (process.env.KEEP_PDF) await download.saveAs(process.env.KEEP_PDF);
      const text = execFileSync('pdftotext', ['-raw', await download.path(), '-'], {
        encoding: 'utf8',
      });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain('Workshop alignment');
      expect(flat).toContain('Most disputed questions');
      expect(flat).toContain('Sponsor named, budget not yet.');
      for (const person of TEAM) expect(flat).not.toContain(person.name);
      expectClean(report);
      expect(id).not.toBe('');
    } finally {
      await context.close();
    }
  });
});
