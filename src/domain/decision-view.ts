/**
 * What the packaged-vs-custom page shows, derived once per change: default weights (informed by
 * the linked assessment's answers and profile), the user's choices on top, the ranking, what would
 * change it, and the cost of ownership.
 */
import { EMPTY_DECISION, type Assessment, type DecisionPlan } from './assessment/assessment';
import type { ScoringModel } from './scoring/model';
import { scoreAssessment } from './scoring/score-assessment';
import type { Decision } from './schemas/content';
import type { DecisionCriterion, ScoreOverrides, WeightedCriterion } from './decision/model';
import { getDefaultWeights, type DefaultWeights } from './decision/default-weights';
import { rankOptions, type Ranking } from './decision/rank-options';
import { getSensitivity, type Sensitivity } from './decision/sensitivity';
import { computeTco, getDefaultTcoInputs, type TcoInputs, type TcoResult } from './decision/tco';
import {
  getPlanCurrency,
  getPlanOverrides,
  getPlanTcoInputs,
  getPlanWeights,
  getWeightContext,
  isDefaultPlan,
} from './decision/decision-plan';

/** The decision content the view is derived from. */
export interface DecisionContent {
  readonly model: ScoringModel;
  readonly criteria: readonly (DecisionCriterion & WeightedCriterion)[];
  readonly tcoDefaults: Decision['tcoDefaults'];
  /** ISO 4217 code of the default figures. */
  readonly currency: string;
}

/** Everything the decision page's sections read. */
export interface DecisionView {
  /** The user's choices: the linked assessment's, or those kept on the page without one. */
  readonly plan: DecisionPlan;
  readonly defaults: DefaultWeights;
  /** The `company-size` answer of the linked assessment, if any. */
  readonly companySize: string | undefined;
  readonly weights: Readonly<Record<string, number>>;
  readonly overrides: ScoreOverrides;
  readonly ranking: Ranking;
  readonly sensitivity: Sensitivity;
  readonly tcoDefaults: TcoInputs;
  readonly tcoInputs: TcoInputs;
  readonly tco: TcoResult;
  readonly currency: string;
  /** True when nothing differs from the defaults. */
  readonly isDefault: boolean;
}

/**
 * Builds the decision view for the linked assessment, or (undefined) for none, in which case the
 * choices made on the page (`unlinked`) are the ones shown.
 */
export function buildDecisionView(
  content: DecisionContent,
  assessment: Assessment | undefined,
  unlinked: DecisionPlan,
): DecisionView {
  const context = assessment
    ? getWeightContext(
        assessment.profile,
        scoreAssessment(content.model, assessment.answers).dimensions,
      )
    : undefined;
  const defaults = getDefaultWeights(content.criteria, context);
  const size = assessment?.profile['company-size'];
  const companySize = typeof size === 'string' ? size : undefined;
  const tcoDefaults = getDefaultTcoInputs(content.tcoDefaults, companySize);
  const plan = assessment ? (assessment.plan?.decision ?? EMPTY_DECISION) : unlinked;
  const weights = getPlanWeights(defaults.weights, plan);
  const overrides = getPlanOverrides(plan);
  const tcoInputs = getPlanTcoInputs(tcoDefaults, plan.tco);
  return {
    plan,
    defaults,
    companySize,
    weights,
    overrides,
    ranking: rankOptions(content.criteria, weights, overrides),
    sensitivity: getSensitivity(content.criteria, weights, overrides),
    tcoDefaults,
    tcoInputs,
    tco: computeTco(tcoInputs),
    currency: getPlanCurrency(plan.tco, content.currency),
    isDefault: isDefaultPlan(plan),
  };
}
