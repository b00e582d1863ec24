import { describe, expect, it } from 'vitest';
import {
  aggregateAlignment,
  getAlignmentHeatMap,
  getDimensionAlignment,
  getDiscussionAgenda,
  getQuestionAlignment,
} from '~/domain/workshop/aggregate-alignment';
import { tinyModel } from './tiny-model';
import type { Submission } from '~/domain/workshop/workshop';

const model = tinyModel;

const submissions: Submission[] = [
  ['ceo', 'executive', { vision: 4, sponsor: 3, quality: 2 }],
  ['cfo', 'executive', { vision: 4, sponsor: 3, quality: 'dont-know' }],
  ['coo', 'executive', { vision: 3, sponsor: 3, quality: 1 }],
  ['rep', 'sales', { vision: 1, sponsor: 3, quality: 1 }],
  ['agent', 'service', { vision: 0, sponsor: 2, quality: 'not-applicable' }],
  ['admin', 'it', { vision: 1, sponsor: 3, quality: 1 }],
].map(
  ([participantId, role, answers]) =>
    ({
      workshopId: 'w',
      contentVersion: 1,
      participantId,
      role,
      answers,
      submittedAt: '2025-03-01T09:00:00Z',
    }) as Submission,
);

describe('aggregateAlignment', () => {
  const result = aggregateAlignment(model, submissions, { showIndividual: false });

  it('puts together questions, dimensions, agenda and heat map', () => {
    const questions = getQuestionAlignment(model.questions, submissions, { showIndividual: false });
    const dimensions = getDimensionAlignment(model, submissions, questions);
    expect(result).toEqual({
      questions,
      dimensions,
      agenda: getDiscussionAgenda(model.questions, questions),
      heatMap: getAlignmentHeatMap(dimensions),
    });
  });

  it('puts the question the leadership team and the users split on at the top', () => {
    expect(result.agenda.map((i) => i.questionId)).toEqual(['vision', 'quality', 'sponsor']);
    const vision = result.questions[0]!;
    expect(vision).toMatchObject({ consensus: false, statistics: { count: 6, range: 4 } });
    expect(vision.executivesVsOthers).toMatchObject({
      executives: { mean: 11 / 3 },
      others: { mean: 2 / 3 },
      meanDifference: 3,
    });
  });

  it('pools sales, service and IT, one person each, into one group', () => {
    expect(result.questions[0]!.byRole.map((g) => [g.roles, g.pooled, g.participants])).toEqual([
      [['executive'], false, 3],
      [['sales', 'service', 'it'], true, 3],
    ]);
  });

  it('shows individual levels only when asked', () => {
    const shown = aggregateAlignment(model, submissions, { showIndividual: true });
    expect(shown.questions.map((q) => q.individual)).toEqual([
      [0, 1, 1, 3, 4, 4],
      [2, 3, 3, 3, 3, 3],
      [1, 1, 1, 2],
    ]);
    expect(result.questions.some((q) => 'individual' in q)).toBe(false);
  });
});
