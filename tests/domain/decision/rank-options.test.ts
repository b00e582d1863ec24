import { describe, expect, it } from 'vitest';
import type { OptionId, ScoreOverrides } from '~/domain/decision/model';
import {
  WEIGHT_CEILING,
  getDecidingCriteria,
  getOptionScore,
  getTopOptionId,
  getWeight,
  getWeightedSums,
  rankOptions,
  type Ranking,
  type RankedOption,
} from '~/domain/decision/rank-options';
import { criterion, example } from './helpers';

/** The ranked options of a ranking that must exist. */
function ranked(ranking: Ranking): RankedOption[] {
  if (ranking.status !== 'ranked') throw new Error(`expected a ranking, got ${ranking.reason}`);
  return ranking.options;
}

describe('getWeight', () => {
  it.each<[string, number | undefined, number]>([
    ['a weight as given', 3, 3],
    ['0 for a missing weight', undefined, 0],
    ['0 for a weight of 0', 0, 0],
    ['0 for a negative weight', -2, 0],
    ['0 for NaN', Number.NaN, 0],
    ['a fraction as given (any positive scale works)', 2.5, 2.5],
    ['the ceiling for Infinity, so sums stay finite', Number.POSITIVE_INFINITY, WEIGHT_CEILING],
    ['0 for -Infinity', Number.NEGATIVE_INFINITY, 0],
  ])('is %s', (_name, weight, expected) => {
    expect(getWeight(weight === undefined ? {} : { c: weight }, 'c')).toBe(expected);
  });
});

describe('getOptionScore', () => {
  const c = criterion('c', [4, 2, 0, 5]);

  it.each<[string, ScoreOverrides, OptionId, number]>([
    ['the authored score without overrides', {}, 'packaged-saas', 4],
    ["the user's override", { c: { 'packaged-saas': 1 } }, 'packaged-saas', 1],
    [
      'the authored score for an option without override',
      { c: { 'hybrid-platform': 1 } },
      'packaged-saas',
      4,
    ],
    ['an override above 5 kept at 5', { c: { 'custom-development': 9 } }, 'custom-development', 5],
    ['an override below 0 kept at 0', { c: { 'hybrid-platform': -3 } }, 'hybrid-platform', 0],
    [
      'the authored score when the override is NaN',
      { c: { 'packaged-on-premise': Number.NaN } },
      'packaged-on-premise',
      2,
    ],
    [
      'an override of another criterion ignored',
      { other: { 'packaged-saas': 0 } },
      'packaged-saas',
      4,
    ],
  ])('is %s', (_name, overrides, optionId, expected) => {
    expect(getOptionScore(c, optionId, overrides)).toBe(expected);
  });

  it('keeps an out-of-range authored score within 0–5', () => {
    expect(getOptionScore(criterion('c', [7, -1, Number.NaN, 3]), 'packaged-saas')).toBe(5);
    expect(getOptionScore(criterion('c', [7, -1, Number.NaN, 3]), 'packaged-on-premise')).toBe(0);
    expect(getOptionScore(criterion('c', [7, -1, Number.NaN, 3]), 'custom-development')).toBe(0);
  });
});

describe('rankOptions', () => {
  const ranking = rankOptions(example.criteria, example.weights);

  it('ranks by weighted score Σ(w × s) / Σw, highest first', () => {
    expect(ranking).toMatchObject({ status: 'ranked', totalWeight: 10 });
    expect(
      ranked(ranking).map((o) => [o.optionId, o.rank, o.weightedSum, o.score, o.percent]),
    ).toEqual([
      ['packaged-saas', 1, 41, 4.1, 82],
      ['hybrid-platform', 2, 40, 4, 80],
      ['packaged-on-premise', 3, 27, 2.7, 54],
      ['custom-development', 4, 18, 1.8, 36],
    ]);
  });

  it('gives each option its lead over the next one, and none to the last', () => {
    expect(ranked(ranking).map((o) => [o.comparedWith, o.margin])).toEqual([
      ['hybrid-platform', 0.1],
      ['packaged-on-premise', 1.3],
      ['custom-development', 0.9],
      [null, null],
    ]);
  });

  it('names the criteria where the top option beats the runner-up, with both scores', () => {
    expect(ranked(ranking)[0]?.decidingCriteria).toEqual([
      { criterionId: 'time-to-first-channel', weight: 5, score: 5, otherScore: 4, contribution: 5 },
    ]);
    expect(ranked(ranking)[3]?.decidingCriteria).toEqual([]);
  });

  it('lets a score override change the recommendation', () => {
    const overridden = rankOptions(example.criteria, example.weights, {
      'time-to-first-channel': { 'hybrid-platform': 5 },
    });
    expect(ranked(overridden)[0]).toMatchObject({ optionId: 'hybrid-platform', weightedSum: 45 });
  });

  it('ignores a criterion of weight 0 and weights of unknown criteria', () => {
    const weights = { ...example.weights, 'time-to-first-channel': 0, unknown: 5 };
    const result = rankOptions(example.criteria, weights);
    expect(result).toMatchObject({ status: 'ranked', totalWeight: 5 });
    expect(ranked(result).map((o) => o.optionId)).toEqual([
      'hybrid-platform',
      'packaged-saas',
      'custom-development',
      'packaged-on-premise',
    ]);
  });

  it('lets tied options share a rank and lists them in option order', () => {
    const result = rankOptions([criterion('c', [3, 5, 3, 5])], { c: 2 });
    expect(ranked(result).map((o) => [o.optionId, o.rank, o.margin])).toEqual([
      ['packaged-on-premise', 1, 0],
      ['hybrid-platform', 1, 2],
      ['packaged-saas', 3, 0],
      ['custom-development', 3, null],
    ]);
  });

  it.each<[string, Parameters<typeof rankOptions>, Ranking]>([
    ['there are no criteria', [[], {}], { status: 'unranked', reason: 'no-criteria' }],
    [
      'every weight is 0',
      [example.criteria, { 'time-to-first-channel': 0 }],
      { status: 'unranked', reason: 'all-weights-zero' },
    ],
    [
      'no weight is given',
      [example.criteria, {}],
      { status: 'unranked', reason: 'all-weights-zero' },
    ],
    [
      'the weights are negative or NaN',
      [example.criteria, { 'time-to-first-channel': -1, 'fit-to-requirements': Number.NaN }],
      { status: 'unranked', reason: 'all-weights-zero' },
    ],
  ])('gives no ranking, never NaN, when %s', (_name, args, expected) => {
    expect(rankOptions(...args)).toEqual(expected);
  });
});

describe('getDecidingCriteria', () => {
  const criteria = [
    criterion('a', [5, 0, 0, 4]),
    criterion('b', [5, 0, 0, 2]),
    criterion('c', [4, 0, 0, 1]),
    criterion('d', [3, 0, 0, 0]),
    criterion('e', [1, 0, 0, 5]),
    criterion('f', [5, 0, 0, 0]),
  ];
  const weights = { a: 5, b: 1, c: 1, d: 1, e: 5, f: 0 };

  it('orders by weight × score gap, largest first, then criterion order, and keeps three', () => {
    const found = getDecidingCriteria(criteria, weights, {}, 'packaged-saas', 'hybrid-platform');
    expect(found.map((d) => [d.criterionId, d.contribution])).toEqual([
      ['a', 5],
      ['b', 3],
      ['c', 3],
    ]);
  });

  it.each<[string, number, string[]]>([
    ['every winning criterion when the limit allows', 10, ['a', 'b', 'c', 'd']],
    ['none when the limit is 0', 0, []],
    ['none when the limit is negative', -1, []],
  ])('gives %s (never a losing or weight-0 criterion)', (_name, limit, ids) => {
    const found = getDecidingCriteria(
      criteria,
      weights,
      {},
      'packaged-saas',
      'hybrid-platform',
      limit,
    );
    expect(found.map((d) => d.criterionId)).toEqual(ids);
  });

  it('uses score overrides on both sides', () => {
    const found = getDecidingCriteria(
      criteria,
      weights,
      { a: { 'hybrid-platform': 5 } },
      'packaged-saas',
      'hybrid-platform',
    );
    expect(found.map((d) => d.criterionId)).toEqual(['b', 'c', 'd']);
  });
});

describe('getWeightedSums', () => {
  it('is 0 for every option without criteria or weights', () => {
    expect(getWeightedSums(example.criteria, {})).toEqual({
      'packaged-saas': 0,
      'packaged-on-premise': 0,
      'custom-development': 0,
      'hybrid-platform': 0,
    });
  });
});

describe('getTopOptionId', () => {
  it.each<[string, Ranking, OptionId | null]>([
    ['the first ranked option', rankOptions(example.criteria, example.weights), 'packaged-saas'],
    ['null without a ranking', { status: 'unranked', reason: 'no-criteria' }, null],
    ['null for an empty ranking', { status: 'ranked', totalWeight: 1, options: [] }, null],
  ])('is %s', (_name, ranking, expected) => {
    expect(getTopOptionId(ranking)).toBe(expected);
  });
});
