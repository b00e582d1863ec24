import { describe, expect, it } from 'vitest';
import { buildWizardView, getStepView, type WizardDimensionFacts } from '~/domain/wizard-view';

// Two dimensions: strategy (2 questions, analysis) and processes (3 questions, action).
const dimensions: WizardDimensionFacts[] = [
  {
    id: 'strategy',
    title: 'Strategy',
    questions: [
      { id: 's1', dimensionId: 'strategy', phase: 'analysis' },
      { id: 's2', dimensionId: 'strategy', phase: 'analysis' },
    ],
  },
  {
    id: 'processes',
    title: 'Processes',
    questions: [
      { id: 'p1', dimensionId: 'processes', phase: 'action' },
      { id: 'p2', dimensionId: 'processes', phase: 'action' },
      { id: 'p3', dimensionId: 'processes', phase: 'action' },
    ],
  },
];
const labels = { profile: 'Your organization', review: 'Review' };
const view = buildWizardView(dimensions, labels, { s1: 2, p1: 'dont-know', p3: 'not-applicable' });

describe('buildWizardView', () => {
  it('counts levels and N/A as answered, "don\'t know" apart, overall and per phase (#14)', () => {
    expect(view.progress.overall).toEqual({ answered: 2, dontKnow: 1, total: 5 });
    expect(view.progress.phases.action).toEqual({ answered: 1, dontKnow: 1, total: 3 });
  });

  it('lists the profile, each dimension with its counts, and the review', () => {
    expect(view.steps).toEqual([
      { id: 'profile', label: 'Your organization' },
      { id: 'strategy', label: 'Strategy', answered: 1, dontKnow: 0, total: 2 },
      { id: 'processes', label: 'Processes', answered: 1, dontKnow: 1, total: 3 },
      { id: 'review', label: 'Review' },
    ]);
  });
});

describe('getStepView', () => {
  it.each<[string, string, number, string | null, string | null, string | null, number]>([
    ['profile', 'profile', 1, null, 'strategy', null, 0],
    ['strategy', 'strategy', 2, 'profile', 'processes', 'strategy', 0],
    ['processes', 'processes', 3, 'strategy', 'review', 'processes', 2],
    ['review', 'review', 4, 'processes', null, null, 0],
    ['unknown', 'profile', 1, null, 'strategy', null, 0],
  ])('%s: shows %s, step %i of 4', (asked, shown, position, previous, next, dimension, offset) => {
    const { current, ...step } = getStepView(dimensions, view, asked);
    expect(current.id).toBe(shown);
    expect(step).toEqual({
      position,
      count: 4,
      previous,
      next,
      dimensionId: dimension,
      numberOffset: offset,
    });
  });
});
