/**
 * The wizard's steps: the organization profile, one step per dimension (in phase order, then
 * dimension order), and the review. Change management sits with its first phase.
 */

/** The step before the questionnaire. */
export const PROFILE_STEP = 'profile';
/** The step after it, listing what is unanswered. */
export const REVIEW_STEP = 'review';

/** Returns every step id in order. */
export function getStepIds(dimensionIds: readonly string[]): string[] {
  return [PROFILE_STEP, ...dimensionIds, REVIEW_STEP];
}

/** Returns a valid step: the one given if it exists, else the first. */
export function toValidStep(step: string | null | undefined, stepIds: readonly string[]): string {
  return step && stepIds.includes(step) ? step : (stepIds[0] ?? PROFILE_STEP);
}

/** Returns the step before and after `step`, or null at either end. */
export function getNeighbourSteps(
  step: string,
  stepIds: readonly string[],
): { previous: string | null; next: string | null } {
  const i = stepIds.indexOf(step);
  if (i < 0) return { previous: null, next: null };
  return { previous: stepIds[i - 1] ?? null, next: stepIds[i + 1] ?? null };
}
