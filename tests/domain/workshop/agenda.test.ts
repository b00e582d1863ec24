import { describe, expect, it } from 'vitest';
import { getDiscussionAgenda } from '~/domain/workshop/agenda';
import { getQuestionAlignment, type QuestionAlignment } from '~/domain/workshop/alignment';
import type { AnswerValue, ScoringQuestion } from '~/domain/scoring/model';
import type { Submission } from '~/domain/workshop/workshop';

function q(id: string, overrides: Partial<ScoringQuestion> = {}): ScoringQuestion {
  return {
    id,
    dimensionId: 'd1',
    phase: 'analysis',
    weight: 1,
    critical: false,
    notApplicable: false,
    ...overrides,
  };
}

/**
 * Submissions from columns of answers: `answers.a = [0, 4]` means the first participant answered
 * question a with 0 and the second with 4.
 */
function fromColumns(columns: Record<string, (AnswerValue | undefined)[]>): Submission[] {
  const people = Math.max(0, ...Object.values(columns).map((c) => c.length));
  return Array.from({ length: people }, (_, i) => ({
    workshopId: 'w',
    contentVersion: 1,
    participantId: `p${i}`,
    role: 'sales' as const,
    answers: Object.fromEntries(
      Object.entries(columns).flatMap(([id, column]) =>
        column[i] === undefined ? [] : [[id, column[i]]],
      ),
    ),
    submittedAt: '2025-03-01T09:00:00Z',
  }));
}

function agendaOf(
  questions: ScoringQuestion[],
  columns: Record<string, (AnswerValue | undefined)[]>,
): string[] {
  const alignment = getQuestionAlignment(questions, fromColumns(columns), {
    showIndividual: false,
  });
  return getDiscussionAgenda(questions, alignment).map((item) => item.questionId);
}

describe('getDiscussionAgenda: disagreement × weight, most disputed first', () => {
  it.each<[string, ScoringQuestion[], Record<string, (AnswerValue | undefined)[]>, string[]]>([
    [
      'ranks by standard deviation',
      [q('calm'), q('split'), q('mild')],
      { calm: [2, 2, 2, 2], split: [0, 0, 4, 4], mild: [1, 2, 2, 3] },
      ['split', 'mild', 'calm'],
    ],
    [
      'multiplies the disagreement by the weight',
      [q('light'), q('heavy', { weight: 3 })],
      // light: sd 2 × 1 = 2; heavy: sd 1 × 3 = 3
      { light: [0, 4], heavy: [1, 3] },
      ['heavy', 'light'],
    ],
    [
      'prefers a split team to a lone dissenter with the same range',
      [q('dissenter'), q('split')],
      { dissenter: [2, 2, 2, 2, 2, 2, 2, 2, 2, 4], split: [0, 0, 0, 0, 0, 4, 4, 4, 4, 4] },
      ['split', 'dissenter'],
    ],
    [
      'breaks a tie by the larger range',
      // narrow: [1,1,3,3] sd 1, range 2; wide: [0,2,2,2,2,2,2,4] sd 1, range 4
      [q('narrow'), q('wide')],
      { narrow: [1, 1, 3, 3], wide: [0, 2, 2, 2, 2, 2, 2, 4] },
      ['wide', 'narrow'],
    ],
    [
      'then puts critical questions first',
      [q('plain'), q('gate', { critical: true })],
      { plain: [1, 3], gate: [1, 3] },
      ['gate', 'plain'],
    ],
    [
      'then keeps question order',
      [q('first'), q('second'), q('third')],
      { third: [0, 4], second: [0, 4], first: [0, 4] },
      ['first', 'second', 'third'],
    ],
    [
      'puts questions with fewer than two levels last, in question order',
      [q('lonely'), q('unknown'), q('calm'), q('none')],
      { lonely: [3, 'dont-know'], unknown: ['dont-know', 'dont-know'], calm: [2, 2] },
      ['calm', 'lonely', 'unknown', 'none'],
    ],
  ])('%s', (_name, questions, columns, expected) => {
    expect(agendaOf(questions, columns)).toEqual(expected);
  });

  it('numbers the agenda from 1 and carries the figures to show', () => {
    const questions = [q('a', { weight: 2, critical: true }), q('b')];
    const alignment = getQuestionAlignment(questions, fromColumns({ a: [1, 3], b: [4] }), {
      showIndividual: false,
    });
    const agenda = getDiscussionAgenda(questions, alignment);
    expect(
      agenda.map(({ rank, questionId, weight, critical, disagreement }) => ({
        rank,
        questionId,
        weight,
        critical,
        disagreement,
      })),
    ).toEqual([
      { rank: 1, questionId: 'a', weight: 2, critical: true, disagreement: 2 },
      { rank: 2, questionId: 'b', weight: 1, critical: false, disagreement: null },
    ]);
    expect(agenda[0]!.alignment).toBe(alignment[0]);
  });

  it('leaves out questions without an alignment and alignments of unknown questions', () => {
    const questions = [q('a'), q('b')];
    const alignment = getQuestionAlignment([q('b'), q('zombie')], fromColumns({ b: [0, 4] }), {
      showIndividual: false,
    });
    expect(getDiscussionAgenda(questions, alignment).map((i) => i.questionId)).toEqual(['b']);
  });

  it('is empty without questions', () => {
    expect(getDiscussionAgenda([], [] as QuestionAlignment[])).toEqual([]);
  });
});
