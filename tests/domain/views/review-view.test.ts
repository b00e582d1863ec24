import { describe, expect, it } from 'vitest';
import { buildReviewView } from '~/domain/review-view';

// Two dimensions: strategy (2 questions) and processes (3 questions).
const dimensions = [
  {
    id: 'strategy',
    questions: [{ id: 's1' }, { id: 's2' }],
  },
  {
    id: 'processes',
    questions: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }],
  },
];

describe('buildReviewView', () => {
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
    const review = buildReviewView(dimensions, answers, noScore);
    expect(review.status).toBe(status);
    expect(review.unansweredCount).toBe(blank);
    expect(review.dontKnow).toHaveLength(unknown);
  });

  it('groups blank questions by dimension, numbers them across the questionnaire, and names the gates', () => {
    const review = buildReviewView(
      dimensions,
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
