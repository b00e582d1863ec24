import { describe, expect, it } from 'vitest';
import {
  buildReviewView,
  buildWizardView,
  getStepView,
  type WizardDimensionFacts,
} from '~/domain/wizard-view';

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

describe('buildReviewView', () => {
  const questions = dimensions.map((d) => ({ id: d.id, questions: d.questions }));
  const noScore = { blockers: [], openCriticals: [] };

  it.each<[string, Record<string, 0 | 2 | 'dont-know' | 'not-applicable'>, string, number, number]>(
    [
      ['nothing answered', {}, 'blank', 5, 0],
      ['some blank, one unknown', { s1: 2, p1: 'dont-know' }, 'blank', 3, 1],
      // #14: no blank left but "don't know" answers: never "every question has an answer".
      [
        'no blank, two unknown',
        { s1: 2, s2: 'dont-know', p1: 'dont-know', p2: 0, p3: 'not-applicable' },
        'dont-know',
        0,
        2,
      ],
      ['complete', { s1: 2, s2: 2, p1: 0, p2: 0, p3: 'not-applicable' }, 'complete', 0, 0],
    ],
  )('%s: heading %s, %i blank, %i unknown', (_name, answers, status, blank, unknown) => {
    const review = buildReviewView(questions, answers, noScore);
    expect(review.status).toBe(status);
    expect(review.unansweredCount).toBe(blank);
    expect(review.dontKnow).toHaveLength(unknown);
  });

  it('groups blank questions by dimension, numbers them across the questionnaire, and names the gates', () => {
    const review = buildReviewView(
      questions,
      { s1: 0, p2: 'dont-know' },
      { blockers: ['s1', 'retired'], openCriticals: ['p2'] },
    );
    expect(review.unanswered).toEqual([
      { dimensionId: 'strategy', questions: [dimensions[0]?.questions[1]] },
      {
        dimensionId: 'processes',
        questions: [dimensions[1]?.questions[0], dimensions[1]?.questions[2]],
      },
    ]);
    expect(review.numbers).toEqual({ s1: 1, s2: 2, p1: 3, p2: 4, p3: 5 });
    // A blocker the questionnaire no longer has is left out rather than shown blank.
    expect(review.blockers.map((q) => q.id)).toEqual(['s1']);
    expect(review.openCriticals.map((q) => q.id)).toEqual(['p2']);
  });
});
