import { describe, expect, it } from 'vitest';
import { EMPTY_DECISION, EMPTY_PLAN, type DecisionPlan } from '~/domain/assessment/assessment';
import { buildDecisionView, type DecisionContent } from '~/domain/decision-view';
import { getTopOptionId } from '~/domain/decision/rank-options';
import { NO_FACTS } from '~/domain/decision/organization-facts';
import type { Decision } from '~/domain/schemas/content';
import { makeAssessment } from '../assessment/helpers';
import { byDimension, byProfile, criterion, figures, sameFigures } from '../decision/helpers';

const sized = (users: number) => ({
  users,
  options: sameFigures(figures({ implementation: 1000 })),
});
const tcoDefaults: Decision['tcoDefaults'] = {
  micro: sized(3),
  small: sized(15),
  medium: sized(80),
  large: sized(400),
};
// Speed favours SaaS, fit favours custom development (hybrid first at 3 : 2); a weak d1 weighs fit up.
const content: DecisionContent = {
  model: {
    dimensions: [{ id: 'd1', weight: 1 }],
    questions: [
      {
        id: 'q-plain',
        dimensionId: 'd1',
        phase: 'analysis',
        weight: 1,
        critical: false,
        notApplicable: false,
      },
    ],
  },
  criteria: [
    {
      ...criterion('speed', [5, 3, 1, 4]),
      defaultWeight: 3,
      adjustments: [byProfile('company-size', ['small'], 1)],
    },
    {
      ...criterion('fit', [2, 3, 5, 4]),
      defaultWeight: 2,
      adjustments: [byDimension('d1', 50, 2)],
    },
  ],
  tcoDefaults,
  currency: 'EUR',
  profileFields: [],
};
const changed: DecisionPlan = {
  ...EMPTY_DECISION,
  weights: { fit: 5 },
  tco: { figures: {}, currency: 'USD' },
};

describe('buildDecisionView', () => {
  it('without an assessment: the authored weights, medium-size costs, and the page’s own choices', () => {
    const view = buildDecisionView(content, undefined, EMPTY_DECISION, NO_FACTS);
    expect(view.weights).toEqual({ speed: 3, fit: 2 });
    expect(view.companySize).toBeUndefined();
    expect(view.tcoInputs.users).toBe(80);
    expect(view.currency).toBe('EUR');
    expect(view.isDefault).toBe(true);
    expect(getTopOptionId(view.ranking)).toBe('hybrid-platform');
    const own = buildDecisionView(content, undefined, changed, NO_FACTS);
    expect(own.weights).toEqual({ speed: 3, fit: 5 });
    expect(own.currency).toBe('USD');
    expect(own.isDefault).toBe(false);
  });

  it('with an assessment: its answers and size inform the defaults, its plan holds the choices', () => {
    const assessment = makeAssessment({
      profile: { 'company-size': 'small' },
      answers: { 'q-plain': 1 },
      plan: { ...EMPTY_PLAN, decision: changed },
    });
    const view = buildDecisionView(content, assessment, EMPTY_DECISION, NO_FACTS);
    expect(view.defaults.weights).toEqual({ speed: 4, fit: 4 });
    expect(view.weights).toEqual({ speed: 4, fit: 5 });
    expect(view.companySize).toBe('small');
    expect(view.tcoDefaults.users).toBe(15);
    expect(view.plan).toBe(changed);
    expect(view.sensitivity.topOptionId).toBe(getTopOptionId(view.ranking));
  });

  it.each([
    ['no plan at all', undefined],
    ['a plan without a decision', EMPTY_PLAN],
  ])('an assessment with %s shows the defaults, not the page’s own choices', (_name, plan) => {
    const assessment = makeAssessment({ profile: { 'company-size': ['small'] }, plan });
    const view = buildDecisionView(content, assessment, changed, NO_FACTS);
    expect(view.plan).toBe(EMPTY_DECISION);
    expect(view.companySize).toBeUndefined();
    expect(view.isDefault).toBe(true);
  });

  it('without an assessment, the facts given on the page inform weights, sizes and costs (#14)', () => {
    const facts = { people: 12, profile: { 'company-size': 'small' } };
    const view = buildDecisionView(content, undefined, EMPTY_DECISION, facts);
    expect(view.facts).toBe(facts);
    expect(view.informed).toBe(true);
    expect(view.companySize).toBe('small');
    expect(view.defaults.weights).toEqual({ speed: 4, fit: 2 });
    expect(view.tcoInputs.users).toBe(15);
    expect(buildDecisionView(content, undefined, EMPTY_DECISION, NO_FACTS).informed).toBe(false);
  });

  it('ranks on the scores of the organization’s size and says which criteria were scaled', () => {
    const scaled: DecisionContent = {
      ...content,
      criteria: [
        ...content.criteria,
        {
          ...criterion('skills', [5, 2, 1, 3]),
          defaultWeight: 5,
          adjustments: [],
          sizeScaling: { micro: { 'custom-development': 0 }, large: { 'custom-development': 5 } },
        },
      ],
    };
    const micro = buildDecisionView(scaled, undefined, EMPTY_DECISION, {
      profile: { 'company-size': 'micro' },
    });
    const large = buildDecisionView(scaled, undefined, EMPTY_DECISION, {
      profile: { 'company-size': 'large' },
    });
    expect(micro.baseScores['skills']?.['custom-development']).toBe(0);
    expect(large.baseScores['skills']?.['custom-development']).toBe(5);
    expect(micro.baseScores['speed']).toEqual({
      'packaged-saas': 5,
      'packaged-on-premise': 3,
      'custom-development': 1,
      'hybrid-platform': 4,
    });
    expect(micro.sizeScaled).toEqual(['skills']);
    const percent = (view: typeof micro) =>
      view.ranking.status === 'ranked'
        ? view.ranking.options.find((o) => o.optionId === 'custom-development')?.percent
        : undefined;
    expect(percent(micro)).toBeLessThan(percent(large) ?? 0);
  });
});
