// The facilitator's side of workshop mode (#7): set up a workshop by keyboard, send an invitation,
// import three participants' answers (made here with the domain's own functions), see refusals
// explained, find the most disputed question at the top of the agenda, record the agreement and
// reach the consolidated assessment's results. Accessible and usable at 320 px in both languages.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_URL,
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
} from './harness';
import { makeTeamWorkshop, seedWorkshop } from './seed-workshop';
import { realContext, realQuestionnaire } from '../domain/assessment/real-content';
import {
  buildInvitation,
  buildSubmission,
  createWorkshop,
} from '~/domain/workshop/create-workshop';
import { decodeInvitationCode } from '~/domain/workshop/invitation-transfer';
import { encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import { tryParseWorkshopFile } from '~/domain/workshop/workshop-backup';
import type { AnswerValue } from '~/domain/scoring/model';
import type { Workshop } from '~/domain/workshop/workshop';
import { getStrings, type Lang } from '~/i18n';
import { format } from '~/i18n/format';
import { readStored } from './stored';

/** A template filled with the values known, up to the first one the test does not know. */
const lead = (template: string, values: object = {}): string =>
  format(template, values).split('{')[0] ?? '';

/**
 * What the test types, presses and reads, from each language's UI strings. The role keys are the
 * first letters typed into the role list; the date is Intl's long form of the seeded date; the
 * dimension's title comes from content/ (its YAML), so it stays literal.
 */
function words(lang: Lang) {
  const t = getStrings(lang);
  const s = t.workshop;
  return {
    prefix: lang === 'en' ? '' : '/es',
    organization: s.organizationLabel,
    addParticipant: s.addRow,
    setUp: s.setUpButton,
    roleKeys: (lang === 'en' ? ['s', 'i'] : ['v', 's']) as readonly [string, string],
    copyCode: (name: string) => format(s.copyCodeLabel, { name }),
    codeCopied: (name: string) => format(s.codeCopied, { name }),
    pasteLabel: s.pasteLabel,
    addAnswers: s.addAnswers,
    fileLabel: s.fileLabel,
    imported: (name: string, role: string) => lead(s.imported, { name, role }),
    otherWorkshop: (organization: string, date: string) =>
      format(s.importErrors['other-workshop'], { organization, date }),
    nothingImported: s.importRefused,
    duplicate: lead(s.importErrors.duplicate, { name: 'Ana Directora' }),
    keepNewer: s.keepNewer,
    keepEarlier: s.keepEarlier,
    keptEarlier: format(s.keptEarlier, { name: 'Ana Directora' }),
    agenda: s.agendaHeading,
    agreedFor: format(s.agreedLegend, { rank: 1 }),
    level: (n: number) => new RegExp(`^${format(s.level, { level: n })} `),
    note: s.noteLabel,
    save: s.saveAgreement,
    saved: format(s.agreementSaved, { rank: 1, answer: format(s.level, { level: 3 }) }),
    build: s.consolidateButton,
    ready: s.consolidatedReady,
    seeResults: s.seeResults,
    resultsHeading: t.results.heading,
    strategy: lang === 'en' ? 'Strategy' : 'Estrategia',
    alignment: s.alignmentHeading,
    workshopHeading: format(s.workshopHeading, { organization: 'Ñandú Ibérica' }),
    date: lang === 'en' ? 'November 20, 2026' : '20 de noviembre de 2026',
    roles: [t.roles.executive, t.roles.sales, t.roles.it],
  };
}
const WORDS = { en: words('en'), es: words('es') } as const;

const QUESTION_IDS = realQuestionnaire.questions.map((q) => q.id);
/** The question the three participants split on (0, 4, 2); they agree (2) on everything else. */
const DISPUTED = realQuestionnaire.questions.find((q) => !q.critical && q.weight >= 2)!;
const SPLIT: readonly AnswerValue[] = [0, 4, 2];

/**
 * The seeded team plus three salespeople who answered, so that the alignment breaks answers down
 * by role group (executives, sales, and the other roles pooled).
 */
function withSalesTeam(workshop: Workshop): Workshop {
  let grown: Workshop = {
    ...workshop,
    participants: [
      ...workshop.participants,
      ...['Sara', 'Saúl', 'Sonia'].map((name) => ({
        id: `sales-${name}`,
        name,
        role: 'sales' as const,
      })),
    ],
  };
  for (const [i, participant] of grown.participants.slice(-3).entries()) {
    const answers: Record<string, AnswerValue> = {};
    for (const id of QUESTION_IDS) answers[id] = ((i + 1) % 5) as AnswerValue;
    const invitation = buildInvitation(grown, participant.id)!;
    const submission = buildSubmission(invitation, answers, new Date('2026-11-20T11:00:00.000Z'));
    grown = { ...grown, submissions: [...grown.submissions, submission] };
  }
  return grown;
}

/** The workshop as the page stored it. */
async function readWorkshop(page: Page, id: string): Promise<Workshop> {
  const raw = await readStored(page, `crm-readiness/workshop/${id}`);
  const read = tryParseWorkshopFile(raw ?? '');
  if (!read.ok) throw new Error(`The stored workshop does not read back: ${read.detail}`);
  return read.workshop;
}

/** What participant `index` hands back: level 2 everywhere but the disputed question. */
function submissionOf(workshop: Workshop, index: number, at: string) {
  const answers: Record<string, AnswerValue> = {};
  for (const id of QUESTION_IDS) answers[id] = 2;
  answers[DISPUTED.id] = SPLIT[index]!;
  const invitation = buildInvitation(workshop, workshop.participants[index]!.id)!;
  return buildSubmission(invitation, answers, new Date(at));
}

/** The text of the import's outcome, once it has appeared. */
async function importOutcome(page: Page): Promise<string> {
  const banner = page.locator('.import-result .banner');
  await banner.waitFor();
  return (await banner.textContent()) ?? '';
}

/** Pastes a code and adds it; waits for a new outcome. */
async function pasteCode(page: Page, lang: Lang, code: string): Promise<string> {
  const w = WORDS[lang];
  const before = await page.locator('.import-result').textContent();
  await page.getByLabel(w.pasteLabel).fill(code);
  await page.getByRole('button', { name: w.addAnswers }).click();
  await page.waitForFunction((previous) => {
    const text = document.querySelector('.import-result')?.textContent ?? '';
    return text !== '' && text !== previous;
  }, before ?? '');
  return importOutcome(page);
}

/** The id of the focused element. */
function focusedId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/**
 * Presses Tab until the focused element's id matches (a date input takes one Tab per part), and
 * fails if that takes more than `most` presses.
 */
async function tabTo(page: Page, id: RegExp, most = 5): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    await page.keyboard.press('Tab');
    if (id.test(await focusedId(page))) return;
  }
  throw new Error(`Tab did not reach ${String(id)}; focus is on #${await focusedId(page)}`);
}

/** Waits until the focused element's id matches (focus moves after the page has redrawn). */
async function waitForFocus(page: Page, id: RegExp): Promise<void> {
  for (let tries = 0; tries < 50; tries += 1) {
    if (id.test(await focusedId(page))) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Focus did not reach ${String(id)}; it is on #${await focusedId(page)}`);
}

/** Sets up the three-person workshop through the form, by keyboard only; returns its id. */
async function setUpByKeyboard(page: Page, lang: Lang): Promise<string> {
  const w = WORDS[lang];
  await page.getByLabel(w.organization, { exact: true }).focus();
  await page.keyboard.type('Ñandú Ibérica');
  await tabTo(page, /^setup-date$/, 1); // today by default
  await tabTo(page, /^setup-facilitator$/);
  await page.keyboard.type('Marta Facilitadora');
  await tabTo(page, /^participant-\d+-name$/, 1);
  await page.keyboard.type('Ana Directora'); // role: executive, the default
  await tabTo(page, /^participant-\d+-role$/, 1);
  await tabTo(page, /^add-participant$/, 1); // a single row has no Remove button
  for (const [name, roleKey] of [
    ['Berto Comercial', w.roleKeys[0]],
    ['Carla Sistemas', w.roleKeys[1]],
  ] as const) {
    await page.keyboard.press('Enter');
    // Focus moves to the new row's name (after the row is drawn).
    await waitForFocus(page, /^participant-\d+-name$/);
    await page.keyboard.type(name);
    await tabTo(page, /^participant-\d+-role$/, 1);
    await page.keyboard.type(roleKey); // selects the first role starting with that letter
    await tabTo(page, /^add-participant$/, 2); // past this row's Remove
  }
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/workshop\/\?id=/);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return new URL(page.url()).searchParams.get('id') ?? '';
}

describe.runIf(chromiumAvailable())('the facilitator runs a workshop', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['en', 'es'] as const)(
    'sets up, invites, imports, agrees and reaches the results (%s)',
    async (lang) => {
      const w = WORDS[lang];
      const { page, context, report } = await openPage(browser, `${w.prefix}/workshops/`);
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: BASE_URL,
        });
        await page.getByLabel(w.organization, { exact: true }).waitFor();
        await expectNoAxeViolations(page);
        const id = await setUpByKeyboard(page, lang);
        let workshop = await readWorkshop(page, id);
        expect(workshop.participants.map((p) => [p.name, p.role])).toEqual([
          ['Ana Directora', 'executive'],
          ['Berto Comercial', 'sales'],
          ['Carla Sistemas', 'it'],
        ]);

        // The invitation code copied is Ana's, for this workshop.
        await page.getByRole('button', { name: w.copyCode('Ana Directora') }).click();
        await page.getByText(w.codeCopied('Ana Directora')).waitFor();
        const code = await page.evaluate(() => navigator.clipboard.readText());
        const invitation = await decodeInvitationCode(code);
        expect(invitation.ok && invitation.invitation.participant.name).toBe('Ana Directora');
        expect(invitation.ok && invitation.invitation.workshopId).toBe(id);

        // Three submissions: two codes and a file.
        const [ana, berto, carla] = [0, 1, 2].map((i) =>
          submissionOf(workshop, i, `2026-11-20T10:0${i}:00.000Z`),
        );
        const roles = w.roles;
        expect(
          await pasteCode(page, lang, await encodeSubmissionCode(ana!, QUESTION_IDS)),
        ).toContain(w.imported('Ana Directora', roles[0]!));
        // The outcome takes focus, so that it is read out and what comes next is near.
        await page.waitForFunction(() => document.activeElement?.classList.contains('banner'));
        await page.getByLabel(w.fileLabel).setInputFiles({
          name: 'berto.json',
          mimeType: 'application/json',
          buffer: Buffer.from(serializeSubmissionFile(berto!)),
        });
        await page.getByText(w.imported('Berto Comercial', roles[1]!)).waitFor();

        // A code from another workshop is refused, saying what to do; nothing changes.
        const elsewhere = createWorkshop(
          {
            organization: 'Otra Empresa',
            date: '2026-11-21',
            facilitator: '',
            contentVersion: realContext.contentVersion,
            participants: [{ name: 'Ana Directora', role: 'executive' }],
          },
          new Date(),
        );
        const foreign = buildSubmission(
          buildInvitation(elsewhere, elsewhere.participants[0]!.id)!,
          { [DISPUTED.id]: 1 },
          new Date(),
        );
        const refusal = await pasteCode(
          page,
          lang,
          await encodeSubmissionCode(foreign, QUESTION_IDS),
        );
        const today = await page.evaluate(
          ([day, l]) =>
            new Intl.DateTimeFormat(l, { dateStyle: 'long', timeZone: 'UTC' }).format(
              new Date(`${day}T00:00:00Z`),
            ),
          [workshop.date, lang] as const,
        );
        expect(refusal).toContain(w.otherWorkshop('Ñandú Ibérica', today));
        expect(refusal).toContain(w.nothingImported);
        expect((await readWorkshop(page, id)).submissions).toHaveLength(2);

        expect(
          await pasteCode(page, lang, await encodeSubmissionCode(carla!, QUESTION_IDS)),
        ).toContain(w.imported('Carla Sistemas', roles[2]!));

        // Ana's answers again: a duplicate, the facilitator keeps the earlier ones.
        const again = { ...ana!, submittedAt: '2026-11-20T11:00:00.000Z' };
        expect(
          await pasteCode(page, lang, await encodeSubmissionCode(again, QUESTION_IDS)),
        ).toContain(w.duplicate);
        await page.getByRole('button', { name: w.keepNewer }).waitFor();
        await page.getByRole('button', { name: w.keepEarlier }).click();
        await page.getByText(w.keptEarlier).waitFor();
        workshop = await readWorkshop(page, id);
        expect(workshop.submissions.map((s) => s.submittedAt)).toEqual([
          ana!.submittedAt,
          berto!.submittedAt,
          carla!.submittedAt,
        ]);

        // The most disputed question leads the agenda.
        const agenda = page.getByRole('region', { name: w.agenda });
        const first = agenda.getByRole('listitem').first();
        expect(await first.textContent()).toContain(DISPUTED.prompt[lang]);

        // Record the agreement: level 3, with a note.
        const group = first.getByRole('group', { name: w.agreedFor });
        await group.getByRole('radio', { name: w.level(3) }).check();
        await first.getByLabel(w.note).fill('Sales and IT see it differently; level 3 for now.');
        await first.getByRole('button', { name: w.save }).click();
        await first.getByText(w.saved).waitFor();
        workshop = await readWorkshop(page, id);
        expect(workshop.agreed[DISPUTED.id]).toEqual({
          value: 3,
          note: 'Sales and IT see it differently; level 3 for now.',
        });

        // Alignment with a dimension open, and the whole page, pass axe; no sideways scroll.
        await page
          .locator('details.dimension-questions > summary', { hasText: w.strategy })
          .click();
        await page
          .getByRole('region', { name: w.alignment })
          .getByRole('article')
          .first()
          .waitFor();
        await expectNoAxeViolations(page);
        await page.setViewportSize({ width: 320, height: 800 });
        await expectNoHorizontalScroll(page);
        await page.setViewportSize({ width: 1280, height: 800 });

        // The consolidated assessment, then its results.
        await page.getByRole('button', { name: w.build }).click();
        await page.getByText(w.ready, { exact: true }).waitFor();
        await page.getByRole('link', { name: w.seeResults }).click();
        await page.waitForURL(/\/results\/\?id=/);
        await page.getByRole('heading', { level: 1, name: w.resultsHeading }).waitFor();
        expect(report.pageErrors).toEqual([]);
        expect(report.externalRequests).toEqual([]);
        expect(report.cspViolations).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  describe.each(['en', 'es'] as const)('in %s', (lang) => {
    const w = WORDS[lang];
    const team = withSalesTeam(makeTeamWorkshop());

    it.each(['light', 'dark'] as const)(
      'loads a workshop with answers, accessible and without sideways scroll at 320 px (%s)',
      async (colorScheme) => {
        let context: BrowserContext | undefined;
        try {
          const opened = await openPage(browser, '/404.html', { width: 320, colorScheme });
          context = opened.context;
          const page = opened.page;
          await seedWorkshop(page, team);
          await page.goto(new URL(`${w.prefix}/workshop/?id=${team.id}`, BASE_URL).href);
          await page.getByRole('heading', { level: 1, name: w.workshopHeading }).waitFor();
          expect(await page.getByText(w.date).first().isVisible()).toBe(true);
          // A dimension open: question cards with their distribution and role-group tables.
          await page
            .locator('details.dimension-questions > summary', { hasText: w.strategy })
            .click();
          await page
            .getByRole('region', { name: w.alignment })
            .getByRole('article')
            .first()
            .waitFor();
          await expectNoHorizontalScroll(page);
          await expectNoAxeViolations(page);
          await page.goto(new URL(`${w.prefix}/workshops/`, BASE_URL).href);
          await page.getByRole('heading', { level: 3, name: 'Ñandú Ibérica' }).waitFor();
          await expectNoHorizontalScroll(page);
          await expectNoAxeViolations(page);
          expect(opened.report.pageErrors).toEqual([]);
        } finally {
          await context?.close();
        }
      },
    );
  });
});
