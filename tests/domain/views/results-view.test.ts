import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, type Assessment } from '~/domain/assessment/assessment';
import { buildResultsView, isSameOrganization } from '~/domain/results-view';
import type { Level, ScoringModel, ScoringQuestion } from '~/domain/scoring/model';
import { makeAssessment } from '../assessment/helpers';

function q(id: string, dimensionId: string): ScoringQuestion {
  return { id, dimensionId, phase: 'analysis', weight: 1, critical: false, notApplicable: false };
}
const model: ScoringModel = {
  dimensions: [
    { id: 'a', weight: 1 },
    { id: 'b', weight: 1 },
  ],
  questions: [q('a1', 'a'), q('b1', 'b')],
};

/** An assessment of `organization` with answers a1 and b1. */
function make(id: string, organization: string, a1: Level, b1: Level, plan = EMPTY_PLAN) {
  return makeAssessment({ id, organization, answers: { a1, b1 }, plan });
}

describe('isSameOrganization', () => {
  it.each([
    ['Acme', 'Acme', true],
    ['  Acme ', 'acme', true],
    ['ÁLAMO', 'álamo', true],
    ['Acme', 'Acme Iberia', false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(isSameOrganization(a, b)).toBe(same);
  });
});

describe('buildResultsView', () => {
  const now = make('now', 'Acme', 4, 2);
  const earlier = make('earlier', ' acme', 2, 2);
  const other = make('other', 'Globex', 0, 0);
  const all: Record<string, Assessment> = { now, earlier, other };

  it('scores the assessment and ranks the gaps to the targets of its plan', () => {
    const view = buildResultsView(model, ['a', 'b'], now, all);
    expect(view.score.dimensions.map((d) => d.score)).toEqual([100, 50]);
    expect(view.targets).toEqual({ a: 70, b: 70 });
    expect(view.rows.map((r) => [r.dimensionId, r.gap])).toEqual([
      ['b', 20],
      ['a', 0],
    ]);
  });

  it('offers the other assessments of the same organization, never itself or another organization', () => {
    const view = buildResultsView(model, ['a', 'b'], now, all);
    expect(view.candidates.map((c) => c.id)).toEqual(['earlier']);
  });

  it('compares with nothing until an assessment is chosen', () => {
    expect(buildResultsView(model, ['a', 'b'], now, all).comparison).toBeNull();
  });

  it('compares with the chosen assessment: per area and the index', () => {
    const comparing = { ...now, plan: { ...EMPTY_PLAN, compareWith: 'earlier' } };
    const view = buildResultsView(model, ['a', 'b'], comparing, { ...all, now: comparing });
    expect(view.comparison?.earlier).toBe(earlier);
    expect(view.comparison?.dimensions.map((d) => d.delta)).toEqual([50, 0]);
    expect(view.comparison?.index).toBe(25);
  });

  it.each(['deleted-since', 'constructor', '__proto__'])(
    'compares with nothing when the chosen assessment is not there (%s)',
    (missing) => {
      const comparing = { ...now, plan: { ...EMPTY_PLAN, compareWith: missing } };
      expect(buildResultsView(model, ['a', 'b'], comparing, all).comparison).toBeNull();
    },
  );
});
