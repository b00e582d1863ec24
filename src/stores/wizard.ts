/**
 * The wizard's derived state: progress and steps of the assessment shown, computed once per
 * change of its answers, and the step shown. The review step's score is in wizard-score.ts, fetched
 * with that step.
 */
import { atom, computed } from 'nanostores';
import { PROFILE_STEP, getStepIds, toValidStep } from '../domain/assessment/steps';
import {
  buildWizardView,
  getStepView,
  type StepView,
  type WizardView,
} from '../domain/wizard-view';
import { goToStep } from './assessments';
import { $currentAssessment, $currentAssessmentId, showAssessment } from './current-assessment';
import { $wizardContent, type WizardContent } from './wizard-content';

export { $wizardContent, type WizardContent } from './wizard-content';

/** The step shown. */
export const $wizardStep = atom<string>(PROFILE_STEP);

/** The valid step for `step`: itself if the questionnaire has it, else the first. */
function toStep(step: string | null | undefined): string {
  const dimensions = $wizardContent.get()?.dimensions ?? [];
  return toValidStep(step, getStepIds(dimensions.map((d) => d.id)));
}

/**
 * Opens the wizard on assessment `id`, at `step` when the address names one, else where the
 * assessment was left.
 */
export function openWizard(content: WizardContent, id: string, step: string | null): void {
  $wizardContent.set(content);
  showAssessment(id);
  $wizardStep.set(toStep(step ?? $currentAssessment.get()?.position));
}

/** Changes what the wizard walks, e.g. when a quick scan continues into the full assessment. */
export function scopeWizard(content: WizardContent): void {
  $wizardContent.set(content);
}

/** Shows a step without remembering it (the browser's back and forward buttons). */
export function showStep(step: string | null): void {
  $wizardStep.set(toStep(step));
}

/** Moves to a step and remembers it in the assessment, so it reopens there. */
export function goToWizardStep(step: string): void {
  showStep(step);
  goToStep($currentAssessmentId.get(), $wizardStep.get());
}

/** Progress and steps; null while no assessment is shown. */
export const $wizardView = computed(
  [$wizardContent, $currentAssessment],
  (content, assessment): WizardView | null =>
    content && assessment
      ? buildWizardView(content.dimensions, content.labels, assessment.answers)
      : null,
);

/** Where the step shown sits; null while no assessment is shown. */
export const $stepView = computed(
  [$wizardContent, $wizardView, $wizardStep],
  (content, view, step): StepView | null =>
    content && view ? getStepView(content.dimensions, view, step) : null,
);
