import { describe, expect, it } from 'vitest';
import type { Answers } from '~/domain/scoring/model';
import { buildInvitation, buildSubmission } from '~/domain/workshop/create-workshop';
import {
  SUBMISSION_FAILURES,
  replaceSubmission,
  tryImportSubmission,
  type SubmissionFailure,
} from '~/domain/workshop/import-submission';
import { encodeInvitationCode, decodeInvitationCode } from '~/domain/workshop/invitation-transfer';
import { encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import { MAX_TRANSFER_BYTES } from '~/domain/workshop/transfer-text';
import type { Invitation, Submission, Workshop } from '~/domain/workshop/workshop';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import {
  ANA,
  BEN,
  CARLA,
  WORKSHOP_ID,
  deepFreeze,
  importTime,
  makeSubmission,
  makeWorkshop,
  tinyContext,
} from './submission-helpers';

/** The workshop every test imports into, frozen: any mutation would throw. */
const workshop = deepFreeze(makeWorkshop());
const snapshot = structuredClone(workshop);

const code = (submission: Submission) => encodeSubmissionCode(submission, tinyContext.questionIds);
const file = (submission: Submission) => Promise.resolve(serializeSubmissionFile(submission));

/** Both ways a submission travels. */
const TRANSPORTS = [
  ['a code', code],
  ['a file', file],
] as const;

describe('buildSubmission', () => {
  it('stamps the answers with the invitation and the time, dropping unanswered entries', () => {
    const invitation = buildInvitation(workshop, BEN) as Invitation;
    const answers: Answers = { 'q-plain': 2, 'q-na': undefined };
    expect(buildSubmission(invitation, answers, importTime)).toEqual({
      workshopId: WORKSHOP_ID,
      contentVersion: 1,
      participantId: BEN,
      role: 'sales',
      answers: { 'q-plain': 2 },
      submittedAt: '2025-05-06T11:00:00.000Z',
    });
  });

  it('never copies a __proto__ key into the answers', () => {
    const answers = JSON.parse('{"__proto__": 3, "q-plain": 1}') as Answers;
    const submission = buildSubmission(
      buildInvitation(workshop, ANA) as Invitation,
      answers,
      importTime,
    );
    expect(Object.getPrototypeOf(submission.answers)).toBe(Object.prototype);
    expect(Object.keys(submission.answers)).toEqual(['q-plain']);
  });
});

describe.each(TRANSPORTS)('importing a submission as %s', (_name, transport) => {
  it('adds it to a new workshop, stamped with the import time', async () => {
    const submission = makeSubmission();
    const result = await tryImportSubmission(
      workshop,
      await transport(submission),
      tinyContext,
      importTime,
    );
    expect(result).toEqual({
      ok: true,
      workshop: { ...snapshot, submissions: [submission], updatedAt: '2025-05-06T11:00:00.000Z' },
      submission,
      droppedQuestionIds: [],
      clearedNotApplicableIds: [],
      replacedRole: null,
    });
    expect(workshop).toEqual(snapshot);
  });

  it('round-trips: invitation → code → answers → submission → import', async () => {
    const invitationRead = await decodeInvitationCode(
      await encodeInvitationCode(buildInvitation(workshop, CARLA) as Invitation),
    );
    if (!invitationRead.ok) throw new Error(invitationRead.detail);
    const submission = buildSubmission(
      invitationRead.invitation,
      { 'q-plain': 4, 'q-crit': 0 },
      importTime,
    );
    const result = await tryImportSubmission(
      workshop,
      await transport(submission),
      tinyContext,
      importTime,
    );
    expect(result).toMatchObject({ ok: true, submission });
    expect(result.ok && result.workshop.submissions.map((s) => s.participantId)).toEqual([CARLA]);
  });

  it('drops answers to questions the content does not have, and reports them', async () => {
    const submission = makeSubmission({
      answers: { retired: 2, 'q-plain': 1, gone: 'not-applicable' },
    });
    expect(
      await tryImportSubmission(workshop, await transport(submission), tinyContext, importTime),
    ).toMatchObject({
      ok: true,
      submission: { answers: { 'q-plain': 1 } },
      droppedQuestionIds: ['gone', 'retired'],
      clearedNotApplicableIds: [],
    });
  });

  it('clears "not applicable" where the question does not allow it, and reports it', async () => {
    const submission = makeSubmission({
      answers: {
        'q-plain': 'not-applicable',
        'q-na': 'not-applicable',
        'q-crit': 'not-applicable',
      },
    });
    expect(
      await tryImportSubmission(workshop, await transport(submission), tinyContext, importTime),
    ).toMatchObject({
      ok: true,
      submission: { answers: { 'q-na': 'not-applicable' } },
      droppedQuestionIds: [],
      clearedNotApplicableIds: ['q-crit', 'q-plain'],
    });
  });

  it('keeps the workshop’s role for the participant, and reports the one the submission named', async () => {
    const submission = makeSubmission({ role: 'finance' });
    expect(
      await tryImportSubmission(workshop, await transport(submission), tinyContext, importTime),
    ).toMatchObject({
      ok: true,
      submission: { role: 'executive' },
      replacedRole: 'finance',
    });
  });

  it('refuses a second submission from the same participant, carrying it for a replace', async () => {
    const first = makeSubmission();
    const withFirst = deepFreeze({ ...makeWorkshop(), submissions: [first] });
    const second = makeSubmission({
      answers: { 'q-plain': 4, extra: 1 },
      submittedAt: '2025-05-06T10:50:00.000Z',
    });
    const result = await tryImportSubmission(
      withFirst,
      await transport(second),
      tinyContext,
      importTime,
    );
    expect(result).toEqual({
      ok: false,
      reason: 'duplicate',
      detail: 'Ana already handed in answers (2025-05-06T10:42:00.000Z).',
      submission: { ...second, answers: { 'q-plain': 4 } },
      previous: first,
      droppedQuestionIds: ['extra'],
      clearedNotApplicableIds: [],
      replacedRole: null,
    });
    if (result.ok || result.reason !== 'duplicate') throw new Error('expected a duplicate');
    expect(replaceSubmission(withFirst, result.submission, importTime)).toEqual({
      ...withFirst,
      submissions: [result.submission],
      updatedAt: importTime.toISOString(),
    });
  });
});

/** A file with one change made to its parsed object. */
function editedFile(change: (file: Record<string, unknown>) => void): string {
  const parsed = JSON.parse(serializeSubmissionFile(makeSubmission())) as Record<string, unknown>;
  change(parsed);
  return JSON.stringify(parsed);
}

const withAna = deepFreeze({ ...makeWorkshop(), submissions: [makeSubmission()] });

describe('tryImportSubmission refuses', () => {
  it.each<[string, SubmissionFailure, () => Promise<string> | string, Workshop?]>([
    ['nothing', 'empty', () => ''],
    ['blank lines', 'empty', () => '\n \n'],
    ['text over the byte cap', 'too-large', () => ' '.repeat(MAX_TRANSFER_BYTES + 1)],
    [
      'multi-byte text over the byte cap',
      'too-large',
      () => `"${'é'.repeat(MAX_TRANSFER_BYTES / 2)}"`,
    ],
    [
      'an invitation code',
      'not-a-submission',
      async () => encodeInvitationCode(buildInvitation(workshop, ANA) as Invitation),
    ],
    [
      'an invitation file',
      'not-a-submission',
      () => editedFile((f) => (f['format'] = 'crm-readiness/workshop-invitation')),
    ],
    ['the facilitator’s workshop file', 'not-a-submission', () => serializeWorkshopFile(workshop)],
    [
      'an assessment file',
      'not-a-submission',
      () => '{"format": "crm-readiness/assessment", "schemaVersion": 1}',
    ],
    ['another app’s file', 'not-a-submission', () => '{"version": 2, "items": []}'],
    [
      'a bare submission without its envelope',
      'not-a-submission',
      () => JSON.stringify(makeSubmission()),
    ],
    ['JSON null', 'not-a-submission', () => 'null'],
    ['a code of another kind', 'not-a-submission', () => 'CRMQ1.abcd'],
    ['text that is neither code nor JSON', 'corrupt', () => 'Here are my answers!'],
    ['a code without its prefix', 'corrupt', async () => (await code(makeSubmission())).slice(6)],
    ['a cut-off code', 'corrupt', async () => (await code(makeSubmission())).slice(0, 30)],
    [
      'a code with a flipped character',
      'corrupt',
      async () => flipLast(await code(makeSubmission())),
    ],
    ['a cut-off file', 'corrupt', () => serializeSubmissionFile(makeSubmission()).slice(0, 100)],
    [
      'a file with an answer out of range',
      'corrupt',
      () =>
        editedFile(
          (f) => ((f['submission'] as Record<string, unknown>)['answers'] = { 'q-plain': 5 }),
        ),
    ],
    [
      'a file with a bad timestamp',
      'corrupt',
      () =>
        editedFile((f) => ((f['submission'] as Record<string, unknown>)['submittedAt'] = 'today')),
    ],
    [
      'a file without schema version',
      'corrupt',
      () => editedFile((f) => delete f['schemaVersion']),
    ],
    [
      'a file from a newer version',
      'newer-version',
      () => editedFile((f) => (f['schemaVersion'] = 2)),
    ],
    [
      'a code from a newer version',
      'newer-version',
      async () => (await code(makeSubmission())).replace('CRMS1.', 'CRMS2.'),
    ],
    [
      'a code from another workshop',
      'other-workshop',
      () => code(makeSubmission({ workshopId: 'w-other' })),
    ],
    [
      'a file from another workshop',
      'other-workshop',
      () => file(makeSubmission({ workshopId: 'w-other' })),
    ],
    [
      'a code for another content version',
      'other-content-version',
      () => code(makeSubmission({ contentVersion: 2 })),
    ],
    [
      'a file for another content version',
      'other-content-version',
      () => file(makeSubmission({ contentVersion: 2 })),
    ],
    [
      'a code made for other questions',
      'other-content-version',
      () => encodeSubmissionCode(makeSubmission(), ['q-plain', 'q-new']),
    ],
    [
      'a code from someone not invited',
      'unknown-participant',
      () => code(makeSubmission({ participantId: 'p-dan' })),
    ],
    [
      'a file from someone not invited',
      'unknown-participant',
      () => file(makeSubmission({ participantId: 'p-dan' })),
    ],
    ['the same code twice', 'duplicate', () => code(makeSubmission()), withAna],
    ['the same file twice', 'duplicate', () => file(makeSubmission()), withAna],
  ])('%s as %s', async (_name, reason, makeInput, into = workshop) => {
    const before = structuredClone(into);
    const result = await tryImportSubmission(into, await makeInput(), tinyContext, importTime);
    expect(result).toMatchObject({ ok: false, reason });
    expect(!result.ok && result.detail.length).toBeGreaterThan(0);
    expect(into).toEqual(before);
  });

  it('another workshop before another content version, and both before an unknown participant', async () => {
    const stranger = makeSubmission({
      workshopId: 'w-other',
      contentVersion: 2,
      participantId: 'p-dan',
    });
    for (const transport of [code, file]) {
      expect(
        await tryImportSubmission(workshop, await transport(stranger), tinyContext, importTime),
      ).toMatchObject({
        reason: 'other-workshop',
      });
    }
  });

  it('a code for another workshop even when it was made for other questions', async () => {
    const foreign = await encodeSubmissionCode(makeSubmission({ workshopId: 'w-other' }), ['x']);
    expect(await tryImportSubmission(workshop, foreign, tinyContext, importTime)).toMatchObject({
      reason: 'other-workshop',
    });
  });

  it('lists every reason, in the order of the brief', () => {
    expect(SUBMISSION_FAILURES).toEqual([
      'empty',
      'too-large',
      'not-a-submission',
      'corrupt',
      'other-workshop',
      'other-content-version',
      'unknown-participant',
      'duplicate',
      'newer-version',
      'wrong-round',
      'stale-round',
    ]);
  });

  it('calls a participant without a name “this participant”', async () => {
    const nameless = deepFreeze({
      ...withAna,
      participants: withAna.participants.map((p) => (p.id === ANA ? { ...p, name: ' ' } : p)),
    });
    expect(
      await tryImportSubmission(nameless, await code(makeSubmission()), tinyContext, importTime),
    ).toMatchObject({
      detail: 'This participant already handed in answers (2025-05-06T10:42:00.000Z).',
    });
  });
});

function flipLast(text: string): string {
  const last = text.at(-3) === 'A' ? 'B' : 'A';
  return `${text.slice(0, -3)}${last}${text.slice(-2)}`;
}

describe('importing three participants in turn', () => {
  it('adds each in order and leaves every earlier workshop as it was', async () => {
    let current: Workshop = workshop;
    const history: Workshop[] = [];
    for (const [i, participantId] of [BEN, ANA, CARLA].entries()) {
      history.push(deepFreeze(current));
      const submission = makeSubmission({ participantId, answers: { 'q-plain': i as 0 | 1 | 2 } });
      const result = await tryImportSubmission(
        current,
        await code(submission),
        tinyContext,
        importTime,
      );
      if (!result.ok) throw new Error(result.detail);
      current = result.workshop;
    }
    expect(current.submissions.map((s) => [s.participantId, s.role, s.answers])).toEqual([
      [BEN, 'sales', { 'q-plain': 0 }],
      [ANA, 'executive', { 'q-plain': 1 }],
      [CARLA, 'it', { 'q-plain': 2 }],
    ]);
    expect(history.map((w) => w.submissions.length)).toEqual([0, 1, 2]);
  });
});

describe('replaceSubmission', () => {
  it('keeps the replaced submission’s place among the others', () => {
    const a = makeSubmission({ participantId: ANA });
    const b = makeSubmission({ participantId: BEN, role: 'sales' });
    const c = makeSubmission({ participantId: CARLA, role: 'it' });
    const three = deepFreeze({ ...makeWorkshop(), submissions: [a, b, c] });
    const newB = { ...b, answers: { 'q-plain': 0 as const } };
    expect(replaceSubmission(three, newB, importTime).submissions).toEqual([a, newB, c]);
  });

  it('adds a submission when the participant has none yet', () => {
    const a = makeSubmission();
    expect(replaceSubmission(workshop, a, importTime)).toEqual({
      ...snapshot,
      submissions: [a],
      updatedAt: importTime.toISOString(),
    });
  });
});
