import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '~/domain/scoring/model';
import { getCopyableAnswers, getLastAnswers, type AnswerRule } from '~/domain/follow/last-answers';

const QUESTIONS: readonly AnswerRule[] = [
  { id: 'q-plain', notApplicable: false, critical: false },
  { id: 'q-na', notApplicable: true, critical: false },
  { id: 'q-crit', notApplicable: false, critical: true },
  { id: 'q-new', notApplicable: false, critical: false },
];

describe('getLastAnswers', () => {
  it('keeps the earlier answers the questions asked now accept', () => {
    expect(
      getLastAnswers(
        { 'q-plain': 0, 'q-na': 'not-applicable', 'q-crit': 'dont-know', 'q-gone': 3 },
        QUESTIONS,
      ),
    ).toEqual({ 'q-plain': 0, 'q-na': 'not-applicable', 'q-crit': 'dont-know' });
  });

  it.each<[string, Record<string, unknown>]>([
    ['"not applicable" where it is no longer allowed', { 'q-plain': 'not-applicable' }],
    ['"not applicable" to a critical question', { 'q-crit': 'not-applicable' }],
    ['a level out of range', { 'q-plain': 5 }],
    ['a fraction', { 'q-plain': 2.5 }],
    ['a level as text', { 'q-plain': '2' }],
    ['an empty answer', { 'q-plain': undefined }],
  ])('leaves out %s', (_name, answers) => {
    expect(getLastAnswers(answers as Answers, QUESTIONS)).toEqual({});
  });

  it('reads only own answers: a question named like a prototype key finds nothing', () => {
    expect(
      getLastAnswers({}, [{ id: 'constructor', notApplicable: false, critical: false }]),
    ).toEqual({});
  });
});

describe('getCopyableAnswers', () => {
  it('copies only into the questions not answered yet', () => {
    const last: Record<string, AnswerValue> = { 'q-plain': 1, 'q-na': 'dont-know', 'q-new': 4 };
    expect(getCopyableAnswers(last, { 'q-plain': 3, 'q-new': undefined })).toEqual({
      'q-na': 'dont-know',
      'q-new': 4,
    });
  });

  it('never overwrites an answer, and copies every other one (property)', () => {
    const value = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, 'dont-know', 'not-applicable');
    const answers = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value);
    fc.assert(
      fc.property(answers, answers, (last, current) => {
        const copied = getCopyableAnswers(last, current);
        for (const id of Object.keys(copied)) expect(Object.hasOwn(current, id)).toBe(false);
        const merged = { ...current, ...copied };
        for (const [id, v] of Object.entries(last)) {
          expect(merged[id]).toBe(Object.hasOwn(current, id) ? current[id] : v);
        }
      }),
    );
  });
});
