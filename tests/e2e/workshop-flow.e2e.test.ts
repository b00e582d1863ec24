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
import { getStrings } from '~/i18n';
import { format, formatCount } from '~/i18n/format';

/** The names of what the test presses and reads, from the English UI strings. */
const t = getStrings('en');
const ws = t.workshop;

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
  await page.getByLabel(ws.organizationLabel, { exact: true }).fill('Ñandú Ibérica');
  await page.getByLabel(ws.facilitatorLabel).fill('Marta Facilitadora');
  for (const [index, person] of TEAM.entries()) {
    if (index > 0) await page.getByRole('button', { name: ws.addRow }).click();
    await page.getByLabel(ws.nameLabel).nth(index).fill(person.name);
    await page.getByLabel(ws.roleLabel).nth(index).selectOption(person.role);
  }
  await page.getByRole('button', { name: ws.setUpButton }).click();
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
    await page.getByRole('button', { name: t.join.start }).click();
    await page.waitForURL(/\/assess\/\?id=/);
    await page.getByRole('button', { name: t.wizard.next, exact: true }).click();
    await page.getByRole('heading', { name: strategy.title.en, level: 2 }).waitFor();
    for (const question of strategy.questions) {
      const wanted = question.id === DISPUTED.id ? level : 2;
      await page
        .locator(`#q-${question.id}`)
        .getByRole('radio', { name: new RegExp(`^${format(t.wizard.level, { level: wanted })}`) })
        .check();
    }
    await page
      .getByText(
        format(t.wizard.progressOverall, { answered: strategy.questions.length, total: TOTAL }),
      )
      .waitFor();
    await page
      .getByRole('link', { name: new RegExp(`^${t.wizard.reviewStep}`) })
      .first()
      .click();
    await page.getByRole('link', { name: t.wizard.handBack }).first().click();
    await page.waitForURL(/\/join\/\?id=/);
    const field = page.getByLabel(t.join.codeFieldLabel);
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
      await page
        .getByRole('heading', {
          name: format(ws.workshopHeading, { organization: 'Ñandú Ibérica' }),
          level: 1,
        })
        .waitFor();

      // Each participant gets their own link and answers on a device of their own.
      const codes: string[] = [];
      for (const person of TEAM) {
        const link = await copied(page, format(ws.copyLinkLabel, { name: person.name }));
        expect(link).toMatch(/\/join\/#CRMW1\./);
        const handed = await answerAsParticipant(browser, link, person.level);
        expectClean(handed.report);
        codes.push(handed.code);
      }

      // The facilitator imports the three codes.
      for (const [index, code] of codes.entries()) {
        await page.getByLabel(ws.pasteLabel).fill(code);
        await page.getByRole('button', { name: ws.addAnswers }).click();
        await page
          .getByText(format(ws.imported, { name: TEAM[index]!.name }).split('{')[0]!)
          .waitFor();
      }
      await expectNoAxeViolations(page);

      // The split question tops the agenda; the team agrees on level 1 with a note.
      const agenda = page.locator('ol.agenda > li');
      await expect
        .poll(() => agenda.first().locator('summary').textContent())
        .toContain(DISPUTED.prompt.en);
      const first = agenda.first();
      await first
        .getByRole('radio', { name: new RegExp(`^${format(ws.level, { level: 1 })} `) })
        .check();
      await first.getByLabel(ws.noteLabel).fill('Sponsor named, budget not yet.');
      await first.getByRole('button', { name: ws.saveAgreement }).click();
      await page
        .getByText(format(ws.agreementSaved, { rank: 1, answer: format(ws.level, { level: 1 }) }))
        .waitFor();

      // Where everyone gave the same level, one click agrees it.
      const others = strategy.questions.length - 1;
      await page
        .getByRole('button', {
          name: formatCount(ws.acceptConsensus, others),
        })
        .click();
      await page.getByText(formatCount(ws.acceptConsensusDone, others)).waitFor();
      await page
        .getByText(format(ws.agendaProgress, { agreed: strategy.questions.length, total: TOTAL }))
        .waitFor();

      // The consolidated assessment carries the agreement into results and the PDF.
      await page.getByRole('button', { name: ws.consolidateButton }).click();
      await page.getByRole('link', { name: ws.seeResults }).click();
      await page.waitForURL(/\/results\/\?id=/);
      await page.locator('#downloads').waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: t.results.pdfButton }).click(),
      ]);
      if (process.env.KEEP_PDF) await download.saveAs(process.env.KEEP_PDF);
      const text = execFileSync('pdftotext', ['-raw', await download.path(), '-'], {
        encoding: 'utf8',
      });
      const flat = text.replace(/\s+/g, ' ');
      expect(flat).toContain(t.report.alignment.title);
      expect(flat).toContain(t.report.alignment.disputedHeading);
      expect(flat).toContain('Sponsor named, budget not yet.');
      for (const person of TEAM) expect(flat).not.toContain(person.name);
      expectClean(report);
      expect(id).not.toBe('');
    } finally {
      await context.close();
    }
  });
});
