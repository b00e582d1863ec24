/** Turns authored dimension files into the ordered questionnaire the pages and the scoring use. */
import type { Dimension, Question } from '../schemas/content';
import type { PhaseId, ScoringModel } from '../scoring/model';

/** A question with its dimension and its phase resolved. */
export type ResolvedQuestion = Question & { readonly dimensionId: string; readonly phase: PhaseId };

/** A dimension whose questions have their phase resolved. */
export type ResolvedDimension = Omit<Dimension, 'questions'> & {
  readonly questions: readonly ResolvedQuestion[];
};

/** The questionnaire in display order, with its scoring model. */
export interface Questionnaire {
  readonly dimensions: readonly ResolvedDimension[];
  readonly questions: readonly ResolvedQuestion[];
  readonly scoringModel: ScoringModel;
}

/** Orders dimensions by `order`, resolves each question's phase, and derives the scoring model. */
export function buildQuestionnaire(dimensions: readonly Dimension[]): Questionnaire {
  const ordered = [...dimensions].sort((a, b) => a.order - b.order);
  const resolved: ResolvedDimension[] = ordered.map((dimension) => ({
    ...dimension,
    questions: dimension.questions.map((question) => ({
      ...question,
      dimensionId: dimension.id,
      // The schema guarantees at least one phase.
      phase: question.phase ?? (dimension.phases[0] as PhaseId),
    })),
  }));
  const questions = resolved.flatMap((d) => d.questions);
  return {
    dimensions: resolved,
    questions,
    scoringModel: {
      dimensions: resolved.map(({ id, weight }) => ({ id, weight })),
      questions: questions.map(({ id, dimensionId, phase, weight, critical, notApplicable }) => ({
        id,
        dimensionId,
        phase,
        weight,
        critical,
        notApplicable,
      })),
    },
  };
}
