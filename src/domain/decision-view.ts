/**
 * What the packaged-vs-custom page shows, derived once per change: default weights (informed by
 * the linked assessment's answers and profile), the user's choices on top, the ranking, what would
 * change it, and the cost of ownership.
 */
import { EMPTY_DECISION, type Assessment, type DecisionPlan } from './assessment/assessment';
import type { ScoringModel } from './scoring/model';
import { scoreAssessment } from './scoring/score-assessment';
import type { Decision } from './schemas/content';
import type {
  DecisionCriterion,
  OptionId,
  ScoreOverrides,
  WeightedCriterion,
} from './decision/model';
import type { FactField, OrganizationFacts } from './decision/organization-facts';
import { isScaledFor, toSizedCriteria } from './decision/size-scores';
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
  /** The profile fields the page asks when no assessment is linked. */
  readonly profileFields: readonly FactField[];
}

/** Everything the decision page's sections read. */
export interface DecisionView {
  /** The user's choices: the linked assessment's, or those kept on the page without one. */
  readonly plan: DecisionPlan;
  readonly defaults: DefaultWeights;
  /** The `company-size` answer of the linked assessment, or of the facts given on the page. */
  readonly companySize: string | undefined;
  /** What is known of the organization: the assessment's profile, else the facts given on the page. */
  readonly facts: OrganizationFacts;
  /** True when the defaults follow something known of the organization (an assessment, or facts). */
  readonly informed: boolean;
  /** Each option's score before the user's own, as it holds for the organization's size. */
  readonly baseScores: Readonly<Record<string, Readonly<Record<OptionId, number>>>>;
  /** The criteria whose scores were set for the organization's size rather than a medium one. */
  readonly sizeScaled: readonly string[];
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
  unlinkedFacts: OrganizationFacts,
): DecisionView {
  const facts: OrganizationFacts = assessment ? { profile: assessment.profile } : unlinkedFacts;
  const context = assessment
    ? getWeightContext(
        assessment.profile,
        scoreAssessment(content.model, assessment.answers).dimensions,
      )
    : { profile: unlinkedFacts.profile, dimensionScores: {} };
  const defaults = getDefaultWeights(content.criteria, context);
  const size = facts.profile['company-size'];
  const companySize = typeof size === 'string' ? size : undefined;
  // Some criteria score the options differently by size (#14): rank on the sized scores.
  const criteria = toSizedCriteria(content.criteria, companySize);
  const tcoDefaults = getDefaultTcoInputs(content.tcoDefaults, companySize);
  const plan = assessment ? (assessment.plan?.decision ?? EMPTY_DECISION) : unlinked;
  const weights = getPlanWeights(defaults.weights, plan);
  const overrides = getPlanOverrides(plan);
  const tcoInputs = getPlanTcoInputs(tcoDefaults, plan.tco);
  return {
    plan,
    defaults,
    companySize,
    facts,
    informed: assessment !== undefined || Object.keys(unlinkedFacts.profile).length > 0,
    baseScores: Object.fromEntries(
      criteria.map((c) => [
        c.id,
        Object.fromEntries(Object.entries(c.scores).map(([o, v]) => [o, v.score])) as Record<
          OptionId,
          number
        >,
      ]),
    ),
    sizeScaled: content.criteria.filter((c) => isScaledFor(c, companySize)).map((c) => c.id),
    weights,
    overrides,
    ranking: rankOptions(criteria, weights, overrides),
    sensitivity: getSensitivity(criteria, weights, overrides),
    tcoDefaults,
    tcoInputs,
    tco: computeTco(tcoInputs),
    currency: getPlanCurrency(plan.tco, content.currency),
    isDefault: isDefaultPlan(plan),
  };
}
