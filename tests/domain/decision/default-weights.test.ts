import { describe, expect, it } from 'vitest';
import {
  getAdjustmentTrigger,
  getCriterionWeight,
  getDefaultWeights,
  type AdjustmentTrigger,
  type WeightContext,
} from '~/domain/decision/default-weights';
import type { WeightAdjustment } from '~/domain/decision/model';
import { byDimension, byProfile, weighted } from './helpers';

/** An assessment of a small company on e-mail and phone, weak in technology, unscored in processes. */
const context: WeightContext = {
  profile: { 'company-size': 'small', channels: ['internet', 'contact-center'] },
  dimensionScores: { technology: 35, processes: null, strategy: 80, organization: Number.NaN },
};

describe('getAdjustmentTrigger', () => {
  it.each<[string, WeightAdjustment, AdjustmentTrigger | null]>([
    [
      'a single-choice answer among the options',
      byProfile('company-size', ['micro', 'small'], 1),
      { kind: 'profile', field: 'company-size', matched: ['small'] },
    ],
    [
      'a multiple-choice answer with some of the options (only those listed)',
      byProfile('channels', ['internet', 'sales-force'], 1),
      { kind: 'profile', field: 'channels', matched: ['internet'] },
    ],
    ['no answer among the options', byProfile('company-size', ['large'], 1), null],
    ['an unanswered profile field', byProfile('sector', ['retail'], 1), null],
    [
      'a dimension score below the threshold',
      byDimension('technology', 40, 1),
      { kind: 'dimension', dimension: 'technology', score: 35, scoreBelow: 40 },
    ],
    ['a dimension score equal to the threshold', byDimension('technology', 35, 1), null],
    ['a dimension score above the threshold', byDimension('strategy', 60, 1), null],
    ['an unscored dimension (null)', byDimension('processes', 60, 1), null],
    ['a dimension score that is not a number', byDimension('organization', 60, 1), null],
    ['a dimension missing from the scores', byDimension('kpis-measurement', 60, 1), null],
    ['an adjustment with no condition', { weightChange: 1, reason: { en: 'x', es: 'x' } }, null],
  ])('applies for %s? → %j', (_name, adjustment, expected) => {
    expect(getAdjustmentTrigger(adjustment, context)).toEqual(expected);
  });
});

describe('getCriterionWeight', () => {
  it.each<[string, number, WeightAdjustment[], number, number]>([
    [
      'the default weight when no adjustment applies',
      3,
      [byProfile('company-size', ['large'], 2)],
      3,
      3,
    ],
    ['the default plus one applied change', 3, [byProfile('company-size', ['small'], 1)], 4, 4],
    [
      'the default plus the sum of every applied change',
      2,
      [
        byProfile('company-size', ['small'], 2),
        byDimension('technology', 50, -1),
        byDimension('strategy', 50, 2),
      ],
      3,
      3,
    ],
    ['at most 5', 4, [byProfile('company-size', ['small'], 2)], 6, 5],
    [
      'at least 1, never 0 (a default never switches a criterion off)',
      2,
      [byDimension('technology', 50, -2)],
      0,
      1,
    ],
  ])('is %s', (_name, defaultWeight, adjustments, unclamped, weight) => {
    const result = getCriterionWeight(weighted('c', defaultWeight, adjustments), context);
    expect([result.unclampedWeight, result.weight]).toEqual([unclamped, weight]);
  });

  it.each<[string, number, number]>([
    ['0 → 1', 0, 1],
    ['7 → 5', 7, 5],
    ['2.6 → 3 (whole)', 2.6, 3],
    ['NaN → 1', Number.NaN, 1],
  ])('keeps an out-of-range authored default within 1–5: %s', (_name, defaultWeight, expected) => {
    expect(getCriterionWeight(weighted('c', defaultWeight)).defaultWeight).toBe(expected);
  });

  it('passes the authored reason through untouched, with what triggered it', () => {
    const adjustment = byDimension('technology', 40, 1);
    const [applied] = getCriterionWeight(weighted('c', 3, [adjustment]), context).adjustments;
    expect(applied?.reason).toBe(adjustment.reason);
    expect(applied).toEqual({
      weightChange: 1,
      reason: { en: 'technology below 40', es: 'technology por debajo de 40' },
      trigger: { kind: 'dimension', dimension: 'technology', score: 35, scoreBelow: 40 },
    });
  });

  it('ignores a change that is not a number', () => {
    const adjustment = { ...byProfile('company-size', ['small'], 1), weightChange: Number.NaN };
    expect(getCriterionWeight(weighted('c', 3, [adjustment]), context).weight).toBe(3);
  });
});

describe('getDefaultWeights', () => {
  const criteria = [
    weighted('erp-integration', 3, [byProfile('company-size', ['micro', 'small'], -1)]),
    weighted('time-to-first-channel', 4, [byDimension('technology', 40, 1)]),
    weighted('data-ownership', 2),
  ];

  it('gives the authored defaults, with no adjustment, without an assessment', () => {
    const result = getDefaultWeights(criteria);
    expect(result.weights).toEqual({
      'erp-integration': 3,
      'time-to-first-channel': 4,
      'data-ownership': 2,
    });
    expect(Object.values(result.reasoning).flatMap((r) => r.adjustments)).toEqual([]);
  });

  it('moves the defaults by the assessment and shows why', () => {
    const result = getDefaultWeights(criteria, context);
    expect(result.weights).toEqual({
      'erp-integration': 2,
      'time-to-first-channel': 5,
      'data-ownership': 2,
    });
    expect(result.reasoning['erp-integration']).toMatchObject({
      defaultWeight: 3,
      unclampedWeight: 2,
      weight: 2,
      adjustments: [{ weightChange: -1, reason: { en: 'company-size micro/small' } }],
    });
  });

  it('applies nothing for an empty assessment', () => {
    const result = getDefaultWeights(criteria, { profile: {}, dimensionScores: {} });
    expect(result.weights).toEqual(getDefaultWeights(criteria).weights);
  });
});
