import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countGivenAnswers,
  formatProgress,
  getProgress,
  getUnanswered,
  isComplete,
  toShare,
  type ProgressCount,
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
      overall: { answered: 0, dontKnow: 0, total: 4 },
      phases: {
        analysis: { answered: 0, dontKnow: 0, total: 1 },
        diagnosis: { answered: 0, dontKnow: 0, total: 2 },
        action: { answered: 0, dontKnow: 0, total: 1 },
      },
      dimensions: {
        strategy: { answered: 0, dontKnow: 0, total: 2 },
        processes: { answered: 0, dontKnow: 0, total: 2 },
      },
    });
  });

  // "Don't know" is counted apart, never as answered (#14): "52 of 57 answered, 5 don't know".
  it.each<[string, AnswerValue, number, number]>([
    ['a level', 3, 1, 0],
    ['level 0', 0, 1, 0],
    ['not applicable', 'not-applicable', 1, 0],
    ["don't know", 'dont-know', 0, 1],
  ])(
    'counts a question answered with %s as %i answered, %i "don\'t know"',
    (_n, value, answered, dontKnow) => {
      const progress = getProgress(QUESTIONS, { q2: value });
      expect(progress.overall).toEqual({ answered, dontKnow, total: 4 });
      expect(progress.phases.diagnosis).toEqual({ answered, dontKnow, total: 2 });
      expect(progress.phases.analysis).toEqual({ answered: 0, dontKnow: 0, total: 1 });
      expect(progress.dimensions['strategy']).toEqual({ answered, dontKnow, total: 2 });
      expect(progress.dimensions['processes']).toEqual({ answered: 0, dontKnow: 0, total: 2 });
    },
  );

  it('ignores answers to questions the questionnaire no longer has', () => {
    expect(getProgress(QUESTIONS, { retired: 2, q4: 1 }).overall).toEqual({
      answered: 1,
      dontKnow: 0,
      total: 4,
    });
  });

  it('reports an empty questionnaire as nothing to answer', () => {
    const progress = getProgress([], { q1: 2 });
    expect(progress.overall).toEqual({ answered: 0, dontKnow: 0, total: 0 });
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
        const sum = (counts: readonly ProgressCount[]) => ({
          answered: counts.reduce((n, c) => n + c.answered, 0),
          dontKnow: counts.reduce((n, c) => n + c.dontKnow, 0),
          total: counts.reduce((n, c) => n + c.total, 0),
        });
        expect(sum(Object.values(phases))).toEqual(overall);
        expect(sum(Object.values(dimensions))).toEqual(overall);
        expect(overall.answered + overall.dontKnow + getUnanswered(QUESTIONS, given).length).toBe(
          QUESTIONS.length,
        );
        const known = QUESTIONS.filter((q) => given[q.id] !== undefined);
        expect(overall.answered).toBe(known.filter((q) => given[q.id] !== 'dont-know').length);
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

describe('formatProgress', () => {
  const templates = {
    progress: '{answered} of {total} answered',
    progressDontKnow: '{answered} of {total} answered, {dontKnow} don’t know',
  };
  it.each<[string, { answered: number; dontKnow: number; total: number }, string]>([
    ['nothing yet', { answered: 0, dontKnow: 0, total: 57 }, '0 of 57 answered'],
    ['all given', { answered: 57, dontKnow: 0, total: 57 }, '57 of 57 answered'],
    // The case of #14: never "57 of 57 answered" with five "don't know" among them.
    ['five unknown', { answered: 52, dontKnow: 5, total: 57 }, '52 of 57 answered, 5 don’t know'],
    ['some blank', { answered: 40, dontKnow: 2, total: 57 }, '40 of 57 answered, 2 don’t know'],
  ])('%s: %s', (_name, count, text) => {
    expect(formatProgress(count, templates)).toBe(text);
  });

  it('says the same as getProgress counts for a real set of answers', () => {
    const count = getProgress(QUESTIONS, { q1: 'dont-know', q2: 4, q3: 'not-applicable' }).overall;
    expect(formatProgress(count, templates)).toBe('2 of 4 answered, 1 don’t know');
  });
});

describe('isComplete', () => {
  it.each([
    [{ answered: 4, dontKnow: 0, total: 4 }, true],
    [{ answered: 3, dontKnow: 1, total: 4 }, false],
    [{ answered: 3, dontKnow: 0, total: 4 }, false],
  ])('%o is complete: %s', (count, complete) => {
    expect(isComplete(count)).toBe(complete);
  });
});

describe('countGivenAnswers', () => {
  it.each<[Answers, number]>([
    [{}, 0],
    [{ q1: 0, q2: 'not-applicable' }, 2],
    [{ q1: 'dont-know', q2: 3, q3: 'dont-know' }, 1],
    [{ q1: undefined }, 0],
  ])('counts %o as %i given', (answers, count) => {
    expect(countGivenAnswers(answers)).toBe(count);
  });
});
