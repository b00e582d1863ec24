/**
 * The worked example the method page walks through. The inputs are scored by the real engine in a
 * test, and the figures below were computed by hand: the page shows these figures, so a change to
 * the rules that would make the page wrong fails that test.
 */
import type { Answers, ScoringModel } from './model';

/** Two dimensions, six questions, every kind of answer. Labels live in the UI strings by id. */
export const WORKED_EXAMPLE_MODEL: ScoringModel = {
  dimensions: [
    { id: 'processes', weight: 3 },
    { id: 'strategy', weight: 2 },
  ],
  questions: [
    {
      id: 'p1',
      dimensionId: 'processes',
      phase: 'analysis',
      weight: 3,
      critical: false,
      notApplicable: false,
    },
    {
      id: 'p2',
      dimensionId: 'processes',
      phase: 'analysis',
      weight: 2,
      critical: true,
      notApplicable: false,
    },
    {
      id: 'p3',
      dimensionId: 'processes',
      phase: 'analysis',
      weight: 1,
      critical: false,
      notApplicable: false,
    },
    {
      id: 'p4',
      dimensionId: 'processes',
      phase: 'analysis',
      weight: 1,
      critical: false,
      notApplicable: true,
    },
    {
      id: 's1',
      dimensionId: 'strategy',
      phase: 'analysis',
      weight: 3,
      critical: true,
      notApplicable: false,
    },
    {
      id: 's2',
      dimensionId: 'strategy',
      phase: 'analysis',
      weight: 2,
      critical: false,
      notApplicable: false,
    },
  ],
};

/** The answers of the example. */
export const WORKED_EXAMPLE_ANSWERS: Answers = {
  p1: 2,
  p2: 3,
  p3: 'dont-know',
  p4: 'not-applicable',
  s1: 1,
  s2: 4,
};

/** The figures stated on the method page, computed by hand. */
export const WORKED_EXAMPLE_FIGURES = {
  processes: {
    /** 100 × (3·2 + 2·3) / (4 × (3 + 2)) = 1200 / 20 */
    score: 60,
    /** (3 + 2) / (3 + 2 + 1): p3 "don't know" counts against coverage, p4 N/A is out. */
    coveragePercent: 83,
    /** p1: 100 × 3·2 / 20 = 30 points, 100 × 3·(4 − 2) / 20 = 30 lost; p2: 30 points, 10 lost. */
    contributions: { p1: { points: 30, lost: 30 }, p2: { points: 30, lost: 10 } },
    biggestLever: 'p1',
  },
  strategy: {
    /** 100 × (3·1 + 2·4) / (4 × (3 + 2)) = 1100 / 20 */
    score: 55,
    coveragePercent: 100,
    contributions: { s1: { points: 15, lost: 45 }, s2: { points: 40, lost: 0 } },
    biggestLever: 's1',
  },
  /** (3 × 60 + 2 × 55) / (3 + 2) = 290 / 5 */
  index: 58,
  /** 10 of 11 applicable weight points answered with a level. */
  overallCoveragePercent: 91,
  maturityLevel: 3,
  /** s1 is critical and at level 1. */
  blockers: ['s1'],
  verdict: 'not-ready',
  /** With the "competitive" preset (70 everywhere): 70 − 60 and 70 − 55. */
  gaps: { processes: 10, strategy: 15 },
} as const;
