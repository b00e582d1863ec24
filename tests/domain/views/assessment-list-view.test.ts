import { describe, expect, it } from 'vitest';
import { buildAssessmentListView } from '~/domain/assessment-list-view';
import type { ProgressQuestion } from '~/domain/assessment/progress';
import { makeAssessment } from '../assessment/helpers';

const questions: ProgressQuestion[] = [
  { id: 'q-plain', dimensionId: 'strategy', phase: 'analysis' },
  { id: 'q-crit', dimensionId: 'strategy', phase: 'analysis' },
  { id: 'q-na', dimensionId: 'processes', phase: 'action' },
  { id: 'q-other', dimensionId: 'processes', phase: 'action' },
];

describe('buildAssessmentListView', () => {
  it.each<[string, 'full' | 'quick', { answered: number; dontKnow: number; total: number }]>([
    ['a full assessment counts every question', 'full', { answered: 2, dontKnow: 1, total: 4 }],
    ['a quick scan counts only its own questions', 'quick', { answered: 1, dontKnow: 0, total: 2 }],
  ])('%s', (_name, mode, progress) => {
    // Answered: q-plain and q-na; q-crit is "don't know", counted apart.
    const assessment = makeAssessment({ mode });
    const [item] = buildAssessmentListView([assessment], questions, ['q-plain', 'q-other']);
    expect(item).toEqual({ assessment, progress });
  });

  it('keeps the order it is given', () => {
    const list = [makeAssessment({ id: 'b' }), makeAssessment({ id: 'a' })];
    const ids = buildAssessmentListView(list, questions, []).map((i) => i.assessment.id);
    expect(ids).toEqual(['b', 'a']);
  });
});
