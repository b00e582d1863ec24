/**
 * Workshop alignment in one call (issue #7): questions, dimensions, the discussion agenda and the
 * heat map, from a scoring model and the imported submissions. The pieces live in alignment.ts,
 * dimension-alignment.ts, agenda.ts, consolidate.ts and statistics.ts, and are re-exported here so
 * that stores and the report import from one place.
 */
import type { ScoringModel } from '../scoring/model';
import { getDiscussionAgenda, type AgendaItem } from './agenda';
import { getQuestionAlignment, type AlignmentOptions, type QuestionAlignment } from './alignment';
import {
  getAlignmentHeatMap,
  getDimensionAlignment,
  type DimensionAlignment,
  type HeatMapRow,
} from './dimension-alignment';
import type { Submission } from './workshop';

export * from './agenda';
export * from './alignment';
export * from './consolidate';
export * from './dimension-alignment';
export { MIN_GROUP_SIZE } from './role-groups';
export * from './statistics';

/** Everything the alignment screens and the report's alignment section show. */
export interface WorkshopAlignment {
  /** In model order. */
  readonly questions: readonly QuestionAlignment[];
  /** In model order. */
  readonly dimensions: readonly DimensionAlignment[];
  /** Most disputed first. */
  readonly agenda: readonly AgendaItem[];
  /** One row per dimension, in model order. */
  readonly heatMap: readonly HeatMapRow[];
}

/**
 * Aggregates a workshop's submissions against a scoring model.
 * @param options pass `showIndividual: false` for the presentation view, whatever the workshop says
 */
export function aggregateAlignment(
  model: ScoringModel,
  submissions: readonly Submission[],
  options: AlignmentOptions,
): WorkshopAlignment {
  const questions = getQuestionAlignment(model.questions, submissions, options);
  const dimensions = getDimensionAlignment(model, submissions, questions);
  return {
    questions,
    dimensions,
    agenda: getDiscussionAgenda(model.questions, questions),
    heatMap: getAlignmentHeatMap(dimensions),
  };
}
