// Workshop participants (#7): join from an invitation link in a fresh browser, answer, and hand
// back a code the facilitator decodes (checked here in Node with the domain's own functions); a
// submission code pasted as an invitation is refused with its message; several participants in
// turn on one device, each seeing only their own answers; the join page passes axe and fits 320 px.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realContext, realQuestionnaire } from '../domain/assessment/real-content';
import {
  buildInvitation,
  buildSubmission,
  createWorkshop,
} from '~/domain/workshop/create-workshop';
import { encodeInvitationCode } from '~/domain/workshop/invitation-transfer';
import { decodeSubmissionCode, encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { tryParseSubmissionFile } from '~/domain/workshop/submission-file';
import { serializeWorkshopFile, tryParseWorkshopFile } from '~/domain/workshop/workshop-backup';
import type { Workshop } from '~/domain/workshop/workshop';
import { getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
  type PageReport,
} from './harness';
import { readStored, storedKeys, writeStored } from './stored';

/** A message's first sentence, where the test checks only that. */
const firstSentence = (text: string): string => text.split(/(?<=\.) /)[0] ?? '';

/** What the test presses and reads, from each language's UI strings. */
function words(lang: Lang) {
  const t = getStrings(lang);
  const j = t.join;
  return {
    prefix: lang === 'en' ? '' : '/es',
    invitationHeading: j.invitationHeading,
    codeLabel: j.codeLabel,
    read: j.read,
    start: j.start,
    continue: j.continue,
    next: t.wizard.next,
    handBack: t.wizard.handBack,
    handBackHeading: j.handBackHeading,
    answersCode: j.codeFieldLabel,
    copy: j.copy,
    copied: firstSentence(j.copied),
    download: j.download,
    handIn: j.handIn,
    thanks: j.thanksHeading,
    toWorkshop: j.toWorkshop,
    notInvitation: firstSentence(j.invitationErrors['not-an-invitation']),
    role: { executive: t.roles.executive, sales: t.roles.sales },
    banner: (organization: string, name: string, role: string) =>
      firstSentence(format(t.wizard.participantBanner, { organization, name, role })),
    notFound: firstSentence(t.wizard.notFound),
    badge: t.assessments.workshopBadge,
    handBackCard: (name: string) => format(t.assessments.handBackLabel, { name }),
    assessmentName: (organization: string) => format(j.assessmentName, { organization }),
    question: (n: number) =>
      new RegExp(`^${format(t.wizard.questionNumber, { n }).split('{')[0]!.trimEnd()}`),
    level: (level: number) => new RegExp(`^${format(t.wizard.level, { level })}`),
    note: t.wizard.note,
    noteFor: (n: number) => format(t.wizard.noteFor, { n }),
    seeResults: t.wizard.seeResults,
    joinProgress: (answered: number, total: number) => format(j.progress, { answered, total }),
    wizardProgress: (answered: number, total: number) =>
      format(t.wizard.progressOverall, { answered, total }),
    joinLink: t.assessments.joinLink,
    joinHeading: j.heading,
  };
}
const WORDS = { en: words('en'), es: words('es') } as const;

const ORGANIZATION = 'Ñandú Ibérica';
const QUESTION_IDS = realQuestionnaire.questions.map((q) => q.id);

/** A workshop against the real content: Ana (executive) and Ben (sales), nothing handed in. */
function makeWorkshop(): Workshop {
  return createWorkshop(
    {
      organization: ORGANIZATION,
      date: '2026-11-20',
      facilitator: 'Marta Facilitadora',
      contentVersion: realContext.contentVersion,
      participants: [
        { name: 'Ana Directora', role: 'executive' },
        { name: 'Ben Comercial', role: 'sales' },
      ],
    },
    new Date('2026-11-01T09:00:00.000Z'),
  );
}

/** The invitation link the facilitator sends one participant, as a path of this site. */
async function invitationPath(workshop: Workshop, index: number, lang: Lang = 'en') {
  const invitation = buildInvitation(workshop, workshop.participants[index]!.id)!;
  return `${WORDS[lang].prefix}/join/#${await encodeInvitationCode(invitation)}`;
}

/** Opens an invitation link in an open page, as following it from a message would. */
async function followLink(page: Page, path: string, lang: Lang = 'en'): Promise<void> {
  await page.goto('about:blank');
  await page.goto(new URL(path, BASE_URL).href);
  const heading = WORDS[lang].invitationHeading;
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
  // Focus moves to the invitation once it is read.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(heading);
}

/** From an invitation read on /join/ (in English): start, answer the first questions, reach hand-back. */
async function answerAndHandBack(page: Page, levels: readonly number[]) {
  const w = WORDS.en;
  await page.getByRole('button', { name: w.start }).click();
  await page.waitForURL(/\/assess\/\?id=/);
  const id = new URL(page.url()).searchParams.get('id') ?? '';
  await page.getByRole('button', { name: w.next, exact: true }).click();
  for (const [i, level] of levels.entries()) {
    await page
      .getByRole('group', { name: w.question(i + 1) })
      .getByRole('radio', { name: w.level(level) })
      .check();
  }
  await page.goto(page.url().replace(/step=[^&#]*/, 'step=review'));
  await page.getByRole('link', { name: w.handBack }).click();
  await page.waitForURL(/\/join\/\?id=/);
  await page.getByRole('heading', { name: w.handBackHeading }).waitFor();
  return id;
}

/** The submission code once the page has prepared it. */
async function readAnswersCode(page: Page, lang: Lang = 'en'): Promise<string> {
  const field = page.getByLabel(WORDS[lang].answersCode);
  await expect.poll(() => field.inputValue()).toMatch(/^CRMS1\./);
  return field.inputValue();
}

function expectCleanReport(report: PageReport): void {
  expect(report.pageErrors).toEqual([]);
  expect(report.consoleErrors).toEqual([]);
  expect(report.cspViolations).toEqual([]);
  expect(report.externalRequests).toEqual([]);
}

describe.runIf(chromiumAvailable())('workshop participants (#7)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('joins from an invitation link, answers, and hands back a code the facilitator decodes', async () => {
    const workshop = makeWorkshop();
    const ben = workshop.participants[1]!;
    const { page, context, report } = await openPage(browser, await invitationPath(workshop, 1));
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
    try {
      const w = WORDS.en;
      const summary = page.getByRole('region', { name: w.invitationHeading });
      await summary.waitFor();
      // The code leaves the address once read; the summary says what the invitation is.
      expect(new URL(page.url()).hash).toBe('');
      const text = await summary.textContent();
      for (const fact of [ORGANIZATION, ben.name, w.role.sales]) expect(text).toContain(fact);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
        w.invitationHeading,
      );

      await page.getByRole('button', { name: w.start }).click();
      await page.waitForURL(/\/assess\/\?id=/);
      await page.getByText(w.banner(ORGANIZATION, ben.name, w.role.sales)).waitFor();
      await page.getByRole('button', { name: w.next, exact: true }).click();
      const levels = [3, 1, 4];
      for (const [i, level] of levels.entries()) {
        await page
          .getByRole('group', { name: w.question(i + 1) })
          .getByRole('radio', { name: w.level(level) })
          .check();
      }
      await page
        .getByRole('group', { name: w.question(1) })
        .getByText(w.note)
        .click();
      await page.getByLabel(w.noteFor(1)).fill('Private: only for me');
      await page.goto(page.url().replace(/step=[^&#]*/, 'step=review'));
      // A participant hands back instead of opening results.
      expect(await page.getByRole('link', { name: w.seeResults }).count()).toBe(0);
      await page.getByRole('link', { name: w.handBack }).click();
      await page.waitForURL(/\/join\/\?id=/);
      await page.getByText(w.joinProgress(3, QUESTION_IDS.length)).waitFor();
      // Nobody else's answers: no workshop here, so no hand-in on this device either.
      expect(await page.getByRole('button', { name: w.handIn }).count()).toBe(0);

      const code = await readAnswersCode(page);
      const decoded = await decodeSubmissionCode(code, QUESTION_IDS);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      expect(decoded.submission).toMatchObject({
        workshopId: workshop.id,
        contentVersion: workshop.contentVersion,
        participantId: ben.id,
        role: 'sales',
      });
      expect(decoded.submission.answers).toEqual(
        Object.fromEntries(levels.map((level, i) => [QUESTION_IDS[i], level])),
      );

      await page.getByRole('button', { name: w.copy }).click();
      const copied = page.getByText(w.copied);
      await copied.waitFor();
      expect(await copied.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: w.download }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('answers-nandu-iberica-ben-comercial.json');
      const file = await readFile((await download.path()) ?? '', 'utf8');
      expect(file).not.toContain('Private: only for me');
      const fromFile = tryParseSubmissionFile(file);
      expect(fromFile.ok && fromFile.submission.answers).toEqual(decoded.submission.answers);

      // The same invitation again: carry on rather than start twice.
      await followLink(page, await invitationPath(workshop, 1));
      await page.getByRole('link', { name: w.continue }).waitFor();
      expect(await page.getByRole('button', { name: w.start }).count()).toBe(0);

      // The list shows these as workshop answers, handed back rather than opened as results.
      await page.goto(new URL('/assessments/', BASE_URL).href);
      const name = w.assessmentName(ORGANIZATION);
      await page.getByText(w.badge).waitFor();
      await page.getByRole('link', { name: w.handBackCard(name) }).click();
      await page.waitForURL(/\/join\/\?id=/);
      expect(await readAnswersCode(page)).toMatch(/^CRMS1\./);
      expectCleanReport(report);
    } finally {
      await context.close();
    }
  });

  it.each(['en', 'es'] as const)(
    'refuses a submission code pasted as an invitation, with its message (%s)',
    async (lang) => {
      const w = WORDS[lang];
      const workshop = makeWorkshop();
      const submission = buildSubmission(
        buildInvitation(workshop, workshop.participants[0]!.id)!,
        { [QUESTION_IDS[0]!]: 2 },
        new Date('2026-11-20T10:00:00.000Z'),
      );
      const { page, context, report } = await openPage(browser, `${w.prefix}/join/`);
      try {
        await page
          .getByLabel(w.codeLabel)
          .fill(await encodeSubmissionCode(submission, QUESTION_IDS));
        await page.getByRole('button', { name: w.read }).click();
        const alert = page.getByRole('alert');
        await alert.getByText(w.notInvitation).waitFor();
        expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
        const summary = page.getByRole('heading', { name: w.invitationHeading, exact: true });
        expect(await summary.count()).toBe(0);
        const keys = await storedKeys(page);
        expect(keys.filter((key) => key.startsWith('crm-readiness/assessment/'))).toEqual([]);
        await expectNoAxeViolations(page);
        expectCleanReport(report);
      } finally {
        await context.close();
      }
    },
  );

  it.each([
    ['', WORDS.en.joinLink, WORDS.en.joinHeading],
    ['/es', WORDS.es.joinLink, WORDS.es.joinHeading],
  ])('is found from the assessments page (%s)', async (prefix, link, heading) => {
    const { page, context } = await openPage(browser, `${prefix}/assessments/`);
    try {
      await page.getByRole('link', { name: link }).click();
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe(`${prefix}/join/`);
    } finally {
      await context.close();
    }
  });

  it('lets participants answer in turn on one device, each seeing only their own answers', async () => {
    const w = WORDS.en;
    const workshop = makeWorkshop();
    const [ana, ben] = workshop.participants;
    const { page, context, report } = await openPage(browser, '/join/');
    try {
      // The facilitator's workshop, kept on this device as the workshop store keeps it.
      await writeStored(
        page,
        `crm-readiness/workshop/${workshop.id}`,
        serializeWorkshopFile(workshop),
      );

      await followLink(page, await invitationPath(workshop, 0));
      const anaId = await answerAndHandBack(page, [2, 2]);
      await page.getByRole('button', { name: w.handIn }).click();
      const thanks = page.getByRole('heading', { name: w.thanks });
      await thanks.waitFor();
      expect(await thanks.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByRole('link', { name: w.toWorkshop }).getAttribute('href')).toBe(
        `/workshop/?id=${workshop.id}`,
      );

      // Ana's answers are in the workshop and gone from the device.
      expect(await storedKeys(page)).not.toContain(`crm-readiness/assessment/${anaId}`);
      const raw = (await readStored(page, `crm-readiness/workshop/${workshop.id}`)) ?? '';
      const stored = tryParseWorkshopFile(raw);
      expect(stored.ok).toBe(true);
      if (!stored.ok) return;
      expect(stored.workshop.submissions.map((s) => s.participantId)).toEqual([ana!.id]);
      expect(stored.workshop.submissions[0]?.answers).toEqual({
        [QUESTION_IDS[0]!]: 2,
        [QUESTION_IDS[1]!]: 2,
      });
      await page.goto(new URL(`/assess/?id=${anaId}`, BASE_URL).href);
      await page.getByText(w.notFound).waitFor();

      // Ben, next on the same device, starts blank and sees only his own banner.
      await followLink(page, await invitationPath(workshop, 1));
      expect(await page.getByRole('link', { name: w.continue }).count()).toBe(0);
      await page.getByRole('button', { name: w.start }).click();
      await page.waitForURL(/\/assess\/\?id=/);
      await page.getByText(w.banner(ORGANIZATION, ben!.name, w.role.sales)).waitFor();
      await page.getByText(w.wizardProgress(0, QUESTION_IDS.length)).first().waitFor();
      expect(await page.getByText(ana!.name).count()).toBe(0);
      expectCleanReport(report);
    } finally {
      await context.close();
    }
  });

  describe.each(['en', 'es'] as const)('the join page in %s', (lang) => {
    const w = WORDS[lang];

    it.each(['light', 'dark'] as const)(
      'passes axe and fits 320 px, empty and with an invitation read (%s)',
      async (colorScheme) => {
        const { page, context, report } = await openPage(browser, `${w.prefix}/join/`, {
          width: 320,
          colorScheme,
        });
        try {
          await page.getByLabel(w.codeLabel).waitFor();
          await expectNoAxeViolations(page);
          await expectNoHorizontalScroll(page);
          await followLink(page, await invitationPath(makeWorkshop(), 0, lang), lang);
          await expectNoAxeViolations(page);
          await expectNoHorizontalScroll(page);
          expectCleanReport(report);
        } finally {
          await context.close();
        }
      },
    );

    it('passes axe and fits 320 px when handing back, by keyboard alone', async () => {
      const { page, context, report } = await openPage(browser, `${w.prefix}/join/`, {
        width: 320,
      });
      try {
        await followLink(page, await invitationPath(makeWorkshop(), 1, lang), lang);
        // The heading has focus: Tab reaches "Start answering", Enter starts.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(w.start);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/assess\/\?id=/);
        await page.goto(page.url().replace(/(\?id=[^&#]*).*/, '$1&step=review'));
        await page.getByRole('link', { name: w.handBack }).focus();
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/join\/\?id=/);
        await readAnswersCode(page, lang);
        await expectNoAxeViolations(page);
        await expectNoHorizontalScroll(page);
        expectCleanReport(report);
      } finally {
        await context.close();
      }
    });
  });
});
