/**
 * Bad input: second-round answers (#18) handed to the facilitator as a code or a file. Answers to
 * a round that is not running, to an earlier start of the round, or for another workshop are
 * refused with a reason that has a message in both languages, and nothing collected changes.
 */
import { describe, expect, it } from 'vitest';
import { en } from '~/i18n/en';
import { es } from '~/i18n/es';
import { tryImportSubmission } from '~/domain/workshop/import-submission';
import { startRoundTwo } from '~/domain/workshop/round-two';
import { encodeSubmissionCode } from '~/domain/workshop/submission-code';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import type { Submission } from '~/domain/workshop/workshop';
import {
  BEN,
  deepFreeze,
  importTime,
  makeSubmission,
  makeWorkshop,
  tinyContext,
  tinyQuestionIds,
} from '../workshop/submission-helpers';

const roundOne = [
  makeSubmission({ answers: { 'q-plain': 0, 'q-crit': 1 } }),
  makeSubmission({ participantId: BEN, role: 'sales', answers: { 'q-plain': 4, 'q-crit': 1 } }),
];
const withoutRound = deepFreeze(makeWorkshop({ submissions: roundOne }));
const running = deepFreeze(
  startRoundTwo(withoutRound, ['q-plain'], {}, new Date('2025-05-06T12:00:00.000Z')),
);
const startedAt = running.roundTwo!.startedAt;

function roundTwoAnswer(overrides: Partial<Submission> = {}): Submission {
  return makeSubmission({
    answers: { 'q-plain': 3 },
    submittedAt: '2025-05-06T12:10:00.000Z',
    round: { number: 2, startedAt, reasons: { 'q-plain': 'We have a sponsor now.' } },
    ...overrides,
  });
}

const asFile = (s: Submission) => Promise.resolve(serializeSubmissionFile(s));
const asCode = (s: Submission) => encodeSubmissionCode(s, tinyQuestionIds);

describe.each([
  ['a file', asFile],
  ['a code', asCode],
])('second-round answers as %s', (_what, encode) => {
  it.each([
    ['to a workshop with no second round running', withoutRound, roundTwoAnswer(), 'wrong-round'],
    [
      'to an earlier start of the round',
      running,
      roundTwoAnswer({
        round: { number: 2, startedAt: '2025-05-06T11:30:00.000Z', reasons: {} },
      }),
      'stale-round',
    ],
    [
      'for another workshop',
      running,
      roundTwoAnswer({ workshopId: 'w-another' }),
      'other-workshop',
    ],
  ] as const)(
    '%s are refused, nothing collected changes',
    async (_case, workshop, answer, reason) => {
      const before = structuredClone(workshop);
      const result = await tryImportSubmission(
        workshop,
        await encode(answer),
        tinyContext,
        importTime,
      );
      expect(result).toMatchObject({ ok: false, reason });
      expect(workshop).toEqual(before);
      if (result.ok) return;
      for (const strings of [en, es]) {
        expect(strings.workshop.importErrors[result.reason]).toMatch(/\S{3}/);
        expect(strings.join.handInErrors[result.reason]).toMatch(/\S{3}/);
      }
    },
  );

  it('answers to the running round join it, keeping round 1 as it was', async () => {
    const result = await tryImportSubmission(
      running,
      await encode(roundTwoAnswer()),
      tinyContext,
      importTime,
    );
    if (!result.ok) throw new Error(result.detail);
    expect(result.workshop.submissions).toEqual(roundOne);
    expect(result.workshop.roundTwo?.submissions).toHaveLength(1);
    expect(result.workshop.roundTwo?.submissions[0]?.round?.reasons).toEqual({
      'q-plain': 'We have a sponsor now.',
    });
  });
});

describe('a second-round refusal in both languages', () => {
  it.each(['wrong-round', 'stale-round'] as const)('%s reads differently in Spanish', (reason) => {
    expect(es.workshop.importErrors[reason]).not.toBe(en.workshop.importErrors[reason]);
    expect(es.join.handInErrors[reason]).not.toBe(en.join.handInErrors[reason]);
  });
});
