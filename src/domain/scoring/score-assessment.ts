/**
 * The scoring rules the method page states, as one pure function over a scoring model and answers.
 * No DOM, no framework: the same code scores in Node tests, at build time and in the browser.
 */
import {
  MAX_LEVEL,
  PHASE_IDS,
  isLevel,
  type Answers,
  type Level,
  type PhaseId,
  type ScoringModel,
  type ScoringQuestion,
} from './model';
import { getMaturityLevel, getVerdict, type MaturityLevel, type VerdictId } from './maturity-level';

/** Coverage below this share (of applicable weight) flags a dimension and makes the index provisional. */
export const COVERAGE_THRESHOLD = 0.6;

/** How a question's answer counts. */
export type AnswerState = 'level' | 'dont-know' | 'not-applicable' | 'unanswered';

/** Counts of questions by answer state. */
export interface AnswerCounts {
  readonly total: number;
  readonly level: number;
  readonly dontKnow: number;
  readonly notApplicable: number;
  readonly unanswered: number;
}

/** A score over a group of questions (a dimension or a phase). */
export interface GroupScore {
  /** 0–100, or null when no question of the group is answered with a level ("not enough information"). */
  readonly score: number | null;
  /** Share of applicable weight answered with a level, 0–1. 1 when nothing is applicable. */
  readonly coverage: number;
  /** Coverage under 60 %. */
  readonly lowCoverage: boolean;
  readonly counts: AnswerCounts;
}

/** How one answered question moves its dimension's score. */
export interface Contribution {
  readonly questionId: string;
  readonly level: Level;
  readonly weight: number;
  readonly critical: boolean;
  /** 100 × w·level / (4 × Σw): what this answer adds to the dimension score. */
  readonly points: number;
  /** 100 × w·(4 − level) / (4 × Σw): what the dimension would gain if this answer were at level 4. */
  readonly pointsLost: number;
}

/** The score of one dimension with its explanation. */
export interface DimensionScore extends GroupScore {
  readonly dimensionId: string;
  readonly weight: number;
  /** Answered questions, in question order. Their points add up to the score. */
  readonly contributions: readonly Contribution[];
  /** The answered question with the most points lost (ties: critical, then heavier), or null. */
  readonly biggestLever: Contribution | null;
}

/** The whole result of an assessment. */
export interface AssessmentScore {
  readonly dimensions: readonly DimensionScore[];
  readonly phases: Readonly<Record<PhaseId, GroupScore>>;
  /** Weighted mean of the dimension scores that exist, or null when none does. */
  readonly index: number | null;
  /** Share of all applicable question weight answered with a level, 0–1. */
  readonly coverage: number;
  /** Overall coverage under 60 %: the index may move a lot as answers come in. */
  readonly provisional: boolean;
  readonly maturity: MaturityLevel | null;
  /** Critical questions answered at level 0 or 1, in question order. */
  readonly blockers: readonly string[];
  /** Critical questions answered "don't know" or not at all, in question order. */
  readonly openCriticals: readonly string[];
  readonly verdict: VerdictId;
}

/** Classifies one answer; "not applicable" where the question does not allow it counts as unanswered. */
export function getAnswerState(question: ScoringQuestion, answers: Answers): AnswerState {
  const value = answers[question.id];
  if (isLevel(value)) return 'level';
  if (value === 'dont-know') return 'dont-know';
  if (value === 'not-applicable' && question.notApplicable && !question.critical) {
    return 'not-applicable';
  }
  return 'unanswered';
}

/** Scores any group of questions with the dimension formula: S = 100 × Σ(w·level) / (4 × Σw). */
export function scoreGroup(questions: readonly ScoringQuestion[], answers: Answers): GroupScore {
  let levelWeight = 0;
  let weightedLevels = 0;
  let applicableWeight = 0;
  const counts = {
    total: questions.length,
    level: 0,
    dontKnow: 0,
    notApplicable: 0,
    unanswered: 0,
  };
  for (const question of questions) {
    const state = getAnswerState(question, answers);
    if (state === 'not-applicable') {
      counts.notApplicable += 1;
      continue;
    }
    applicableWeight += question.weight;
    if (state === 'level') {
      counts.level += 1;
      levelWeight += question.weight;
      weightedLevels += question.weight * (answers[question.id] as Level);
    } else if (state === 'dont-know') {
      counts.dontKnow += 1;
    } else {
      counts.unanswered += 1;
    }
  }
  const score = levelWeight > 0 ? (100 * weightedLevels) / (MAX_LEVEL * levelWeight) : null;
  // Nothing applicable means nothing is missing: full coverage, no score.
  const coverage = applicableWeight > 0 ? levelWeight / applicableWeight : 1;
  return { score, coverage, lowCoverage: coverage < COVERAGE_THRESHOLD, counts };
}

/** Lists each answered question's contribution to the score of its group, in question order. */
export function getContributions(
  questions: readonly ScoringQuestion[],
  answers: Answers,
): Contribution[] {
  const answered = questions.filter((q) => getAnswerState(q, answers) === 'level');
  const totalWeight = answered.reduce((sum, q) => sum + q.weight, 0);
  return answered.map((q) => {
    const level = answers[q.id] as Level;
    const scale = 100 / (MAX_LEVEL * totalWeight);
    return {
      questionId: q.id,
      level,
      weight: q.weight,
      critical: q.critical,
      points: scale * q.weight * level,
      pointsLost: scale * q.weight * (MAX_LEVEL - level),
    };
  });
}

/** The contribution with the most points lost; ties go to the critical one, then the heavier. */
export function getBiggestLever(contributions: readonly Contribution[]): Contribution | null {
  let best: Contribution | null = null;
  for (const c of contributions) {
    if (c.pointsLost <= 0) continue;
    if (best === null || compareLevers(c, best) < 0) best = c;
  }
  return best;
}

function compareLevers(a: Contribution, b: Contribution): number {
  const EPSILON = 1e-9;
  if (Math.abs(a.pointsLost - b.pointsLost) > EPSILON) return b.pointsLost - a.pointsLost;
  if (a.critical !== b.critical) return a.critical ? -1 : 1;
  return b.weight - a.weight;
}

/** Scores a whole assessment: dimensions, phases, index, maturity, blockers and verdict. */
export function scoreAssessment(model: ScoringModel, answers: Answers): AssessmentScore {
  const dimensions = model.dimensions.map((dimension): DimensionScore => {
    const questions = model.questions.filter((q) => q.dimensionId === dimension.id);
    const contributions = getContributions(questions, answers);
    return {
      dimensionId: dimension.id,
      weight: dimension.weight,
      ...scoreGroup(questions, answers),
      contributions,
      biggestLever: getBiggestLever(contributions),
    };
  });
  const phases = Object.fromEntries(
    PHASE_IDS.map((phase) => [
      phase,
      scoreGroup(
        model.questions.filter((q) => q.phase === phase),
        answers,
      ),
    ]),
  ) as Record<PhaseId, GroupScore>;

  const index = getReadinessIndex(dimensions);
  const overall = scoreGroup(model.questions, answers);
  const provisional = overall.lowCoverage;
  const blockers: string[] = [];
  const openCriticals: string[] = [];
  for (const q of model.questions) {
    if (!q.critical) continue;
    const value = answers[q.id];
    if (value === 0 || value === 1) blockers.push(q.id);
    else if (!isLevel(value)) openCriticals.push(q.id);
  }
  return {
    dimensions,
    phases,
    index,
    coverage: overall.coverage,
    provisional,
    maturity: index === null ? null : getMaturityLevel(index),
    blockers,
    openCriticals,
    verdict: getVerdict({
      blockerCount: blockers.length,
      openCriticalCount: openCriticals.length,
      provisional,
      index,
    }),
  };
}

/** Readiness index = Σ(dimension weight × S) / Σ(dimension weight), over dimensions with a score. */
export function getReadinessIndex(
  dimensions: readonly { readonly score: number | null; readonly weight: number }[],
): number | null {
  let weighted = 0;
  let weights = 0;
  for (const d of dimensions) {
    if (d.score === null) continue;
    weighted += d.weight * d.score;
    weights += d.weight;
  }
  return weights > 0 ? weighted / weights : null;
}
