/** Tiny inline content, workshops and submissions for the invitation and submission tests. */
import { buildInvitation, createWorkshop } from '~/domain/workshop/create-workshop';
import type { SubmissionImportContext } from '~/domain/workshop/import-submission';
import type { Invitation, Submission, Workshop } from '~/domain/workshop/workshop';

export { deepFreeze } from '../assessment/helpers';

/** A three-question content: `q-na` allows "not applicable", `q-crit` is critical. */
export const tinyContext: SubmissionImportContext = {
  questionIds: new Set(['q-plain', 'q-na', 'q-crit']),
  notApplicableAllowed: new Set(['q-na']),
};

/** The sorted question ids of `tinyContext`, as codes list them. */
export const tinyQuestionIds = ['q-crit', 'q-na', 'q-plain'];

export const WORKSHOP_ID = 'w-3f0e8f7e-2a55-4c1b-9d8e-6f0c2b7a1d44';
export const ANA = 'p-ana';
export const BEN = 'p-ben';
export const CARLA = 'p-carla';

/** Returns an id generator giving the workshop id, then one id per participant. */
export function idsOf(...ids: string[]): () => string {
  let next = 0;
  return () => ids[next++] ?? `extra-${next}`;
}

/** The workshop set up on 7 March: Ana (executive), Ben (sales), Carla (IT); nothing handed in. */
export function makeWorkshop(overrides: Partial<Workshop> = {}): Workshop {
  const workshop = createWorkshop(
    {
      organization: 'Pérez & Hijos, S.L.',
      date: '2025-05-06',
      facilitator: 'Marta',
      contentVersion: 1,
      participants: [
        { name: 'Ana', role: 'executive' },
        { name: 'Ben', role: 'sales' },
        { name: 'Carla', role: 'it' },
      ],
    },
    new Date('2025-03-07T09:30:00.000Z'),
    idsOf(WORKSHOP_ID, ANA, BEN, CARLA),
  );
  return { ...workshop, ...overrides };
}

/** Ana's invitation to `makeWorkshop()`. */
export function makeInvitation(): Invitation {
  const invitation = buildInvitation(makeWorkshop(), ANA);
  if (!invitation) throw new Error('Ana is invited to the workshop.');
  return invitation;
}

/** A valid submission from Ana for `makeWorkshop()`, with any field overridden. */
export function makeSubmission(overrides: Partial<Submission> = {}): Submission {
  return {
    workshopId: WORKSHOP_ID,
    contentVersion: 1,
    participantId: ANA,
    role: 'executive',
    answers: { 'q-plain': 3, 'q-na': 'not-applicable', 'q-crit': 'dont-know' },
    submittedAt: '2025-05-06T10:42:00.000Z',
    ...overrides,
  };
}

/** When the facilitator imports, in every test. */
export const importTime = new Date('2025-05-06T11:00:00.000Z');
