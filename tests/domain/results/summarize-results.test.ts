import { describe, expect, it } from 'vitest';
import {
  compareScores,
  getGapRows,
  getStrongest,
  getTargets,
  getWeakest,
} from '~/domain/results/summarize-results';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import type { ScoringModel, ScoringQuestion } from '~/domain/scoring/model';
import { EMPTY_PLAN } from '~/domain/assessment/assessment';

function q(id: string, dimensionId: string): ScoringQuestion {
  return { id, dimensionId, phase: 'analysis', weight: 1, critical: false, notApplicable: false };
}
const model: ScoringModel = {
  dimensions: [
    { id: 'a', weight: 1 },
    { id: 'b', weight: 3 },
    { id: 'c', weight: 2 },
    { id: 'd', weight: 1 },
  ],
  questions: [q('a1', 'a'), q('b1', 'b'), q('c1', 'c'), q('d1', 'd')],
};
// a = 100, b = 50, c = 25, d unanswered.
const score = scoreAssessment(model, { a1: 4, b1: 2, c1: 1 });

describe('getTargets', () => {
  it.each<[string, Parameters<typeof getTargets>[0], Record<string, number>]>([
    ['no plan: the competitive preset', undefined, { a: 70, b: 70 }],
    ['a preset for every dimension', { ...EMPTY_PLAN, ambition: 'leading' }, { a: 85, b: 85 }],
    [
      'own values override the preset',
      { ...EMPTY_PLAN, ambition: 'foundation', targets: { b: 90 } },
      { a: 50, b: 90 },
    ],
    [
      'an out-of-range stored value is clamped',
      { ...EMPTY_PLAN, targets: { a: 140 } },
      { a: 100, b: 70 },
    ],
  ])('%s', (_name, plan, expected) => {
    expect(getTargets(plan, ['a', 'b'])).toEqual(expected);
  });
});

describe('getGapRows', () => {
  it('ranks by gap × dimension weight, unscored dimensions by their target', () => {
    const rows = getGapRows(score, { a: 70, b: 70, c: 70, d: 70 });
    expect(rows.map((r) => [r.dimensionId, r.gap, r.priority])).toEqual([
      ['c', 45, 90],
      ['d', null, 70],
      ['b', 20, 60],
      ['a', 0, 0],
    ]);
  });

  it('moves a dimension up when its target is raised', () => {
    const before = getGapRows(score, { a: 70, b: 70, c: 70, d: 70 });
    const after = getGapRows(score, { a: 70, b: 90, c: 70, d: 70 });
    expect(before.find((r) => r.dimensionId === 'b')?.gap).toBe(20);
    expect(after.find((r) => r.dimensionId === 'b')?.gap).toBe(40);
    expect(after[0]?.dimensionId).toBe('b');
  });
});

describe('strongest and weakest', () => {
  it('lists scored dimensions only, best or worst first', () => {
    expect(getStrongest(score, 2).map((d) => d.dimensionId)).toEqual(['a', 'b']);
    expect(getWeakest(score, 2).map((d) => d.dimensionId)).toEqual(['c', 'b']);
  });
});

describe('compareScores', () => {
  it('gives per-dimension and index deltas, null where either side has no score', () => {
    const earlier = scoreAssessment(model, { a1: 2, b1: 2, d1: 0 });
    const result = compareScores(score, earlier);
    expect(result.dimensions.map((d) => [d.dimensionId, d.delta])).toEqual([
      ['a', 50],
      ['b', 0],
      ['c', null],
      ['d', null],
    ]);
    expect(result.index).toBeCloseTo((score.index ?? 0) - (earlier.index ?? 0), 10);
  });

  it('gives no delta for an area the earlier questionnaire lacked, nor for an unscored index', () => {
    const older: ScoringModel = {
      dimensions: model.dimensions.slice(0, 3),
      questions: model.questions.slice(0, 3),
    };
    const earlier = scoreAssessment(older, {});
    const result = compareScores(score, earlier);
    expect(result.dimensions.find((d) => d.dimensionId === 'd')).toEqual({
      dimensionId: 'd',
      earlier: null,
      current: null,
      delta: null,
    });
    expect(result.dimensions.find((d) => d.dimensionId === 'a')).toMatchObject({
      earlier: null,
      current: 100,
    });
    expect(result.index).toBeNull();
  });
});
