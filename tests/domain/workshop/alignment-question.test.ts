import { describe, expect, it } from 'vitest';
import {
  DISAGREEMENT_RANGE,
  getConsensus,
  getQuestionAlignment,
} from '~/domain/workshop/alignment';
import { getLevelStatistics } from '~/domain/workshop/statistics';
import type { AnswerValue, Answers, ScoringQuestion } from '~/domain/scoring/model';
import type { RoleId, Submission } from '~/domain/workshop/workshop';

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

function submission(participantId: string, role: RoleId, answers: Answers): Submission {
  return {
    workshopId: 'w',
    contentVersion: 1,
    participantId,
    role,
    answers,
    submittedAt: '2025-03-01T09:00:00Z',
  };
}

/** One submission per value, all answering question `a`, roles cycling through `roles`. */
function answering(values: (AnswerValue | undefined)[], roles: RoleId[] = ['sales']): Submission[] {
  return values.map((value, i) =>
    submission(`p${i}`, roles[i % roles.length]!, value === undefined ? {} : { a: value }),
  );
}

const hidden = { showIndividual: false };
const shown = { showIndividual: true };

describe('getConsensus: a range of two levels or more is disagreement', () => {
  it('sets the threshold at two levels', () => {
    expect(DISAGREEMENT_RANGE).toBe(2);
  });

  it.each<[(AnswerValue | undefined)[], boolean | null]>([
    [[2, 2, 2], true],
    [[2, 3, 3, 2], true],
    [[1, 3], false],
    [[0, 4, 2], false],
    [[3, 'dont-know', 'dont-know'], null],
    [[3], null],
    [[], null],
    [['not-applicable', undefined], null],
  ])('%j → %s', (values, consensus) => {
    expect(getConsensus(getLevelStatistics(values))).toBe(consensus);
  });
});

describe('getQuestionAlignment', () => {
  it('describes each question in question order with its dimension', () => {
    const questions = [q('b', { dimensionId: 'd2' }), q('a')];
    const result = getQuestionAlignment(questions, answering([1, 3]), hidden);
    expect(result.map((r) => [r.questionId, r.dimensionId])).toEqual([
      ['b', 'd2'],
      ['a', 'd1'],
    ]);
    expect(result[0]!.statistics).toMatchObject({ count: 0, unanswered: 2, mean: null });
    expect(result[1]!).toMatchObject({
      statistics: { count: 2, mean: 2, range: 2, standardDeviation: 1 },
      consensus: false,
    });
  });

  it('counts an N/A the question allows apart, and one it forbids as unanswered', () => {
    const submissions = answering(['not-applicable', 'not-applicable', 2]);
    const [allowed, forbidden, critical] = getQuestionAlignment(
      [
        q('a', { notApplicable: true }),
        { ...q('a'), notApplicable: false },
        q('a', { notApplicable: true, critical: true }),
      ],
      submissions,
      hidden,
    );
    expect(allowed!.statistics).toMatchObject({ count: 1, notApplicable: 2, unanswered: 0 });
    expect(forbidden!.statistics).toMatchObject({ count: 1, notApplicable: 0, unanswered: 2 });
    expect(critical!.statistics).toMatchObject({ count: 1, notApplicable: 0, unanswered: 2 });
  });

  it('counts one submission per participant', () => {
    const twice = [submission('p1', 'sales', { a: 0 }), submission('p1', 'sales', { a: 0 })];
    const [result] = getQuestionAlignment(
      [q('a')],
      [...twice, submission('p2', 'it', { a: 2 })],
      hidden,
    );
    expect(result!.statistics).toMatchObject({ count: 2, mean: 1 });
  });

  it('leaves individual answers out unless the facilitator asks for them', () => {
    const [result] = getQuestionAlignment([q('a')], answering([4, 0, 2]), hidden);
    expect(result).not.toHaveProperty('individual');
  });

  it('gives individual answers as levels only, lowest first, without ids', () => {
    const [result] = getQuestionAlignment(
      [q('a')],
      answering([4, 'dont-know', 0, 2, undefined, 2]),
      shown,
    );
    expect(result!.individual).toEqual([0, 2, 2, 4]);
    expect(JSON.stringify(result)).not.toMatch(/"p\d"/);
  });

  it('gives an empty list of individual answers when nobody gave a level', () => {
    const [result] = getQuestionAlignment([q('a')], answering(['dont-know']), shown);
    expect(result!.individual).toEqual([]);
  });
});

describe('getQuestionAlignment by role', () => {
  const roles: RoleId[] = ['executive', 'sales', 'it'];

  it('breaks out roles of three or more, with their own statistics', () => {
    // executives: 4, 4, 3; sales: 1, 1, 2; it: 'dont-know', 2, 2
    const values: AnswerValue[] = [4, 1, 'dont-know', 4, 1, 2, 3, 2, 2];
    const [result] = getQuestionAlignment([q('a')], answering(values, roles), hidden);
    expect(
      result!.byRole.map((g) => [g.roles, g.pooled, g.participants, g.statistics.count]),
    ).toEqual([
      [['executive'], false, 3, 3],
      [['sales'], false, 3, 3],
      [['it'], false, 3, 2],
    ]);
    expect(result!.byRole[0]!.statistics.mean).toBeCloseTo(11 / 3, 12);
    expect(result!.byRole[2]!.statistics).toMatchObject({ dontKnow: 1, mean: 2 });
  });

  it('compares executives with everyone else', () => {
    const values: AnswerValue[] = [4, 1, 'dont-know', 4, 1, 2, 4, 2, 2];
    const [result] = getQuestionAlignment([q('a')], answering(values, roles), hidden);
    const comparison = result!.executivesVsOthers!;
    expect(comparison.executives).toMatchObject({ count: 3, mean: 4 });
    expect(comparison.others).toMatchObject({ count: 5, dontKnow: 1, mean: 1.6 });
    expect(comparison.meanDifference).toBeCloseTo(2.4, 12);
  });

  it('has no mean difference when one side gave no level', () => {
    const values: AnswerValue[] = ['dont-know', 1, 'dont-know', 1, 'dont-know', 2];
    const [result] = getQuestionAlignment(
      [q('a')],
      answering(values, ['executive', 'sales']),
      hidden,
    );
    expect(result!.executivesVsOthers).toMatchObject({
      meanDifference: null,
      others: { count: 3 },
    });
  });

  it('never breaks out a group of two, and then does not compare', () => {
    const submissions = answering(
      [4, 4, 4, 0, 0],
      ['executive', 'executive', 'executive', 'sales', 'sales'],
    );
    const [result] = getQuestionAlignment([q('a')], submissions, hidden);
    expect(result!.byRole).toEqual([]);
    expect(result!.executivesVsOthers).toBeNull();
    expect(result!.statistics).toMatchObject({ count: 5, range: 4 });
  });

  it('counts group members who did not answer the question', () => {
    const values: (AnswerValue | undefined)[] = [3, undefined, 3, undefined, undefined, 1];
    const [result] = getQuestionAlignment(
      [q('a')],
      answering(values, ['executive', 'sales']),
      hidden,
    );
    expect(
      result!.byRole.map((g) => [g.participants, g.statistics.count, g.statistics.unanswered]),
    ).toEqual([
      [3, 2, 1],
      [3, 1, 2],
    ]);
  });
});

describe('getQuestionAlignment: consensus by the workshop’s declared rule (#18)', () => {
  it('the same answers reach consensus under one rule and not under another', () => {
    const submissions = answering([0, 2, 2, 2, 2, 2, 2, 4]);
    const [byRange] = getQuestionAlignment([q('a')], submissions, hidden);
    const [byIqr] = getQuestionAlignment([q('a')], submissions, {
      ...hidden,
      rule: 'interquartile',
    });
    expect(byRange!.consensus).toBe(false);
    expect(byIqr!.consensus).toBe(true);
  });
});
