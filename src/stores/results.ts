/**
 * The results page's derived state: the results and the roadmap of the assessment shown, each
 * computed once per change of that assessment (or of its content), whatever reads them.
 */
import { atom, computed } from 'nanostores';
import type { ScoringModel } from '../domain/scoring/model';
import { buildResultsView, type ResultsView } from '../domain/results-view';
import {
  buildGeneratedRoadmap,
  buildRoadmapView,
  type RoadmapContent,
  type RoadmapSource,
  type RoadmapView,
} from '../domain/roadmap-view';
import type { Roadmap } from '../domain/roadmap/model';
import { getDefaultPlanStart } from '../domain/roadmap/roadmap-document';
import { $assessments } from './assessments';
import { $currentAssessment, showAssessment } from './current-assessment';

/** What the results page reads from its content, in one language. */
export interface ResultsContent {
  readonly model: ScoringModel;
  /** In questionnaire order. */
  readonly dimensionIds: readonly string[];
  readonly roadmap: RoadmapContent;
}

/** The content of the page; null until the page opens. */
export const $resultsContent = atom<ResultsContent | null>(null);
/** Week 0 of a plan with no start date of its own: the Monday on or after the day the page opened. */
export const $defaultPlanStart = atom(getDefaultPlanStart(new Date()));

/** Opens the results of assessment `id` against `content`; `today` fixes the default plan start. */
export function openResults(content: ResultsContent, id: string, today = new Date()): void {
  $resultsContent.set(content);
  $defaultPlanStart.set(getDefaultPlanStart(today));
  showAssessment(id);
}

/** Score, targets, gap table and comparison; null while no assessment is shown. */
export const $resultsView = computed(
  [$resultsContent, $currentAssessment, $assessments],
  (content, assessment, all): ResultsView | null =>
    content && assessment
      ? buildResultsView(content.model, content.dimensionIds, assessment, all)
      : null,
);

/** What the roadmap of the assessment shown is built from; null while none is shown. */
const $roadmapSource = computed(
  [$resultsContent, $currentAssessment, $resultsView, $defaultPlanStart],
  (content, assessment, results, defaultStart): [RoadmapContent, RoadmapSource] | null =>
    content && assessment && results
      ? [
          content.roadmap,
          {
            model: content.model,
            assessment,
            score: results.score,
            targets: results.targets,
            defaultStart,
          },
        ]
      : null,
);

/**
 * The roadmap generated for the assessment shown, before its edits; null while none is. A store of
 * its own so that a page can compute it in one task and the view in the next.
 */
export const $generatedRoadmap = computed($roadmapSource, (source): Roadmap | null =>
  source ? buildGeneratedRoadmap(...source) : null,
);

/** The roadmap of the assessment shown; null while none is. */
export const $roadmapView = computed(
  [$roadmapSource, $generatedRoadmap],
  (source, roadmap): RoadmapView | null =>
    source && roadmap ? buildRoadmapView(...source, roadmap) : null,
);
