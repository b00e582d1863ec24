import { describe, expect, it } from 'vitest';
import {
  compareIds,
  compareRank,
  getDimensionGap,
  getPriority,
  getTriggerWeight,
  type RankKey,
} from '~/domain/roadmap/rank-initiatives';
import { BASE_TRIGGER_WEIGHT } from '~/domain/roadmap/model';
import { initiative, model } from './helpers';

describe('getDimensionGap', () => {
  const scores = [
    { dimensionId: 'd1', score: 40 },
    { dimensionId: 'd2', score: null },
    { dimensionId: 'd3', score: 90 },
  ];

  it.each<[string, string, Record<string, number>, number]>([
    ['target minus score', 'd1', { d1: 70 }, 30],
    ['never negative when the score beats the target', 'd3', { d3: 70 }, 0],
    ['the whole target when the dimension has no score', 'd2', { d2: 85 }, 85],
    ['the whole target when the dimension was never scored', 'd9', { d9: 50 }, 50],
    ['the default ambition (70) when the target is missing', 'd1', {}, 30],
    ['the default ambition when the target is not a number', 'd1', { d1: Number.NaN }, 30],
    ['a target above 100 counts as 100', 'd1', { d1: 140 }, 60],
  ])('is %s', (_name, dimension, targets, gap) => {
    expect(getDimensionGap(dimension, scores, targets)).toBe(gap);
  });
});

describe('getTriggerWeight', () => {
  it.each<[string, string[], number]>([
    ['the heaviest triggering question', ['q1', 'q2', 'q4'], 3],
    ['a single question', ['q4'], 1],
    ['the base weight when nothing triggered it', [], BASE_TRIGGER_WEIGHT],
    ['the base weight for a question missing from the model', ['q-missing'], BASE_TRIGGER_WEIGHT],
  ])('is %s', (_name, triggeredBy, weight) => {
    expect(getTriggerWeight(triggeredBy, model)).toBe(weight);
  });

  it('documents the base weight as the middle of the 1–3 scale', () => {
    expect(BASE_TRIGGER_WEIGHT).toBe(2);
  });
});

describe('getPriority = gap × dimension weight × heaviest trigger weight', () => {
  const context = {
    model,
    dimensionScores: [
      { dimensionId: 'd1', score: 40 },
      { dimensionId: 'd2', score: 60 },
    ],
    targets: { d1: 70, d2: 70, d9: 70 },
  };

  it.each<[string, string, string[], number]>([
    ['d1 (gap 30, weight 2) triggered by q2 (weight 3)', 'd1', ['q2'], 30 * 2 * 3],
    ['d1 triggered by q1 (weight 1)', 'd1', ['q1'], 30 * 2 * 1],
    ['d2 (gap 10, weight 1) always-on', 'd2', [], 10 * 1 * 2],
    ['a dimension missing from the model weighs 1', 'd9', ['q4'], 70 * 1 * 1],
  ])('%s', (_name, dimension, triggeredBy, priority) => {
    const selected = { initiative: initiative('x', { dimension }), triggeredBy };
    expect(getPriority(selected, context)).toBe(priority);
  });

  it('is 0 when the dimension already meets its target', () => {
    const selected = { initiative: initiative('x'), triggeredBy: ['q2'] };
    expect(getPriority(selected, { ...context, targets: { d1: 40 } })).toBe(0);
  });
});

describe('compareRank', () => {
  const key = (id: string, overrides: Partial<RankKey> = {}): RankKey => ({
    id,
    priority: 10,
    impact: 'medium',
    effort: 'medium',
    ...overrides,
  });

  it.each<[string, RankKey, RankKey]>([
    ['higher priority first', key('b', { priority: 20 }), key('a', { priority: 10 })],
    ['then higher impact', key('b', { impact: 'high' }), key('a', { impact: 'medium' })],
    ['then lower effort', key('b', { effort: 'low' }), key('a', { effort: 'high' })],
    ['then the id', key('a'), key('b')],
    [
      'priority outweighs impact and effort',
      key('b', { priority: 11, impact: 'low', effort: 'high' }),
      key('a', { impact: 'high', effort: 'low' }),
    ],
  ])('puts %s', (_name, first, second) => {
    expect(compareRank(first, second)).toBeLessThan(0);
    expect(compareRank(second, first)).toBeGreaterThan(0);
  });

  it('sorts a list the same way whatever its starting order', () => {
    const keys = [
      key('c'),
      key('a', { impact: 'low' }),
      key('b', { priority: 5 }),
      key('d', { effort: 'low' }),
    ];
    const sorted = [...keys].sort(compareRank).map((k) => k.id);
    expect(sorted).toEqual(['d', 'c', 'a', 'b']);
    expect(
      [...keys]
        .reverse()
        .sort(compareRank)
        .map((k) => k.id),
    ).toEqual(sorted);
  });

  it.each<[string, string, number]>([
    ['a', 'b', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    ['Z', 'a', -1],
  ])('compareIds(%s, %s) is %d, by code unit', (a, b, expected) => {
    expect(compareIds(a, b)).toBe(expected);
  });
});
