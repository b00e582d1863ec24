import { describe, expect, it } from 'vitest';
import {
  consolidateAnswers,
  getConsensusAgreements,
  getSuggestedLevel,
} from '~/domain/workshop/consolidate';
import { aggregateAlignment } from '~/domain/workshop/aggregate-alignment';
import { getLevelStatistics } from '~/domain/workshop/statistics';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import type { AnswerValue, Level } from '~/domain/scoring/model';
import type { AgreedAnswer, Submission } from '~/domain/workshop/workshop';
import type { ScoringModel } from '~/domain/scoring/model';

describe('consolidateAnswers', () => {
  it('turns the agreed answers into answers and notes', () => {
    const agreed: Record<string, AgreedAnswer> = {
      a: { value: 3, note: 'Sales and service disagreed; the pilot settles it.' },
      b: { value: 'dont-know', note: '' },
      c: { value: 'not-applicable', note: '   ' },
      d: { value: 0, note: 'No owner yet.' },
    };
    expect(consolidateAnswers({ agreed })).toEqual({
      answers: { a: 3, b: 'dont-know', c: 'not-applicable', d: 0 },
      notes: { a: 'Sales and service disagreed; the pilot settles it.', d: 'No owner yet.' },
    });
  });

  it('gives nothing when nothing was agreed', () => {
    expect(consolidateAnswers({ agreed: {} })).toEqual({ answers: {}, notes: {} });
  });

  it('keeps the note of an agreement whose value is damaged, but not the value', () => {
    const agreed = {
      a: { value: 7 as unknown as AnswerValue, note: 'Check this one.' },
      b: { value: 'yes' as unknown as AnswerValue, note: undefined as unknown as string },
    };
    expect(consolidateAnswers({ agreed })).toEqual({
      answers: {},
      notes: { a: 'Check this one.' },
    });
  });

  it('gives answers the scoring engine reads like any assessment', () => {
    const { answers } = consolidateAnswers({ agreed: { a: { value: 2, note: '' } } });
    const model = {
      dimensions: [{ id: 'd1', weight: 1 }],
      questions: [
        {
          id: 'a',
          dimensionId: 'd1',
          phase: 'analysis' as const,
          weight: 1,
          critical: false,
          notApplicable: false,
        },
      ],
    };
    expect(scoreAssessment(model, answers).index).toBe(50);
  });
});

describe('getSuggestedLevel: the lower median, always a level somebody gave', () => {
  it.each<[(AnswerValue | undefined)[], Level | null]>([
    [[2, 2, 2], 2],
    [[0, 4, 4], 4],
    [[1, 2], 1],
    [[0, 1, 3, 4], 1],
    [[3, 4], 3],
    [[0, 0, 4, 4], 0],
    [[4], 4],
    [[0], 0],
    [['dont-know', 'not-applicable'], null],
    [[], null],
  ])('%j → %s', (values, level) => {
    expect(getSuggestedLevel(getLevelStatistics(values))).toBe(level);
  });

  it('suggests 0 or 3 for a 0-vs-3 split, never the 1 nobody chose (#18)', () => {
    const suggested = getSuggestedLevel(getLevelStatistics([0, 3]));
    expect(suggested).toBe(0);
    expect([0, 3]).toContain(suggested);
  });
});

describe('getConsensusAgreements', () => {
  const model: ScoringModel = {
    dimensions: [{ id: 'd', weight: 1 }],
    questions: ['close', 'split', 'lonely', 'settled', 'unsure'].map((id) => ({
      id,
      dimensionId: 'd',
      phase: 'analysis' as const,
      weight: 1,
      critical: false,
      notApplicable: false,
    })),
  };
  const rows: [string, Record<string, AnswerValue>][] = [
    ['a', { close: 2, split: 0, lonely: 3, settled: 4, unsure: 'dont-know' }],
    ['b', { close: 3, split: 4, settled: 4, unsure: 'dont-know' }],
    ['c', { close: 3, split: 2, settled: 3, unsure: 'dont-know' }],
  ];
  const submissions: Submission[] = rows.map(([participantId, answers]) => ({
    workshopId: 'w',
    contentVersion: 1,
    participantId,
    role: 'sales',
    answers,
    submittedAt: '2025-05-06T10:00:00.000Z',
  }));
  const { agenda } = aggregateAlignment(model, submissions, { showIndividual: false });

  it.each<[string, Record<string, AgreedAnswer>, Record<string, AgreedAnswer>]>([
    [
      'agrees the median where answers are at most a level apart',
      {},
      {
        close: { value: 3, note: '' },
        settled: { value: 4, note: '' },
      },
    ],
    [
      'leaves what the facilitator already settled',
      { settled: { value: 3, note: 'Said so.' } },
      {
        close: { value: 3, note: '' },
      },
    ],
  ])('%s', (_, agreed, expected) => {
    // Not `split` (0–4), `lonely` (one level) or `unsure` (nobody knows): those need discussion.
    expect(getConsensusAgreements(agenda, agreed)).toEqual(expected);
  });

  it('suggests nothing for an agreed question that has no level to suggest', () => {
    const [first] = agenda;
    if (!first) throw new Error('the agenda is empty');
    const distribution = [0, 0, 0, 0, 0] as const;
    const statistics = { ...first.alignment.statistics, median: null, distribution };
    const item = { ...first, alignment: { ...first.alignment, consensus: true, statistics } };
    expect(getConsensusAgreements([item], {})).toEqual({});
  });
});
