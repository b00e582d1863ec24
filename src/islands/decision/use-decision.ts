/**
 * The decision as the page shows it: defaults (from the assessment when one is linked), the user's
 * changes on top, and what follows from them (ranking, sensitivity, cost). Changes go to the
 * assessment's plan when one is linked, and stay in memory otherwise.
 */
import { useMemo, useState } from 'preact/hooks';
import {
  EMPTY_DECISION,
  type Assessment,
  type AssessmentPlan,
  type DecisionPlan,
} from '../../domain/assessment/assessment';
import type { ScoringModel } from '../../domain/scoring/model';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { getDefaultWeights, type DefaultWeights } from '../../domain/decision/default-weights';
import { rankOptions, type Ranking } from '../../domain/decision/rank-options';
import { getSensitivity, type Sensitivity } from '../../domain/decision/sensitivity';
import {
  computeTco,
  getDefaultTcoInputs,
  type TcoInputs,
  type TcoResult,
} from '../../domain/decision/tco';
import type { ScoreOverrides } from '../../domain/decision/model';
import {
  getPlanCurrency,
  getPlanOverrides,
  getPlanTcoInputs,
  getPlanWeights,
  getWeightContext,
  isDefaultPlan,
  mergeDecisionPlans,
} from '../../domain/decision/decision-plan';
import { updatePlan } from '../../stores/assessments';
import type { DecisionProps } from './decision-props';

/** Everything the sections read, and the two ways of changing it. */
export interface DecisionState {
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
  /** Applies one change to the user's choices. */
  readonly change: (update: (plan: DecisionPlan) => DecisionPlan) => void;
  /** Forgets every change. */
  readonly reset: () => void;
  /** Saves the changes made before an assessment was chosen into it, then forgets them here. */
  readonly carryInto: (assessmentId: string) => void;
}

/** Returns the plan without its decision (every other choice kept). */
function withoutDecision(plan: AssessmentPlan): AssessmentPlan {
  const rest: AssessmentPlan = { ...plan };
  delete (rest as { decision?: DecisionPlan }).decision;
  return rest;
}

export function useDecision(
  props: DecisionProps,
  model: ScoringModel,
  assessment: Assessment | undefined,
): DecisionState {
  const [local, setLocal] = useState<DecisionPlan>(EMPTY_DECISION);
  const answers = assessment?.answers;
  const profile = assessment?.profile;
  const context = useMemo(
    () =>
      answers && profile
        ? getWeightContext(profile, scoreAssessment(model, answers).dimensions)
        : undefined,
    [answers, profile, model],
  );
  const defaults = useMemo(
    () => getDefaultWeights(props.criteria, context),
    [props.criteria, context],
  );
  const size = profile?.['company-size'];
  const companySize = typeof size === 'string' ? size : undefined;
  const tcoDefaults = useMemo(
    () => getDefaultTcoInputs(props.tcoDefaults, companySize),
    [props.tcoDefaults, companySize],
  );
  const plan = assessment ? (assessment.plan?.decision ?? EMPTY_DECISION) : local;
  const weights = useMemo(() => getPlanWeights(defaults.weights, plan), [defaults, plan]);
  const overrides = useMemo(() => getPlanOverrides(plan), [plan]);
  const ranking = useMemo(
    () => rankOptions(props.criteria, weights, overrides),
    [props.criteria, weights, overrides],
  );
  const sensitivity = useMemo(
    () => getSensitivity(props.criteria, weights, overrides),
    [props.criteria, weights, overrides],
  );
  const tcoInputs = useMemo(() => getPlanTcoInputs(tcoDefaults, plan.tco), [tcoDefaults, plan]);
  const tco = useMemo(() => computeTco(tcoInputs), [tcoInputs]);
  const id = assessment?.id;
  return {
    plan,
    defaults,
    companySize,
    weights,
    overrides,
    ranking,
    sensitivity,
    tcoDefaults,
    tcoInputs,
    tco,
    currency: getPlanCurrency(plan.tco, props.currency),
    isDefault: isDefaultPlan(plan),
    change: (update) => {
      if (id === undefined) setLocal(update);
      else updatePlan(id, (p) => ({ ...p, decision: update(p.decision ?? EMPTY_DECISION) }));
    },
    reset: () => {
      if (id === undefined) setLocal(EMPTY_DECISION);
      else updatePlan(id, withoutDecision);
    },
    carryInto: (assessmentId) => {
      if (isDefaultPlan(local)) return;
      updatePlan(assessmentId, (p) => ({
        ...p,
        decision: mergeDecisionPlans(p.decision ?? EMPTY_DECISION, local),
      }));
      setLocal(EMPTY_DECISION);
    },
  };
}
