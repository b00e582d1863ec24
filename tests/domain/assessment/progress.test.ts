import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getProgress,
  getUnanswered,
  toShare,
  type ProgressQuestion,
} from '~/domain/assessment/progress';
import { PHASE_IDS, type AnswerValue, type Answers } from '~/domain/scoring/model';

const QUESTIONS: readonly ProgressQuestion[] = [
  { id: 'q1', dimensionId: 'strategy', phase: 'analysis' },
  { id: 'q2', dimensionId: 'strategy', phase: 'diagnosis' },
  { id: 'q3', dimensionId: 'processes', phase: 'diagnosis' },
  { id: 'q4', dimensionId: 'processes', phase: 'action' },
];

describe('getProgress', () => {
  it('counts nothing answered in a new assessment, with every phase present', () => {
    expect(getProgress(QUESTIONS, {})).toEqual({
      overall: { answered: 0, total: 4 },
      phases: {
        analysis: { answered: 0, total: 1 },
        diagnosis: { answered: 0, total: 2 },
        action: { answered: 0, total: 1 },
      },
      dimensions: {
        strategy: { answered: 0, total: 2 },
        processes: { answered: 0, total: 2 },
      },
    });
  });

  it.each<[string, AnswerValue]>([
    ['a level', 3],
    ['level 0', 0],
    ["don't know", 'dont-know'],
    ['not applicable', 'not-applicable'],
  ])('counts a question answered with %s', (_name, value) => {
    const progress = getProgress(QUESTIONS, { q2: value });
    expect(progress.overall).toEqual({ answered: 1, total: 4 });
    expect(progress.phases.diagnosis).toEqual({ answered: 1, total: 2 });
    expect(progress.phases.analysis).toEqual({ answered: 0, total: 1 });
    expect(progress.dimensions['strategy']).toEqual({ answered: 1, total: 2 });
    expect(progress.dimensions['processes']).toEqual({ answered: 0, total: 2 });
  });

  it('ignores answers to questions the questionnaire no longer has', () => {
    expect(getProgress(QUESTIONS, { retired: 2, q4: 1 }).overall).toEqual({
      answered: 1,
      total: 4,
    });
  });

  it('reports an empty questionnaire as nothing to answer', () => {
    const progress = getProgress([], { q1: 2 });
    expect(progress.overall).toEqual({ answered: 0, total: 0 });
    expect(progress.dimensions).toEqual({});
    expect(Object.keys(progress.phases)).toEqual([...PHASE_IDS]);
  });

  it('adds up: phases and dimensions each sum to the overall count, unanswered the rest', () => {
    const answers = fc.dictionary(
      fc.constantFrom('q1', 'q2', 'q3', 'q4', 'other'),
      fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4, 'dont-know', 'not-applicable'),
    );
    fc.assert(
      fc.property(answers, (given: Answers) => {
        const { overall, phases, dimensions } = getProgress(QUESTIONS, given);
        const sum = (counts: readonly { answered: number; total: number }[]) => ({
          answered: counts.reduce((n, c) => n + c.answered, 0),
          total: counts.reduce((n, c) => n + c.total, 0),
        });
        expect(sum(Object.values(phases))).toEqual(overall);
        expect(sum(Object.values(dimensions))).toEqual(overall);
        expect(overall.answered + getUnanswered(QUESTIONS, given).length).toBe(QUESTIONS.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('getUnanswered', () => {
  it('lists the questions without an answer, in questionnaire order', () => {
    expect(getUnanswered(QUESTIONS, { q2: 'dont-know', q3: 0 }).map((q) => q.id)).toEqual([
      'q1',
      'q4',
    ]);
  });

  it('lists nothing once every question has an answer of any kind', () => {
    expect(
      getUnanswered(QUESTIONS, { q1: 4, q2: 'not-applicable', q3: 'dont-know', q4: 0 }),
    ).toEqual([]);
  });
});

describe('toShare', () => {
  it.each([
    [{ answered: 0, total: 4 }, 0],
    [{ answered: 1, total: 4 }, 0.25],
    [{ answered: 4, total: 4 }, 1],
    // An empty group (a phase with no questions) shows as 0, never NaN.
    [{ answered: 0, total: 0 }, 0],
  ])('gives %o as %d', (count, share) => {
    expect(toShare(count)).toBe(share);
  });
});
