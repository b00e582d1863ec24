import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import type { Dimension, Question } from '~/domain/schemas/content';

const text = (en: string) => ({ en, es: `${en} (es)` });

function question(id: string, extra: Partial<Question> = {}): Question {
  return {
    id,
    weight: 2,
    critical: false,
    notApplicable: false,
    prompt: text(id),
    why: text('why'),
    levels: [0, 1, 2, 3, 4].map((level) => text(`level ${level}`)),
    ...extra,
  };
}

function dimension(id: string, order: number, questions: Question[]): Dimension {
  return {
    id,
    order,
    phases: ['diagnosis', 'action'],
    weight: 3,
    title: text(id),
    summary: text('summary'),
    questions,
  };
}

describe('buildQuestionnaire', () => {
  const built = buildQuestionnaire([
    dimension('technology', 2, [question('technology-crm', { critical: true })]),
    dimension('strategy', 1, [
      question('strategy-goals'),
      question('strategy-sponsor', { phase: 'action', notApplicable: true }),
    ]),
  ]);

  it('orders the dimensions by their order, not by the order of the files', () => {
    expect(built.dimensions.map((d) => d.id)).toEqual(['strategy', 'technology']);
    expect(built.questions.map((q) => q.id)).toEqual([
      'strategy-goals',
      'strategy-sponsor',
      'technology-crm',
    ]);
  });

  it("puts a question without a phase in its dimension's first phase, and keeps a given one", () => {
    expect(built.questions.map((q) => [q.id, q.dimensionId, q.phase])).toEqual([
      ['strategy-goals', 'strategy', 'diagnosis'],
      ['strategy-sponsor', 'strategy', 'action'],
      ['technology-crm', 'technology', 'diagnosis'],
    ]);
  });

  it('derives the scoring model: weights, phases and flags, without words', () => {
    expect(built.scoringModel).toEqual({
      dimensions: [
        { id: 'strategy', weight: 3 },
        { id: 'technology', weight: 3 },
      ],
      questions: [
        {
          id: 'strategy-goals',
          dimensionId: 'strategy',
          phase: 'diagnosis',
          weight: 2,
          critical: false,
          notApplicable: false,
        },
        {
          id: 'strategy-sponsor',
          dimensionId: 'strategy',
          phase: 'action',
          weight: 2,
          critical: false,
          notApplicable: true,
        },
        {
          id: 'technology-crm',
          dimensionId: 'technology',
          phase: 'diagnosis',
          weight: 2,
          critical: true,
          notApplicable: false,
        },
      ],
    });
  });
});
