import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAssessment, type Assessment } from '~/domain/assessment/assessment';
import { buildInvitation } from '~/domain/workshop/create-workshop';
import { tryImportSubmission } from '~/domain/workshop/import-submission';
import { decodeSubmissionCode, encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import {
  buildParticipantSubmission,
  compareContentVersion,
  findParticipation,
  readInvitationFragment,
  toAnswersFileName,
  toParticipantInvitation,
} from '~/islands/join/participant-submission';
import {
  ANA,
  BEN,
  WORKSHOP_ID,
  importTime,
  makeWorkshop,
  tinyContext,
  tinyQuestionIds,
} from '../../domain/workshop/submission-helpers';

const started = new Date('2025-05-06T09:00:00.000Z');
const handedBack = new Date('2025-05-06T10:42:00.000Z');

/** Ben's answers, started from his invitation, with a note that must never travel. */
function makeParticipantAssessment(overrides: Partial<Assessment> = {}): Assessment {
  const invitation = buildInvitation(makeWorkshop(), BEN)!;
  return {
    ...createAssessment(
      {
        name: 'Workshop — Pérez & Hijos, S.L.',
        organization: invitation.organization,
        assessor: 'Ben',
        contentVersion: 1,
      },
      started,
      'a-ben',
    ),
    answers: { 'q-plain': 2, 'q-na': 'not-applicable', 'q-crit': 'dont-know' },
    notes: { 'q-plain': 'Only I should read this.' },
    participation: {
      workshopId: WORKSHOP_ID,
      participant: { id: BEN, name: 'Ben', role: 'sales' },
    },
    ...overrides,
  };
}

describe('buildParticipantSubmission', () => {
  it('hands back the answers for the right workshop and participant, without notes', () => {
    const submission = buildParticipantSubmission(makeParticipantAssessment(), handedBack);
    expect(submission).toEqual({
      workshopId: WORKSHOP_ID,
      contentVersion: 1,
      participantId: BEN,
      role: 'sales',
      answers: { 'q-plain': 2, 'q-na': 'not-applicable', 'q-crit': 'dont-know' },
      submittedAt: handedBack.toISOString(),
    });
    expect(JSON.stringify(submission)).not.toContain('Only I should read this.');
  });

  it('has nothing to hand back for an ordinary assessment', () => {
    const ordinary = makeParticipantAssessment({ participation: undefined });
    expect(toParticipantInvitation(ordinary)).toBeNull();
    expect(buildParticipantSubmission(ordinary, handedBack)).toBeNull();
  });

  it('rebuilds the invitation from the assessment: its organization and content version', () => {
    const assessment = makeParticipantAssessment({ organization: 'Renamed', contentVersion: 2 });
    expect(toParticipantInvitation(assessment)).toEqual({
      workshopId: WORKSHOP_ID,
      organization: 'Renamed',
      contentVersion: 2,
      participant: { id: BEN, name: 'Ben', role: 'sales' },
    });
  });

  it('travels as a code the facilitator decodes to the same answers', async () => {
    const submission = buildParticipantSubmission(makeParticipantAssessment(), handedBack)!;
    const code = await encodeSubmissionCode(submission, tinyQuestionIds);
    expect(code).toMatch(/^CRMS1\./);
    expect(await decodeSubmissionCode(code, tinyQuestionIds)).toEqual({ ok: true, submission });
  });

  it('travels as a file the workshop accepts', async () => {
    const submission = buildParticipantSubmission(makeParticipantAssessment(), handedBack)!;
    const result = await tryImportSubmission(
      makeWorkshop(),
      serializeSubmissionFile(submission),
      tinyContext,
      importTime,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.workshop.submissions).toEqual([submission]);
  });
});

describe('toAnswersFileName', () => {
  it.each([
    ['Pérez & Hijos, S.L.', 'Ana Núñez', 'executive', 'answers-perez-hijos-s-l-ana-nunez.json'],
    ['ACME', '', 'sales', 'answers-acme-sales.json'],
    ['', 'Ben', 'sales', 'answers-workshop-ben.json'],
    ['a/b\\c:d*e?f"g<h>i|j', 'CON', 'it', 'answers-a-b-c-d-e-f-g-h-i-j-con.json'],
    ['北京', '🙂', '', 'answers-workshop-participant.json'],
    ['  ..  ', '../../etc/passwd', 'it', 'answers-workshop-etc-passwd.json'],
  ])('names %j / %j (%s) %s', (organization, name, role, expected) => {
    expect(toAnswersFileName(organization, name, role)).toBe(expected);
  });

  it('is always a short, safe name whatever the labels hold', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (org, name) => {
        const file = toAnswersFileName(org, name, 'other');
        expect(file).toMatch(/^answers-[a-z0-9]+(-[a-z0-9]+)*\.json$/);
        expect(file.length).toBeLessThanOrEqual(140);
      }),
    );
  });
});

describe('readInvitationFragment', () => {
  it.each([
    ['#CRMW1.q1ZKzEvP', 'CRMW1.q1ZKzEvP'],
    ['CRMW1.abc', 'CRMW1.abc'],
    ['#CRMW1.ab%2Dc', 'CRMW1.ab-c'],
    ['#CRMS1.abc', 'CRMS1.abc'],
    ['#CRMW1.%E0%A4%A', 'CRMW1.%E0%A4%A'],
    ['#main', null],
    ['#', null],
    ['', null],
  ])('reads %j as %j', (hash, expected) => {
    expect(readInvitationFragment(hash)).toBe(expected);
  });
});

describe('findParticipation', () => {
  const mine = makeParticipantAssessment();
  const newer = makeParticipantAssessment({ id: 'a-ben-2', updatedAt: '2025-05-06T09:30:00.000Z' });
  const ana = makeParticipantAssessment({
    id: 'a-ana',
    participation: {
      workshopId: WORKSHOP_ID,
      participant: { id: ANA, name: 'Ana', role: 'executive' },
    },
  });
  const elsewhere = makeParticipantAssessment({
    id: 'a-other',
    participation: { workshopId: 'w-other', participant: { id: BEN, name: 'Ben', role: 'sales' } },
  });
  const ordinary = makeParticipantAssessment({ id: 'a-plain', participation: undefined });
  const invitation = buildInvitation(makeWorkshop(), BEN)!;

  it('finds the answers this device holds for the same workshop and participant, newest first', () => {
    expect(findParticipation([ana, mine, elsewhere, ordinary], invitation)?.id).toBe('a-ben');
    expect(findParticipation([mine, newer, ana], invitation)?.id).toBe('a-ben-2');
  });

  it('finds nothing for another participant or workshop', () => {
    expect(findParticipation([ana, elsewhere, ordinary], invitation)).toBeUndefined();
    expect(findParticipation([], invitation)).toBeUndefined();
  });
});

describe('compareContentVersion', () => {
  it.each([
    [3, 3, 'same'],
    [4, 3, 'newer'],
    [2, 3, 'older'],
  ] as const)(
    'an invitation for version %i on a site of version %i is %s',
    (version, site, expected) => {
      expect(compareContentVersion({ contentVersion: version }, site)).toBe(expected);
    },
  );
});
