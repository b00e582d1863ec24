/**
 * The packaged-vs-custom page's state: the choices made before an assessment is linked (kept in
 * memory only) with what the owner says about the organization, the view derived once per
 * change, and every change as a named action. With an assessment linked, changes go to its plan
 * and are saved at once, and its profile stands for the organization.
 */
import { atom, computed } from 'nanostores';
import {
  EMPTY_DECISION,
  type AssessmentPlan,
  type DecisionPlan,
  type DecisionTcoPlan,
} from '../domain/assessment/assessment';
import {
  buildDecisionView,
  type DecisionContent,
  type DecisionView,
} from '../domain/decision-view';
import {
  isDefaultPlan,
  mergeDecisionPlans,
  withScore,
  withTcoFigure,
  withTcoSetting,
  withWeight,
  type TcoFigureKey,
} from '../domain/decision/decision-plan';
import type { OptionId } from '../domain/decision/model';
import {
  NO_FACTS,
  tryPeople,
  tryProfileFact,
  type FactResult,
  type OrganizationFacts,
} from '../domain/decision/organization-facts';
import { updatePlan } from './assessments';
import { $currentAssessment, showAssessment } from './current-assessment';

/** The page's content; null until the page opens. */
export const $decisionContent = atom<DecisionContent | null>(null);
/** The choices made while no assessment is linked. */
export const $unlinkedDecision = atom<DecisionPlan>(EMPTY_DECISION);
/** What the owner said about the organization while no assessment is linked (memory only). */
export const $organizationFacts = atom<OrganizationFacts>(NO_FACTS);

/** Opens the decision page on `content`, linked to assessment `id` (empty: none). */
export function openDecision(content: DecisionContent, id: string): void {
  $decisionContent.set(content);
  showAssessment(id);
}

/** The decision view of the linked assessment, or of the page's own choices; null until opened. */
export const $decisionView = computed(
  [$decisionContent, $currentAssessment, $unlinkedDecision, $organizationFacts],
  (content, assessment, unlinked, facts): DecisionView | null =>
    content ? buildDecisionView(content, assessment, unlinked, facts) : null,
);

/** Applies one change to the choices shown: the linked assessment's, or the page's own. */
function changeDecision(update: (plan: DecisionPlan) => DecisionPlan): void {
  const assessment = $currentAssessment.get();
  if (assessment) {
    updatePlan(assessment.id, (p) => ({ ...p, decision: update(p.decision ?? EMPTY_DECISION) }));
  } else {
    $unlinkedDecision.set(update($unlinkedDecision.get()));
  }
}

/** Weighs a criterion; the default weight is forgotten rather than stored. */
export function setCriterionWeight(criterionId: string, weight: number, defaultWeight: number) {
  changeDecision((plan) => withWeight(plan, criterionId, weight, defaultWeight));
}

/** Scores an option on a criterion; the authored score is forgotten rather than stored. */
export function setOptionScore(
  criterionId: string,
  optionId: OptionId,
  score: number,
  authoredScore: number,
): void {
  changeDecision((plan) => withScore(plan, criterionId, optionId, score, authoredScore));
}

/** Sets the currency, the horizon in years or the number of users. */
export function setTcoSetting(
  setting: Partial<Pick<DecisionTcoPlan, 'currency' | 'years' | 'users'>>,
): void {
  changeDecision((plan) => withTcoSetting(plan, setting));
}

/** Sets one cost figure of one option. */
export function setTcoFigure(optionId: OptionId, key: TcoFigureKey, value: number): void {
  changeDecision((plan) => withTcoFigure(plan, optionId, key, value));
}

/** Keeps an accepted change of the facts; a refused one changes nothing and says why. */
function changeFacts(result: FactResult): FactResult {
  if (result.ok) $organizationFacts.set(result.facts);
  return result;
}

/**
 * Says how many people work in the organization, which sets its size band (#14): anything but a
 * whole number 1–1 000 000 is refused.
 */
export function setOrganizationPeople(people: number): FactResult {
  return changeFacts(tryPeople($organizationFacts.get(), people));
}

/** Answers one profile question about the organization (sector, CRM situation, channels); `null` clears it. */
export function setOrganizationFact(
  fieldId: string,
  value: string | readonly string[] | null,
): FactResult {
  const fields = $decisionContent.get()?.profileFields ?? [];
  return changeFacts(tryProfileFact(fields, $organizationFacts.get(), fieldId, value));
}

/** Returns the plan without its decision (every other choice kept). */
function withoutDecision(plan: AssessmentPlan): AssessmentPlan {
  const rest: AssessmentPlan = { ...plan };
  delete (rest as { decision?: DecisionPlan }).decision;
  return rest;
}

/** Forgets every choice shown: the linked assessment's decision, or the page's own. */
export function resetDecision(): void {
  const assessment = $currentAssessment.get();
  if (assessment) updatePlan(assessment.id, withoutDecision);
  else $unlinkedDecision.set(EMPTY_DECISION);
}

/**
 * Links the page to assessment `id` (empty: none). Choices made while none was linked are carried
 * into it, on top of its own, and forgotten here.
 */
export function linkAssessment(id: string): void {
  const unlinked = $unlinkedDecision.get();
  if (id !== '' && !isDefaultPlan(unlinked)) {
    updatePlan(id, (p) => ({
      ...p,
      decision: mergeDecisionPlans(p.decision ?? EMPTY_DECISION, unlinked),
    }));
    $unlinkedDecision.set(EMPTY_DECISION);
  }
  showAssessment(id);
}
