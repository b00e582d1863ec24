import { describe, expect, it } from 'vitest';
import { applySubmission } from '~/domain/workshop/import-submission';
import {
  MAX_ROUND_QUESTIONS,
  addRoundTwoSubmission,
  buildRoundTwoInvitation,
  buildRoundTwoSubmission,
  cancelRoundTwo,
  checkRound,
  getLatestSubmissions,
  getRoundMovement,
  getRoundQuestions,
  startRoundTwo,
} from '~/domain/workshop/round-two';
import { decodeSubmissionCode, encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { decodeInvitationCode, encodeInvitationCode } from '~/domain/workshop/invitation-transfer';
import type { Submission, Workshop } from '~/domain/workshop/workshop';
import {
  ANA,
  BEN,
  CARLA,
  deepFreeze,
  makeSubmission,
  makeWorkshop,
  tinyQuestionIds,
} from './submission-helpers';

const started = new Date('2025-05-06T12:00:00.000Z');
const later = new Date('2025-05-06T12:30:00.000Z');
const DANI = 'p-dani';

/** Round 1: q-plain split 0, 1, 4, 4 (Dani, invited late, answers 4); q-crit agreed. */
function roundOneWorkshop(): Workshop {
  const base = makeWorkshop();
  return deepFreeze({
    ...base,
    participants: [...base.participants, { id: DANI, name: 'Dani', role: 'finance' }],
    submissions: [
      makeSubmission({ answers: { 'q-plain': 0, 'q-crit': 2 } }),
      makeSubmission({ participantId: BEN, role: 'sales', answers: { 'q-plain': 1, 'q-crit': 2 } }),
      makeSubmission({ participantId: CARLA, role: 'it', answers: { 'q-plain': 4, 'q-crit': 2 } }),
      makeSubmission({ participantId: DANI, role: 'finance', answers: { 'q-plain': 'dont-know' } }),
    ],
  });
}

function secondRound(
  workshop: Workshop,
): Workshop & { roundTwo: NonNullable<Workshop['roundTwo']> } {
  const next = startRoundTwo(
    workshop,
    ['q-plain', 'q-plain', '', '__proto__'],
    {
      'q-plain': '  Ana: the sponsor left in May.  ',
      'q-crit': 'not asked again, not shared',
    },
    started,
  );
  return next as Workshop & { roundTwo: NonNullable<Workshop['roundTwo']> };
}

function again(
  participantId: string,
  level: Submission['answers'][string],
  reason = '',
): Submission {
  return makeSubmission({
    participantId,
    answers: level === undefined ? {} : { 'q-plain': level, 'q-crit': 0 },
    submittedAt: '2025-05-06T12:10:00.000Z',
    round: {
      number: 2,
      startedAt: started.toISOString(),
      reasons: reason ? { 'q-plain': reason, 'q-crit': 'x' } : {},
    },
  });
}

describe('starting a second round (#18)', () => {
  it('asks the chosen questions once each and shares only their notes, trimmed', () => {
    const next = secondRound(roundOneWorkshop());
    expect(next.roundTwo).toEqual({
      startedAt: started.toISOString(),
      questionIds: ['q-plain'],
      sharedNotes: { 'q-plain': 'Ana: the sponsor left in May.' },
      submissions: [],
    });
    expect(next.updatedAt).toBe(started.toISOString());
  });

  it(`asks at most ${MAX_ROUND_QUESTIONS} questions and drops blank notes`, () => {
    const ids = Array.from({ length: MAX_ROUND_QUESTIONS + 5 }, (_, i) => `q${i}`);
    const next = startRoundTwo(roundOneWorkshop(), ids, { q0: '   ' }, started);
    expect(next.roundTwo?.questionIds).toHaveLength(MAX_ROUND_QUESTIONS);
    expect(next.roundTwo?.sharedNotes).toEqual({});
  });

  it('cancelling drops the round; cancelling nothing changes nothing', () => {
    const workshop = roundOneWorkshop();
    const cancelled = cancelRoundTwo(secondRound(workshop), later);
    expect(cancelled.roundTwo).toBeUndefined();
    expect(cancelled.submissions).toEqual(workshop.submissions);
    expect(cancelRoundTwo(workshop, later)).toBe(workshop);
  });
});

describe('the round-2 invitation', () => {
  it('carries round 1’s anonymous distribution and the shared note, and travels as a code', async () => {
    const workshop = secondRound(roundOneWorkshop());
    const invitation = buildRoundTwoInvitation(workshop, BEN);
    expect(invitation?.round).toEqual({
      number: 2,
      startedAt: started.toISOString(),
      questions: [
        {
          questionId: 'q-plain',
          distribution: [1, 1, 0, 0, 1],
          dontKnow: 1,
          note: 'Ana: the sponsor left in May.',
        },
      ],
    });
    expect(JSON.stringify(invitation)).not.toContain('Carla');
    const read = await decodeInvitationCode(await encodeInvitationCode(invitation!));
    expect(read).toEqual({ ok: true, invitation });
  });

  it('does not exist without a round or for someone not invited', () => {
    expect(buildRoundTwoInvitation(roundOneWorkshop(), BEN)).toBeNull();
    expect(buildRoundTwoInvitation(secondRound(roundOneWorkshop()), 'p-nobody')).toBeNull();
    expect(getRoundQuestions(roundOneWorkshop())).toEqual([]);
  });

  it('a note only for a question asked shows empty for the others', () => {
    const workshop = startRoundTwo(roundOneWorkshop(), ['q-plain', 'q-crit'], {}, started);
    expect(getRoundQuestions(workshop).map((q) => q.note)).toEqual(['', '']);
  });
});

describe('round-2 answers', () => {
  it('a participant’s answers keep only the questions asked, with trimmed reasons', async () => {
    const workshop = secondRound(roundOneWorkshop());
    const invitation = buildRoundTwoInvitation(workshop, BEN)!;
    const submission = buildRoundTwoSubmission(
      { ...invitation, round: invitation.round! },
      { 'q-plain': 2, 'q-crit': 4 },
      { 'q-plain': '  Closer to Ana now. ', 'q-crit': 'ignored' },
      later,
    );
    expect(submission).toMatchObject({
      participantId: BEN,
      answers: { 'q-plain': 2 },
      round: {
        number: 2,
        startedAt: started.toISOString(),
        reasons: { 'q-plain': 'Closer to Ana now.' },
      },
    });
    const blank = buildRoundTwoSubmission(
      { ...invitation, round: invitation.round! },
      {},
      { 'q-plain': ' ' },
      later,
    );
    expect(blank.answers).toEqual({});
    const none = buildRoundTwoSubmission(
      { ...invitation, round: invitation.round! },
      {},
      {},
      later,
    );
    expect(none.round?.reasons).toEqual({});
    expect(blank.round?.reasons).toEqual({});
    // The round mark travels in a code.
    const code = await encodeSubmissionCode(submission, tinyQuestionIds);
    expect(await decodeSubmissionCode(code, tinyQuestionIds)).toMatchObject({
      ok: true,
      submission,
    });
  });

  it('are checked against the running round: none, stale, or fitting', () => {
    const workshop = secondRound(roundOneWorkshop());
    expect(checkRound(workshop, again(BEN, 2))).toBeNull();
    expect(checkRound(workshop, makeSubmission())).toBeNull();
    expect(checkRound(roundOneWorkshop(), again(BEN, 2))?.reason).toBe('wrong-round');
    const stale = {
      ...again(BEN, 2),
      round: { number: 2 as const, startedAt: '2025-05-06T11:00:00.000Z', reasons: {} },
    };
    expect(checkRound(workshop, stale)?.reason).toBe('stale-round');
  });

  it('join the round once per participant, the later replacing the earlier', () => {
    let workshop = secondRound(roundOneWorkshop());
    workshop = addRoundTwoSubmission(workshop, again(BEN, 3), later) as typeof workshop;
    workshop = addRoundTwoSubmission(
      workshop,
      again(BEN, 1, 'I was wrong.'),
      later,
    ) as typeof workshop;
    expect(workshop.roundTwo.submissions).toHaveLength(1);
    // Unmarked answers added to the round (a caller that skipped checkRound) get the round's mark.
    const unmarked = addRoundTwoSubmission(
      workshop,
      makeSubmission({ participantId: CARLA }),
      later,
    );
    expect(unmarked.roundTwo?.submissions[1]?.round).toEqual({
      number: 2,
      startedAt: started.toISOString(),
      reasons: {},
    });
    expect(workshop.roundTwo.submissions[0]).toMatchObject({
      answers: { 'q-plain': 1 },
      round: { reasons: { 'q-plain': 'I was wrong.' } },
    });
  });

  it('applySubmission puts round-1 answers in round 1 and round-2 answers in a fitting round only', () => {
    const workshop = secondRound(roundOneWorkshop());
    const first = applySubmission(workshop, makeSubmission({ answers: { 'q-plain': 2 } }), later);
    expect(first.submissions.find((s) => s.participantId === ANA)?.answers).toEqual({
      'q-plain': 2,
    });
    expect(applySubmission(workshop, again(BEN, 2), later).roundTwo?.submissions).toHaveLength(1);
    const noRound = roundOneWorkshop();
    expect(applySubmission(noRound, again(BEN, 2), later)).toBe(noRound);
  });
});

describe('the latest answers and the movement between rounds', () => {
  function afterRoundTwo(): Workshop {
    let workshop = secondRound(roundOneWorkshop());
    // Ana 0 → 1, Ben 1 → 1, Carla 4 → 4 (with her reason), Dani don't know → 4, Eve only in round 2.
    for (const s of [
      again(ANA, 1),
      again(BEN, 1),
      again(CARLA, 4, 'The sponsor is new, but committed.'),
      again(DANI, 4, 'Finance sees the budget signed.'),
      again('p-eve', undefined),
    ]) {
      workshop = addRoundTwoSubmission(workshop, s, later) as typeof workshop;
    }
    return workshop;
  }

  it('round-2 answers replace round 1’s; round 1 stays where nothing new was said', () => {
    const latest = getLatestSubmissions(afterRoundTwo());
    expect(latest.map((s) => [s.participantId, s.answers['q-plain'], s.answers['q-crit']])).toEqual(
      [
        [ANA, 1, 2],
        [BEN, 1, 2],
        [CARLA, 4, 2],
        [DANI, 4, undefined],
        ['p-eve', undefined, undefined],
      ],
    );
    expect(getLatestSubmissions(roundOneWorkshop())).toEqual(roundOneWorkshop().submissions);
  });

  it('counts who moved, up and down, and keeps the minority’s reasons without consensus', () => {
    const [movement] = getRoundMovement(afterRoundTwo(), 'range');
    expect(movement).toMatchObject({
      questionId: 'q-plain',
      consensusBefore: false,
      consensusAfter: false,
      compared: 3,
      movedUp: 1,
      movedDown: 0,
      movers: [ANA],
    });
    expect(movement?.first.count).toBe(3);
    expect(movement?.second.count).toBe(4);
    expect(movement?.minorityReasons).toEqual([
      { participantId: CARLA, level: 4, reason: 'The sponsor is new, but committed.' },
      { participantId: DANI, level: 4, reason: 'Finance sees the budget signed.' },
    ]);
  });

  it('keeps no minority once consensus is reached, and moves down too', () => {
    let workshop = secondRound(roundOneWorkshop());
    for (const s of [again(ANA, 1), again(BEN, 1), again(CARLA, 2, 'Fine, two.')]) {
      workshop = addRoundTwoSubmission(workshop, s, later) as typeof workshop;
    }
    const [movement] = getRoundMovement(workshop, 'range');
    expect(movement).toMatchObject({
      consensusAfter: true,
      movedUp: 1,
      movedDown: 1,
      minorityReasons: [],
    });
    expect(getRoundMovement(roundOneWorkshop(), 'range')).toEqual([]);
  });
});
