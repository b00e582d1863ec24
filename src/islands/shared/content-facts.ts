/** Turns the facts a page passed in into what the domain's restore and scoring functions take. */
import {
  buildRestoreContext,
  type RestoreContext,
} from '../../domain/assessment/restore-assessment';
import type { ScoringModel } from '../../domain/scoring/model';
import type { ContentFacts, LeanDimension, QuestionFacts } from '../types';

/** The context restoring stored and imported assessments needs. */
export function toRestoreContext(facts: ContentFacts): RestoreContext {
  return buildRestoreContext(facts, facts.profileFieldIds, facts.contentVersion);
}

/** The facts of every question of the wizard's dimensions. */
export function toQuestionFacts(dimensions: readonly LeanDimension[]): QuestionFacts[] {
  return dimensions.flatMap((d) =>
    d.questions.map(({ id, dimensionId, phase, weight, critical, notApplicable }) => ({
      id,
      dimensionId,
      phase,
      weight,
      critical,
      notApplicable,
    })),
  );
}

/** The scoring model of the wizard's dimensions. */
export function toScoringModel(dimensions: readonly LeanDimension[]): ScoringModel {
  return {
    dimensions: dimensions.map(({ id, weight }) => ({ id, weight })),
    questions: toQuestionFacts(dimensions),
  };
}
