/**
 * What the wizard shows around the questions: progress overall, per phase and per dimension, the
 * list of steps with their counts, and where the current step sits (its number, its neighbours,
 * the number of its first question).
 */
import type { Answers } from './scoring/model';
import { getProgress, type Progress, type ProgressQuestion } from './assessment/progress';
import { PROFILE_STEP, REVIEW_STEP, getNeighbourSteps } from './assessment/steps';

/** A dimension as the wizard's steps need it. */
export interface WizardDimensionFacts {
  readonly id: string;
  readonly title: string;
  readonly questions: readonly ProgressQuestion[];
}

/** One step as the navigation shows it; a dimension's step carries its counts. */
export interface WizardStepItem {
  readonly id: string;
  readonly label: string;
  readonly answered?: number;
  readonly dontKnow?: number;
  readonly total?: number;
}

/** Progress and the steps, profile first and review last. */
export interface WizardView {
  readonly progress: Progress;
  readonly steps: readonly [WizardStepItem, ...WizardStepItem[]];
}

/** Where the current step sits. */
export interface StepView {
  /** The step shown: the one asked for if it exists, else the first. */
  readonly current: WizardStepItem;
  /** 1-based, and out of `count`. */
  readonly position: number;
  readonly count: number;
  readonly previous: string | null;
  readonly next: string | null;
  /** The dimension of a question step; null on the profile and review steps. */
  readonly dimensionId: string | null;
  /** Questions before this step's first one, for numbering across the questionnaire. */
  readonly numberOffset: number;
}

/** Builds the progress and the steps of an assessment's answers. */
export function buildWizardView(
  dimensions: readonly WizardDimensionFacts[],
  labels: { readonly profile: string; readonly review: string },
  answers: Answers,
): WizardView {
  const progress = getProgress(
    dimensions.flatMap((d) => d.questions),
    answers,
  );
  return {
    progress,
    steps: [
      { id: PROFILE_STEP, label: labels.profile },
      ...dimensions.map((d) => ({ id: d.id, label: d.title, ...progress.dimensions[d.id] })),
      { id: REVIEW_STEP, label: labels.review },
    ],
  };
}

/** Places `step` among the steps of `view`; an unknown step places the first. */
export function getStepView(
  dimensions: readonly WizardDimensionFacts[],
  view: WizardView,
  step: string,
): StepView {
  const current = view.steps.reduce(
    (found, item) => (item.id === step ? item : found),
    view.steps[0],
  );
  const ids = view.steps.map((item) => item.id);
  const at = dimensions.findIndex((d) => d.id === current.id);
  return {
    current,
    position: ids.indexOf(current.id) + 1,
    count: ids.length,
    ...getNeighbourSteps(current.id, ids),
    dimensionId: at >= 0 ? current.id : null,
    numberOffset: dimensions.slice(0, Math.max(at, 0)).reduce((n, d) => n + d.questions.length, 0),
  };
}
