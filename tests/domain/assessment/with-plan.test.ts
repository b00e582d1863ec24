import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, withPlan, type AssessmentPlan } from '~/domain/assessment/assessment';
import { makeAssessment } from './helpers';

const NOW = new Date('2025-04-01T12:00:00.000Z');
const toLeading = (plan: AssessmentPlan): AssessmentPlan => ({ ...plan, ambition: 'leading' });

describe('withPlan', () => {
  it('starts from the empty plan when the assessment has none yet, and stamps the change', () => {
    const changed = withPlan(makeAssessment({ plan: undefined }), toLeading, NOW);
    expect(changed.plan).toEqual({ ...EMPTY_PLAN, ambition: 'leading' });
    expect(changed.updatedAt).toBe(NOW.toISOString());
  });

  it('changes the plan the assessment has, keeping the rest of it', () => {
    const start = { ...EMPTY_PLAN, targets: { strategy: 80 }, excluded: ['crm-pilot'] };
    const changed = withPlan(makeAssessment({ plan: start }), toLeading, NOW);
    expect(changed.plan).toEqual({ ...start, ambition: 'leading' });
  });

  it('leaves the assessment it is given as it was', () => {
    const original = makeAssessment({ plan: EMPTY_PLAN });
    const copy = structuredClone(original);
    withPlan(original, toLeading, NOW);
    expect(original).toEqual(copy);
  });
});
