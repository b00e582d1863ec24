// Seeding for end-to-end tests of workshop screens that start with answers already handed in:
// a workshop built with the domain's own functions against the real question bank, stored the
// way the workshop store keeps it (its backup file's text under `crm-readiness/workshop/<id>`).
import type { Page } from 'playwright-core';
import { realQuestionnaire, realContext } from '../domain/assessment/real-content';
import {
  buildInvitation,
  buildSubmission,
  createWorkshop,
} from '~/domain/workshop/create-workshop';
import { replaceSubmission } from '~/domain/workshop/import-submission';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import type { AnswerValue } from '~/domain/scoring/model';
import type { RoleId, Workshop } from '~/domain/workshop/workshop';
import { BASE_URL } from './harness';

/** The question every seeded team disagrees on most: the first critical question. */
export const DISPUTED_QUESTION = realQuestionnaire.questions.find((q) => q.critical)!;

/** Five people; names that must never appear on the presentation view. */
export const TEAM: readonly { readonly name: string; readonly role: RoleId }[] = [
  { name: 'Ana Directora', role: 'executive' },
  { name: 'Berto Gerente', role: 'executive' },
  { name: 'Carla Consejera', role: 'executive' },
  { name: 'Dani Comercial', role: 'sales' },
  { name: 'Eva Soporte', role: 'service' },
];

/**
 * A workshop of `TEAM` where everyone handed in: all agree (level 2) on every question but the
 * disputed one, where answers run from 0 to 4.
 */
export function makeTeamWorkshop(organization = 'Ñandú Ibérica'): Workshop {
  let workshop = createWorkshop(
    {
      organization,
      date: '2026-11-20',
      facilitator: 'Marta Facilitadora',
      contentVersion: realContext.contentVersion,
      participants: TEAM,
    },
    new Date('2026-11-01T09:00:00.000Z'),
  );
  workshop.participants.forEach((participant, index) => {
    const answers: Record<string, AnswerValue> = {};
    for (const question of realQuestionnaire.questions) answers[question.id] = 2;
    answers[DISPUTED_QUESTION.id] = index as AnswerValue;
    const invitation = buildInvitation(workshop, participant.id)!;
    const submission = buildSubmission(invitation, answers, new Date('2026-11-20T10:00:00.000Z'));
    workshop = replaceSubmission(workshop, submission, new Date('2026-11-20T10:05:00.000Z'));
  });
  return workshop;
}

/** Stores `workshop` in the site's localStorage (opening the home page to reach the origin). */
export async function seedWorkshop(page: Page, workshop: Workshop): Promise<void> {
  await page.goto(new URL('/', BASE_URL).href);
  await page.evaluate(([key, raw]) => localStorage.setItem(key, raw), [
    `crm-readiness/workshop/${workshop.id}`,
    serializeWorkshopFile(workshop),
  ] as const);
}
