import { describe, expect, it } from 'vitest';
import { getQuestionAlignment } from '~/domain/workshop/alignment';
import {
  MAX_SCORE_DEVIATION,
  getAlignmentHeatMap,
  getDimensionAlignment,
  type DimensionAlignment,
} from '~/domain/workshop/dimension-alignment';
import { summarizeNumbers } from '~/domain/workshop/statistics';
import type { Answers, ScoringModel, ScoringQuestion } from '~/domain/scoring/model';
import type { Submission } from '~/domain/workshop/workshop';

function q(
  id: string,
  dimensionId: string,
  overrides: Partial<ScoringQuestion> = {},
): ScoringQuestion {
  return {
    id,
    dimensionId,
    phase: 'analysis',
    weight: 1,
    critical: false,
    notApplicable: false,
    ...overrides,
  };
}

function submission(participantId: string, answers: Answers): Submission {
  return {
    workshopId: 'w',
    contentVersion: 1,
    participantId,
    role: 'sales',
    answers,
    submittedAt: '2025-03-01T09:00:00Z',
  };
}

/** d1: a (weight 3), b (weight 1); d2: c; d3: no questions. */
const model: ScoringModel = {
  dimensions: [
    { id: 'd1', weight: 2 },
    { id: 'd2', weight: 1 },
    { id: 'd3', weight: 1 },
  ],
  questions: [q('a', 'd1', { weight: 3 }), q('b', 'd1'), q('c', 'd2', { notApplicable: true })],
};

function align(submissions: Submission[]): DimensionAlignment[] {
  return getDimensionAlignment(
    model,
    submissions,
    getQuestionAlignment(model.questions, submissions, { showIndividual: false }),
  );
}

describe('getDimensionAlignment', () => {
  it("describes each participant's dimension score with the usual formula", () => {
    // d1 scores: p1 (3·4 + 1·0) / 16 = 75; p2 (3·0 + 1·4) / 16 = 25; p3 only b at 2 → 50.
    const [d1] = align([
      submission('p1', { a: 4, b: 0 }),
      submission('p2', { a: 0, b: 4 }),
      submission('p3', { a: 'dont-know', b: 2 }),
    ]);
    expect(d1!.dimensionId).toBe('d1');
    expect(d1!.scores).toEqual(summarizeNumbers([75, 25, 50]));
    expect(d1!.scores).toMatchObject({ count: 3, mean: 50, range: 50 });
    expect(d1!.scores.standardDeviation).toBeCloseTo(Math.sqrt(1250 / 3), 10);
  });

  it('leaves out participants without a score for the dimension', () => {
    const [, d2] = align([
      submission('p1', { c: 'not-applicable' }),
      submission('p2', { c: 'dont-know' }),
      submission('p3', { c: 3 }),
    ]);
    expect(d2!.scores).toMatchObject({ count: 1, mean: 75, standardDeviation: 0 });
  });

  it('gives the share of compared questions without consensus', () => {
    const [d1, d2, d3] = align([
      submission('p1', { a: 4, b: 1, c: 'dont-know' }),
      submission('p2', { a: 1, b: 1, c: 3 }),
    ]);
    expect(d1).toMatchObject({ comparedQuestions: 2, disputedQuestions: 1, noConsensusShare: 0.5 });
    // c has one level only: it cannot be compared, so d2 has no share rather than 0.
    expect(d2).toMatchObject({
      comparedQuestions: 0,
      disputedQuestions: 0,
      noConsensusShare: null,
    });
    expect(d3).toMatchObject({
      comparedQuestions: 0,
      noConsensusShare: null,
      scores: { count: 0, mean: null },
    });
  });

  it('describes nothing without submissions, with nulls', () => {
    expect(
      align([]).map((d) => [d.scores.mean, d.scores.standardDeviation, d.noConsensusShare]),
    ).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });
});

describe('getAlignmentHeatMap', () => {
  it('gives plain figures per dimension, in the given order', () => {
    const rows = getAlignmentHeatMap(
      align([submission('p1', { a: 4, b: 4, c: 0 }), submission('p2', { a: 0, b: 0, c: 0 })]),
    );
    expect(rows).toEqual([
      { dimensionId: 'd1', mean: 50, standardDeviation: 50, dispersion: 1, noConsensusShare: 1 },
      { dimensionId: 'd2', mean: 0, standardDeviation: 0, dispersion: 0, noConsensusShare: 0 },
      {
        dimensionId: 'd3',
        mean: null,
        standardDeviation: null,
        dispersion: null,
        noConsensusShare: null,
      },
    ]);
  });

  it.each<[number, number]>([
    [0, 0],
    [12.5, 0.25],
    [MAX_SCORE_DEVIATION, 1],
  ])('maps a standard deviation of %d points to a dispersion of %d', (deviation, dispersion) => {
    const [row] = getAlignmentHeatMap([
      {
        dimensionId: 'd',
        scores: { ...summarizeNumbers([0, 100]), standardDeviation: deviation },
        comparedQuestions: 1,
        disputedQuestions: 1,
        noConsensusShare: 1,
      },
    ]);
    expect(row!.dispersion).toBe(dispersion);
  });
});
