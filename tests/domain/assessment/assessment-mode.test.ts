import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getAssessedDimensions,
  getAssessedQuestions,
  getScanCoverage,
} from '~/domain/assessment/assessment-mode';

/** Three tiny areas: `b` has no quick-scan question. */
const dimensions = [
  { id: 'a', questions: [{ id: 'a-1' }, { id: 'a-2' }, { id: 'a-3' }] },
  { id: 'b', questions: [{ id: 'b-1' }] },
  { id: 'c', questions: [{ id: 'c-1' }, { id: 'c-2' }] },
] as const;
const quickIds = ['c-2', 'a-3', 'a-1', 'gone'];

describe('getAssessedDimensions (#13)', () => {
  it('asks every question of every area in a full assessment', () => {
    expect(getAssessedDimensions(dimensions, 'full', quickIds)).toEqual(dimensions);
  });

  it('asks only the quick-scan questions in a quick scan, in the questionnaire order', () => {
    expect(getAssessedDimensions(dimensions, 'quick', quickIds)).toEqual([
      { id: 'a', questions: [{ id: 'a-1' }, { id: 'a-3' }] },
      { id: 'c', questions: [{ id: 'c-2' }] },
    ]);
  });

  it('asks a subset of the full assessment, whatever the quick-scan list', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a-1', 'a-2', 'a-3', 'b-1', 'c-1', 'c-2', 'x')),
        (ids) => {
          const asked = getAssessedDimensions(dimensions, 'quick', ids).flatMap((d) =>
            d.questions.map((q) => q.id),
          );
          const all = dimensions.flatMap((d) => d.questions.map((q) => q.id));
          expect(asked.every((id) => ids.includes(id))).toBe(true);
          expect(asked).toEqual(all.filter((id) => asked.includes(id)));
        },
      ),
    );
  });
});

describe('getScanCoverage (#13)', () => {
  it.each([
    ['quick', { asked: 3, total: 6 }],
    ['full', null],
  ] as const)('for a %s assessment is %j', (mode, expected) => {
    expect(getScanCoverage(dimensions, mode, quickIds)).toEqual(expected);
  });
});

describe('getAssessedQuestions (#13)', () => {
  const questions: { id: string }[] = dimensions.flatMap((d) => [...d.questions]);
  it.each([
    ['quick', ['a-1', 'a-3', 'c-2']],
    ['full', ['a-1', 'a-2', 'a-3', 'b-1', 'c-1', 'c-2']],
  ] as const)('asks in a %s assessment %j', (mode, ids) => {
    expect(getAssessedQuestions(questions, mode, quickIds).map((q) => q.id)).toEqual(ids);
  });
});
