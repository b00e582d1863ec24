// The workshop's consensus rule and second round (#18) on the facilitator's page: the rule chosen
// at setup is named with every consensus flag, a second round started on the disputed question
// takes round-2 answers apart from round 1, and the page shows round 1 against round 2 with the
// minority's reasons; in both languages, light and dark, with no axe violations and no sideways
// scroll at 320 px. Screenshots go to SCREENSHOT_DIR when it is set.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  expectNoAxeViolations,
  expectNoHorizontalScroll,
  launchBrowser,
  openPage,
} from './harness';
import { DISPUTED_QUESTION, makeTeamWorkshop, seedWorkshop } from './seed-workshop';
import { format, getStrings, type Lang } from '~/i18n';
import { addRoundTwoSubmission, startRoundTwo } from '~/domain/workshop/round-two';
import type { AnswerValue } from '~/domain/scoring/model';
import type { Workshop } from '~/domain/workshop/workshop';

const shots = process.env['SCREENSHOT_DIR'];

/** The team's workshop with a second round on the disputed question: two moved up, three stayed. */
function makeTwoRoundWorkshop(): Workshop {
  const first = { ...makeTeamWorkshop(), consensusRule: 'near-median' as const };
  let workshop = startRoundTwo(
    first,
    [DISPUTED_QUESTION.id],
    {},
    new Date('2026-11-20T11:00:00.000Z'),
  ) as Workshop & { roundTwo: NonNullable<Workshop['roundTwo']> };
  const levels: AnswerValue[] = [0, 2, 2, 4, 4];
  first.participants.forEach((participant, index) => {
    workshop = addRoundTwoSubmission(
      workshop,
      {
        workshopId: first.id,
        contentVersion: first.contentVersion,
        participantId: participant.id,
        role: participant.role,
        answers: { [DISPUTED_QUESTION.id]: levels[index]! },
        submittedAt: '2026-11-20T11:30:00.000Z',
        round: {
          number: 2,
          startedAt: workshop.roundTwo.startedAt,
          reasons: index === 4 ? { [DISPUTED_QUESTION.id]: 'Seguimos sin patrocinador.' } : {},
        },
      },
      new Date('2026-11-20T11:35:00.000Z'),
    ) as typeof workshop;
  });
  return workshop;
}

const workshop = makeTwoRoundWorkshop();

async function openWorkshop(browser: Browser, lang: Lang, width: number, scheme: 'light' | 'dark') {
  const prefix = lang === 'es' ? '/es' : '';
  const opened = await openPage(browser, `${prefix}/`, { width, colorScheme: scheme });
  await seedWorkshop(opened.page, workshop);
  await opened.page.goto(
    new URL(`${prefix}/workshop/?id=${encodeURIComponent(workshop.id)}`, opened.page.url()).href,
  );
  return opened;
}

async function shoot(page: Page, name: string, selector: string): Promise<void> {
  if (!shots) return;
  await page.locator(selector).scrollIntoViewIfNeeded();
  await page.locator(selector).screenshot({ path: `${shots}/${name}.png` });
}

describe.runIf(chromiumAvailable())('the workshop’s consensus rule and second round', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<[Lang, number, 'light' | 'dark']>([
    ['en', 1280, 'light'],
    ['es', 1280, 'dark'],
    ['en', 320, 'dark'],
    ['es', 320, 'light'],
  ])('shows the rule and round 1 against round 2 (%s, %i px, %s)', async (lang, width, scheme) => {
    const t = getStrings(lang).workshop;
    const { page, context } = await openWorkshop(browser, lang, width, scheme);
    try {
      const rule = page.getByRole('radio', { name: t.rules.names['near-median'] });
      await rule.waitFor();
      expect(await rule.isChecked()).toBe(true);
      const round = page.getByRole('heading', { level: 2, name: t.rounds.heading });
      await round.waitFor();
      await page.getByRole('heading', { level: 3, name: t.rounds.movementHeading }).waitFor();
      await page
        .getByText(
          format(t.rounds.minorityReason, {
            level: 4,
            reason: 'Seguimos sin patrocinador.',
          }),
        )
        .waitFor();
      await page.getByText(format(t.rounds.moved, { up: 2, down: 0, compared: 5 })).waitFor();
      await expectNoAxeViolations(page);
      await expectNoHorizontalScroll(page);
      await shoot(page, `rule-${lang}-${width}-${scheme}`, '.consensus-rule');
      await shoot(page, `round-${lang}-${width}-${scheme}`, '#round-two');
    } finally {
      await context.close();
    }
  });
});
