/**
 * What the results page shows about one assessment, derived once per change: its score, the
 * targets in force, the gap table, the assessments of the same organization it can be compared
 * with, and the comparison with the one chosen.
 */
import type { Assessment } from './assessment/assessment';
import { findById } from './assessment/find-by-id';
import type { ScoringModel } from './scoring/model';
import { scoreAssessment, type AssessmentScore } from './scoring/score-assessment';
import type { Targets } from './scoring/targets';
import {
  compareScores,
  getGapRows,
  getTargets,
  type DimensionDelta,
  type GapRow,
} from './results/summarize-results';

/** The comparison with an earlier assessment. */
export interface ResultsComparison {
  readonly earlier: Assessment;
  readonly dimensions: readonly DimensionDelta[];
  /** Index delta; null when either has no index. */
  readonly index: number | null;
}

/** Everything the results page derives from one assessment. */
export interface ResultsView {
  readonly score: AssessmentScore;
  readonly targets: Targets;
  /** The gap table, biggest weighted gap first. */
  readonly rows: readonly GapRow[];
  /** Other assessments of the same organization, in the order they are kept. */
  readonly candidates: readonly Assessment[];
  /** The comparison with the assessment chosen in the plan, if it still exists. */
  readonly comparison: ResultsComparison | null;
}

/** True when two organization names match once trimmed and lower-cased. */
export function isSameOrganization(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * Builds the results view of `assessment` among every assessment in this browser.
 * @param dimensionIds the questionnaire's dimensions, in order: each gets a target.
 */
export function buildResultsView(
  model: ScoringModel,
  dimensionIds: readonly string[],
  assessment: Assessment,
  all: Readonly<Record<string, Assessment>>,
): ResultsView {
  const score = scoreAssessment(model, assessment.answers);
  const targets = getTargets(assessment.plan, dimensionIds);
  const compareWith = assessment.plan?.compareWith;
  const earlier = compareWith ? findById(all, compareWith) : undefined;
  const comparison = earlier
    ? { earlier, ...compareScores(score, scoreAssessment(model, earlier.answers)) }
    : null;
  return {
    score,
    targets,
    rows: getGapRows(score, targets),
    candidates: Object.values(all).filter(
      (other) =>
        other.id !== assessment.id &&
        isSameOrganization(other.organization, assessment.organization),
    ),
    comparison,
  };
}
