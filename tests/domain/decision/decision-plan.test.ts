import { describe, expect, it } from 'vitest';
import {
  EMPTY_DECISION,
  EMPTY_PLAN,
  createAssessment,
  type DecisionPlan,
} from '~/domain/assessment/assessment';
import { AssessmentSchema } from '~/domain/schemas/assessment-file';
import {
  getFigureMax,
  getPlanCurrency,
  getPlanOverrides,
  getPlanTcoInputs,
  getPlanWeights,
  getWeightContext,
  isDefaultPlan,
  mergeDecisionPlans,
  withScore,
  withTcoFigure,
  withTcoSetting,
  withWeight,
} from '~/domain/decision/decision-plan';
import { TCO_LIMITS, type TcoInputs } from '~/domain/decision/tco';
import { figures, sameFigures } from './helpers';

const plan = (change: Partial<DecisionPlan>): DecisionPlan => ({ ...EMPTY_DECISION, ...change });

describe('getPlanWeights', () => {
  const defaults = { a: 3, b: 4, c: 2 };

  it('keeps the defaults when the user changed nothing', () => {
    expect(getPlanWeights(defaults, EMPTY_DECISION)).toEqual(defaults);
  });

  it.each<[string, number, number]>([
    ['a whole weight 0–5', 5, 5],
    ['0, which ignores the criterion', 0, 0],
    ['a weight above 5 (ignored)', 6, 3],
    ['a negative weight (ignored)', -1, 3],
    ['a fractional weight (ignored)', 2.5, 3],
    ['NaN (ignored)', Number.NaN, 3],
  ])('applies %s', (_name, weight, expected) => {
    expect(getPlanWeights(defaults, plan({ weights: { a: weight } })).a).toBe(expected);
  });

  it('ignores weights of criteria the content no longer has', () => {
    expect(getPlanWeights(defaults, plan({ weights: { gone: 5 } }))).toEqual(defaults);
  });
});

describe('getPlanOverrides', () => {
  it('keeps whole scores 0–5 of known options and drops the rest', () => {
    const scores = {
      a: { 'packaged-saas': 0, 'custom-development': 5, 'hybrid-platform': 7, other: 3 },
      b: { 'packaged-on-premise': 1.5 },
    };
    expect(getPlanOverrides(plan({ scores }))).toEqual({
      a: { 'packaged-saas': 0, 'custom-development': 5 },
    });
  });
});

describe('getPlanTcoInputs', () => {
  const defaults: TcoInputs = {
    users: 20,
    years: 5,
    options: sameFigures(figures({ implementation: 1_000, maintenancePercent: 10 })),
  };

  it('keeps the defaults when the user changed nothing', () => {
    expect(getPlanTcoInputs(defaults, EMPTY_DECISION.tco)).toEqual(defaults);
  });

  it('applies the users, years and figures the user changed, option by option', () => {
    const inputs = getPlanTcoInputs(defaults, {
      users: 7.5,
      years: 10,
      figures: { 'custom-development': { implementation: 90_000, maintenancePercent: 100 } },
    });
    expect(inputs.users).toBe(7.5);
    expect(inputs.years).toBe(10);
    expect(inputs.options['custom-development']).toEqual(
      figures({ implementation: 90_000, maintenancePercent: 100 }),
    );
    expect(inputs.options['packaged-saas']).toEqual(defaults.options['packaged-saas']);
  });

  it.each<[string, DecisionPlan['tco']]>([
    ['too many users', { users: TCO_LIMITS.maxUsers + 1, figures: {} }],
    ['a fractional horizon', { years: 2.5, figures: {} }],
    ['a horizon of 11 years', { years: 11, figures: {} }],
    ['a maintenance above 100 %', { figures: { 'packaged-saas': { maintenancePercent: 101 } } }],
    ['a negative amount', { figures: { 'packaged-saas': { implementation: -1 } } }],
    ['an infinite amount', { figures: { 'packaged-saas': { training: Infinity } } }],
  ])('keeps the default instead of %s', (_name, tco) => {
    expect(getPlanTcoInputs(defaults, tco)).toEqual(defaults);
  });
});

describe('getPlanCurrency', () => {
  it.each<[string | undefined, string]>([
    [undefined, 'EUR'],
    ['USD', 'USD'],
    ['usd', 'EUR'],
    ['EURO', 'EUR'],
  ])('reads %s as %s', (currency, expected) => {
    expect(getPlanCurrency({ currency, figures: {} }, 'EUR')).toBe(expected);
  });
});

describe('getFigureMax', () => {
  it('bounds the maintenance percentage at 100 and amounts at the largest amount', () => {
    expect(getFigureMax('maintenancePercent')).toBe(100);
    expect(getFigureMax('implementation')).toBe(TCO_LIMITS.maxAmount);
  });
});

describe('the with… transforms', () => {
  it('record a weight, and forget it when it is set back to the default', () => {
    const changed = withWeight(EMPTY_DECISION, 'a', 5, 3);
    expect(changed.weights).toEqual({ a: 5 });
    expect(withWeight(changed, 'a', 3, 3).weights).toEqual({});
    expect(EMPTY_DECISION.weights).toEqual({});
  });

  it('record a score, and forget it when it is set back to the authored one', () => {
    const changed = withScore(EMPTY_DECISION, 'a', 'packaged-saas', 1, 4);
    const both = withScore(changed, 'a', 'hybrid-platform', 2, 3);
    expect(both.scores).toEqual({ a: { 'packaged-saas': 1, 'hybrid-platform': 2 } });
    const back = withScore(both, 'a', 'packaged-saas', 4, 4);
    expect(back.scores).toEqual({ a: { 'hybrid-platform': 2 } });
    expect(withScore(back, 'a', 'hybrid-platform', 3, 3).scores).toEqual({});
  });

  it('record cost figures and settings without touching the rest', () => {
    const one = withTcoFigure(EMPTY_DECISION, 'packaged-saas', 'training', 500);
    const two = withTcoFigure(one, 'packaged-saas', 'hostingPerYear', 0);
    const set = withTcoSetting(two, { currency: 'GBP', years: 3 });
    expect(set.tco).toEqual({
      currency: 'GBP',
      years: 3,
      figures: { 'packaged-saas': { training: 500, hostingPerYear: 0 } },
    });
    expect(EMPTY_DECISION.tco).toEqual({ figures: {} });
  });

  it('tell whether the user changed anything', () => {
    expect(isDefaultPlan(EMPTY_DECISION)).toBe(true);
    expect(isDefaultPlan(withWeight(EMPTY_DECISION, 'a', 0, 3))).toBe(false);
    expect(isDefaultPlan(withScore(EMPTY_DECISION, 'a', 'packaged-saas', 0, 3))).toBe(false);
    expect(isDefaultPlan(withTcoSetting(EMPTY_DECISION, { users: 4 }))).toBe(false);
    expect(isDefaultPlan(withTcoSetting(EMPTY_DECISION, { currency: 'USD' }))).toBe(false);
    expect(isDefaultPlan(withTcoSetting(EMPTY_DECISION, { years: 2 }))).toBe(false);
    expect(isDefaultPlan(withTcoFigure(EMPTY_DECISION, 'packaged-saas', 'training', 1))).toBe(
      false,
    );
  });
});

describe('mergeDecisionPlans', () => {
  it('applies the changes on top of the base, criterion by criterion and figure by figure', () => {
    const base: DecisionPlan = {
      weights: { a: 1, b: 2 },
      scores: { a: { 'packaged-saas': 1, 'hybrid-platform': 2 } },
      tco: {
        currency: 'USD',
        years: 3,
        figures: { 'packaged-saas': { training: 1, hostingPerYear: 2 } },
      },
    };
    const changes: DecisionPlan = {
      weights: { b: 5 },
      scores: { a: { 'packaged-saas': 4 }, c: { 'custom-development': 0 } },
      tco: {
        users: 9,
        figures: { 'packaged-saas': { training: 7 }, 'hybrid-platform': { training: 3 } },
      },
    };
    expect(mergeDecisionPlans(base, changes)).toEqual({
      weights: { a: 1, b: 5 },
      scores: {
        a: { 'packaged-saas': 4, 'hybrid-platform': 2 },
        c: { 'custom-development': 0 },
      },
      tco: {
        currency: 'USD',
        years: 3,
        users: 9,
        figures: {
          'packaged-saas': { training: 7, hostingPerYear: 2 },
          'hybrid-platform': { training: 3 },
        },
      },
    });
  });

  it('changes nothing when there are no changes', () => {
    const base = withTcoSetting(withWeight(EMPTY_DECISION, 'a', 5, 3), {
      currency: 'GBP',
      years: 4,
    });
    expect(mergeDecisionPlans(base, EMPTY_DECISION)).toEqual(base);
    expect(mergeDecisionPlans(EMPTY_DECISION, base)).toEqual(base);
  });
});

describe('getWeightContext', () => {
  it('passes the profile through and keys the dimension scores by dimension', () => {
    const profile = { 'company-size': 'small', channels: ['internet'] };
    expect(
      getWeightContext(profile, [
        { dimensionId: 'technology', score: 32 },
        { dimensionId: 'processes', score: null },
      ]),
    ).toEqual({ profile, dimensionScores: { technology: 32, processes: null } });
  });
});

describe('the decision saved with an assessment (#6)', () => {
  const base = {
    ...createAssessment({ name: 'A', organization: 'B', contentVersion: 1 }, new Date(0), 'id-1'),
    plan: EMPTY_PLAN,
  };
  const withDecision = (decision: unknown) => ({ ...base, plan: { ...EMPTY_PLAN, decision } });

  it('is optional, so files saved before it stay valid', () => {
    expect(AssessmentSchema.safeParse(base).success).toBe(true);
  });

  it('keeps weights, scores and cost inputs through the schema', () => {
    const decision = withTcoSetting(
      withTcoFigure(
        withScore(
          withWeight(EMPTY_DECISION, 'specific-fit', 0, 4),
          'specific-fit',
          'packaged-saas',
          5,
          2,
        ),
        'hybrid-platform',
        'maintenancePercent',
        12.5,
      ),
      { currency: 'MXN', years: 10, users: 12 },
    );
    const parsed = AssessmentSchema.safeParse(withDecision(decision));
    expect(parsed.success && parsed.data.plan?.decision).toEqual(decision);
  });

  it.each<[string, unknown]>([
    ['a weight above 5', { ...EMPTY_DECISION, weights: { a: 6 } }],
    ['a fractional score', { ...EMPTY_DECISION, scores: { a: { 'packaged-saas': 2.5 } } }],
    ['a horizon of 0 years', { ...EMPTY_DECISION, tco: { years: 0, figures: {} } }],
    ['a lower-case currency', { ...EMPTY_DECISION, tco: { currency: 'eur', figures: {} } }],
    [
      'a negative amount',
      { ...EMPTY_DECISION, tco: { figures: { 'packaged-saas': { training: -1 } } } },
    ],
  ])('refuses %s', (_name, decision) => {
    expect(AssessmentSchema.safeParse(withDecision(decision)).success).toBe(false);
  });
});
