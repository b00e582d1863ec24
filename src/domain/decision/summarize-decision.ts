/**
 * The packaged-vs-custom decision of an assessment, computed once from its saved choices: the
 * defaults its answers give, the user's changes on top, the ranking and the cost of ownership.
 * The decision page and the PDF report both read it.
 */
import type { AssessmentPlan } from '../assessment/assessment';
import type { Decision } from '../schemas/content';
import { getDefaultWeights, type WeightContext } from './default-weights';
import {
  getPlanCurrency,
  getPlanOverrides,
  getPlanTcoInputs,
  getPlanWeights,
} from './decision-plan';
import type { DecisionCriterion, WeightedCriterion } from './model';
import { rankOptions, type Ranking } from './rank-options';
import { toSizedCriteria } from './size-scores';
import { getSensitivity, type Sensitivity } from './sensitivity';
import { computeTco, getDefaultTcoInputs, type TcoResult } from './tco';

/** What the decision is computed from. */
export interface DecisionSource {
  readonly criteria: readonly (DecisionCriterion & WeightedCriterion)[];
  readonly plan: NonNullable<AssessmentPlan['decision']>;
  /** The assessment's profile and dimension scores, which move the default weights. */
  readonly context: WeightContext | undefined;
  readonly tcoDefaults: Decision['tcoDefaults'];
  readonly companySize: string | undefined;
  /** The currency of the content's figures, used unless the user chose another. */
  readonly defaultCurrency: string;
}

/** The decision as it stands. */
export interface DecisionSummary {
  readonly weights: Readonly<Record<string, number>>;
  readonly ranking: Ranking;
  /** For each criterion, the weight that alone would change the first option. */
  readonly sensitivity: Sensitivity;
  readonly tco: TcoResult;
  readonly currency: string;
}

/** Applies the user's choices to the defaults and computes ranking and costs. */
export function summarizeDecision(source: DecisionSource): DecisionSummary {
  const defaults = getDefaultWeights(source.criteria, source.context);
  const weights = getPlanWeights(defaults.weights, source.plan);
  const overrides = getPlanOverrides(source.plan);
  // Scores that depend on the organization's size are taken for its size, as on the page.
  const criteria = toSizedCriteria(source.criteria, source.companySize);
  const ranking = rankOptions(criteria, weights, overrides);
  const tcoInputs = getPlanTcoInputs(
    getDefaultTcoInputs(source.tcoDefaults, source.companySize),
    source.plan.tco,
  );
  return {
    weights,
    ranking,
    sensitivity: getSensitivity(criteria, weights, overrides),
    tco: computeTco(tcoInputs),
    currency: getPlanCurrency(source.plan.tco, source.defaultCurrency),
  };
}
