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
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
  type PageReport,
} from './harness';

const WORDS = {
  en: {
    prefix: '',
    invitationHeading: 'Your invitation',
    codeLabel: 'Invitation code',
    read: 'Read the invitation',
    start: 'Start answering',
    continue: 'Continue your answers',
    next: 'Next',
    handBack: 'Hand back your answers',
    handBackHeading: 'Hand back your answers',
    answersCode: 'Your answers code',
    copy: 'Copy the code',
    copied: 'Code copied.',
    download: 'Download answers file',
    handIn: 'Hand in to the workshop on this device',
    thanks: 'Thank you — please hand the device back to the facilitator',
    toWorkshop: 'Open the workshop (facilitator)',
    notInvitation: 'This is not a workshop invitation.',
    role: { executive: 'Executive', sales: 'Sales' },
    banner: (org: string, name: string, role: string) =>
      `You are answering for the ${org} workshop as ${name} (${role}).`,
    notFound: 'This assessment is not saved in this browser.',
    badge: 'Workshop answers',
    handBackCard: (name: string) => `Hand back the answers of ${name}`,
    assessmentName: (org: string) => `Workshop — ${org}`,
  },
  es: {
    prefix: '/es',
    invitationHeading: 'Su invitación',
    codeLabel: 'Código de invitación',
    read: 'Leer la invitación',
    start: 'Empezar a responder',
    continue: 'Seguir con sus respuestas',
    next: 'Siguiente',
    handBack: 'Entregar sus respuestas',
    handBackHeading: 'Entregar sus respuestas',
    answersCode: 'Código de sus respuestas',
    copy: 'Copiar el código',
    copied: 'Código copiado.',
    download: 'Descargar el archivo de respuestas',
    handIn: 'Entregar al taller de este dispositivo',
    thanks: 'Gracias. Devuelva el dispositivo a quien dirige el taller',
    toWorkshop: 'Abrir el taller (para quien lo dirige)',
    notInvitation: 'Esto no es una invitación a un taller.',
    role: { executive: 'Dirección', sales: 'Ventas' },
    banner: (org: string, name: string, role: string) =>
      `Responde para el taller de ${org} como ${name} (${role}).`,
    notFound: 'Esta evaluación no está guardada en este navegador.',
    badge: 'Respuestas de taller',
    handBackCard: (name: string) => `Entregar las respuestas de ${name}`,
    assessmentName: (org: string) => `Taller — ${org}`,
  },
} as const;
type Lang = keyof typeof WORDS;

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
      .getByRole('group', { name: new RegExp(`^Question ${i + 1} of`) })
      .getByRole('radio', { name: new RegExp(`^Level ${level}`) })
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

/** Every key this browser's localStorage holds. */
function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage));
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
          .getByRole('group', { name: new RegExp(`^Question ${i + 1} of`) })
          .getByRole('radio', { name: new RegExp(`^Level ${level}`) })
          .check();
      }
      await page
        .getByRole('group', { name: /^Question 1 of/ })
        .getByText('Note (optional)')
        .click();
      await page.getByLabel('Note for question 1').fill('Private: only for me');
      await page.goto(page.url().replace(/step=[^&#]*/, 'step=review'));
      // A participant hands back instead of opening results.
      expect(await page.getByRole('link', { name: 'See the results' }).count()).toBe(0);
      await page.getByRole('link', { name: w.handBack }).click();
      await page.waitForURL(/\/join\/\?id=/);
      await page.getByText(`3 of ${QUESTION_IDS.length} questions answered.`).waitFor();
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
    ['', 'Open your invitation', 'Join a workshop'],
    ['/es', 'Abra su invitación', 'Unirse a un taller'],
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
      await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
        `crm-readiness/workshop/${workshop.id}`,
        serializeWorkshopFile(workshop),
      ] as const);

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
      const raw = await page.evaluate(
        (key) => localStorage.getItem(key) ?? '',
        `crm-readiness/workshop/${workshop.id}`,
      );
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
      await page.getByText(`0 of ${QUESTION_IDS.length} questions answered`).first().waitFor();
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
