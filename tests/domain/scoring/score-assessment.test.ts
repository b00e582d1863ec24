import { describe, expect, it } from 'vitest';
import {
  getAnswerState,
  getBiggestLever,
  getContributions,
  getReadinessIndex,
  scoreAssessment,
  scoreGroup,
} from '~/domain/scoring/score-assessment';
import type { Answers, ScoringModel, ScoringQuestion } from '~/domain/scoring/model';

/** Builds a question with sensible defaults, so each case states only what matters to it. */
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

describe('scoreGroup: S = 100 × Σ(w·level) / (4 × Σw) and coverage', () => {
  const questions = [
    q('a', { weight: 3 }),
    q('b', { weight: 1 }),
    q('c', { weight: 2, notApplicable: true }),
  ];

  it.each<[string, Answers, number | null, number]>([
    ['all at level 4 scores 100', { a: 4, b: 4, c: 4 }, 100, 1],
    ['all at level 0 scores 0, not "no score"', { a: 0, b: 0, c: 0 }, 0, 1],
    ['weights the levels: (3·4 + 1·0) / (4·4)', { a: 4, b: 0 }, 75, 4 / 6],
    ['nothing answered has no score', {}, null, 0],
    ["only don't know has no score and no coverage", { a: 'dont-know', b: 'dont-know' }, null, 0],
    [
      "don't know is left out of the score but lowers coverage",
      { a: 2, b: 'dont-know', c: 2 },
      50,
      5 / 6,
    ],
    ['N/A leaves both sums', { a: 2, b: 2, c: 'not-applicable' }, 50, 1],
    ['only N/A answers: no score, nothing missing', { c: 'not-applicable' }, null, 0],
  ])('%s', (_name, answers, score, coverage) => {
    const result = scoreGroup(questions, answers);
    expect(result.score).toBe(score);
    expect(result.coverage).toBeCloseTo(coverage, 10);
  });

  it('gives full coverage and no score when every question is N/A', () => {
    const result = scoreGroup([q('x', { notApplicable: true })], { x: 'not-applicable' });
    expect(result).toMatchObject({ score: null, coverage: 1, lowCoverage: false });
  });

  it.each<[number, boolean]>([
    [0.59, true],
    [0.6, false],
  ])('flags coverage %d as low: %s', (share, low) => {
    const [answered, missing] = share === 0.6 ? [3, 2] : [59, 41];
    const group = [q('a', { weight: answered }), q('b', { weight: missing })];
    expect(scoreGroup(group, { a: 2 }).lowCoverage).toBe(low);
  });

  it('counts answers by state', () => {
    expect(scoreGroup(questions, { a: 1, b: 'dont-know', c: 'not-applicable' }).counts).toEqual({
      total: 3,
      level: 1,
      dontKnow: 1,
      notApplicable: 1,
      unanswered: 0,
    });
  });
});

describe('getAnswerState', () => {
  it.each<[string, ScoringQuestion, Answers, string]>([
    ['a level', q('a'), { a: 0 }, 'level'],
    ["don't know", q('a'), { a: 'dont-know' }, 'dont-know'],
    [
      'N/A where allowed',
      q('a', { notApplicable: true }),
      { a: 'not-applicable' },
      'not-applicable',
    ],
    ['N/A where not allowed counts as unanswered', q('a'), { a: 'not-applicable' }, 'unanswered'],
    [
      'N/A on a critical question counts as unanswered even if the flag is set',
      q('a', { critical: true, notApplicable: true }),
      { a: 'not-applicable' },
      'unanswered',
    ],
    ['a missing answer', q('a'), {}, 'unanswered'],
  ])('%s', (_name, question, answers, state) => {
    expect(getAnswerState(question, answers)).toBe(state);
  });
});

describe('contributions: why a dimension scores what it does', () => {
  const questions = [
    q('a', { weight: 3 }),
    q('b', { weight: 2, critical: true }),
    q('c', { weight: 1 }),
  ];

  it('gives each answered question its points and points lost; points add up to the score', () => {
    const answers: Answers = { a: 2, b: 3, c: 'dont-know' };
    const contributions = getContributions(questions, answers);
    expect(contributions.map((c) => [c.questionId, c.points, c.pointsLost])).toEqual([
      ['a', 30, 30],
      ['b', 30, 10],
    ]);
    const total = contributions.reduce((sum, c) => sum + c.points, 0);
    expect(total).toBeCloseTo(scoreGroup(questions, answers).score ?? NaN, 10);
  });

  it('picks the answered question with the most points lost', () => {
    expect(getBiggestLever(getContributions(questions, { a: 2, b: 3 }))?.questionId).toBe('a');
  });

  it('breaks ties in favour of the critical question, then the heavier one', () => {
    const tie = [
      q('x', { weight: 2 }),
      q('y', { weight: 2, critical: true }),
      q('z', { weight: 1 }),
    ];
    expect(getBiggestLever(getContributions(tie, { x: 2, y: 2, z: 4 }))?.questionId).toBe('y');
    const heavier = [q('light', { weight: 1 }), q('heavy', { weight: 2 })];
    expect(getBiggestLever(getContributions(heavier, { light: 0, heavy: 2 }))?.questionId).toBe(
      'heavy',
    );
  });

  it('has no lever when every answer is at level 4, or nothing is answered', () => {
    expect(getBiggestLever(getContributions(questions, { a: 4, b: 4, c: 4 }))).toBeNull();
    expect(getBiggestLever(getContributions(questions, {}))).toBeNull();
  });
});

describe('getReadinessIndex', () => {
  it.each<[string, { score: number | null; weight: number }[], number | null]>([
    [
      'weighted mean',
      [
        { score: 60, weight: 3 },
        { score: 55, weight: 2 },
      ],
      58,
    ],
    [
      'skips dimensions without a score',
      [
        { score: 80, weight: 1 },
        { score: null, weight: 3 },
      ],
      80,
    ],
    ['no scored dimension, no index', [{ score: null, weight: 2 }], null],
    ['no dimensions at all', [], null],
  ])('%s', (_name, dimensions, index) => {
    expect(getReadinessIndex(dimensions)).toBe(index);
  });
});

describe('scoreAssessment', () => {
  const model: ScoringModel = {
    dimensions: [
      { id: 'strategy', weight: 3 },
      { id: 'tech', weight: 1 },
    ],
    questions: [
      q('s1', { dimensionId: 'strategy', critical: true, weight: 3 }),
      q('s2', { dimensionId: 'strategy', weight: 2, phase: 'diagnosis' }),
      q('t1', { dimensionId: 'tech', weight: 1, phase: 'action' }),
      q('t2', { dimensionId: 'tech', weight: 1, notApplicable: true, phase: 'action' }),
    ],
  };

  it.each<[string, Answers, string]>([
    ['a critical question at level 0 blocks', { s1: 0, s2: 4, t1: 4, t2: 4 }, 'not-ready'],
    ['a critical question at level 1 blocks', { s1: 1, s2: 4, t1: 4, t2: 4 }, 'not-ready'],
    [
      "a critical question answered don't know is open",
      { s1: 'dont-know', s2: 4, t1: 4, t2: 4 },
      'provisional',
    ],
    ['an unanswered critical question is open', { s2: 4, t1: 4, t2: 4 }, 'provisional'],
    ['low overall coverage is provisional', { s1: 4 }, 'provisional'],
    ['nothing answered is provisional', {}, 'provisional'],
    ['index below 40: foundations', { s1: 2, s2: 0, t1: 0, t2: 0 }, 'foundations'],
    ['index 40–59: focused start', { s1: 2, s2: 2, t1: 2, t2: 2 }, 'focused-start'],
    ['index 60 and up: ready', { s1: 3, s2: 3, t1: 3, t2: 'not-applicable' }, 'ready'],
  ])('verdict: %s', (_name, answers, verdict) => {
    expect(scoreAssessment(model, answers).verdict).toBe(verdict);
  });

  it('lists blockers and open criticals separately', () => {
    const blocked = scoreAssessment(model, { s1: 1 });
    expect(blocked.blockers).toEqual(['s1']);
    expect(blocked.openCriticals).toEqual([]);
    const open = scoreAssessment(model, { s1: 'dont-know' });
    expect(open.blockers).toEqual([]);
    expect(open.openCriticals).toEqual(['s1']);
  });

  it('caps the verdict but not the maturity level', () => {
    const result = scoreAssessment(model, { s1: 1, s2: 4, t1: 4, t2: 4 });
    expect(result.verdict).toBe('not-ready');
    // strategy = 100·(3·1 + 2·4)/(4·5) = 55, tech = 100 → index (3·55 + 100)/4 = 66.25
    expect(result.index).toBeCloseTo(66.25, 10);
    expect(result.maturity?.id).toBe('managed');
  });

  it('scores each phase over its own questions', () => {
    const result = scoreAssessment(model, { s1: 4, s2: 2, t1: 1, t2: 'not-applicable' });
    expect(result.phases.analysis.score).toBe(100);
    expect(result.phases.diagnosis.score).toBe(50);
    expect(result.phases.action.score).toBe(25);
  });

  it('keeps dimension order and reports a dimension with no answers as having no score', () => {
    const result = scoreAssessment(model, { s1: 4, s2: 4 });
    expect(result.dimensions.map((d) => [d.dimensionId, d.score])).toEqual([
      ['strategy', 100],
      ['tech', null],
    ]);
    expect(result.index).toBe(100);
  });

  it('computes overall coverage over question weights', () => {
    // Applicable weight 3 + 2 + 1 + 1 = 7; answered with a level: s1 (3) + t1 (1) = 4.
    expect(scoreAssessment(model, { s1: 3, s2: 'dont-know', t1: 3 }).coverage).toBeCloseTo(
      4 / 7,
      10,
    );
  });
});
