/**
 * The follow page's trend across runs (issue #16): the runs of the shown assessment's
 * organization, each scored as the results page scores it (a quick scan over its own questions),
 * the trend's view and the assessments it can be linked to. Loaded with the trend's section,
 * after the page's first screen; it imports no other store than the assessments (in the core
 * chunk), so that the follow page's own stores stay in its first chunk instead of being split
 * into shared ones (about 1.6 KB more on its first load when they were). The link itself is saved
 * by `setOrganizationLink` (stores/follow.ts), which the page hands to the section.
 */
import { atom, computed } from 'nanostores';
import type { AssessmentMode } from '../domain/assessment/assessment-mode';
import { getOrganizationId } from '../domain/follow/carry-over';
import { getRunSummaries, type RunSummary } from '../domain/follow/trend';
import {
  buildTrendView,
  getOrganizationChoices,
  type OrganizationChoices,
  type TrendView,
} from '../domain/follow/trend-view';
import type { ScoringModel } from '../domain/scoring/model';
import { scoreAssessment } from '../domain/scoring/score-assessment';
import { $assessments } from './assessments';

/** What the runs are scored with: the model of each mode, and the areas in questionnaire order. */
export interface TrendContent {
  /** The assessment the page shows. */
  readonly assessmentId: string;
  readonly models: Readonly<Record<AssessmentMode, ScoringModel>>;
  readonly areaOrder: readonly string[];
}

/** The trend's content; null until the section opens. */
export const $trendContent = atom<TrendContent | null>(null);

/** Starts the trend of the page's assessment against `content`. */
export function openTrend(content: TrendContent): void {
  $trendContent.set(content);
}

/** The assessment shown, as stored now; undefined when it is not (or no longer) there. */
const $shown = computed([$trendContent, $assessments], (content, all) =>
  content && Object.hasOwn(all, content.assessmentId) ? all[content.assessmentId] : undefined,
);

/** The organization's runs in this browser, scored; null while nothing is shown. */
export const $organizationRuns = computed(
  [$trendContent, $shown, $assessments],
  (content, assessment, all): readonly RunSummary[] | null =>
    content && assessment
      ? getRunSummaries(Object.values(all), getOrganizationId(assessment), (run) =>
          scoreAssessment(content.models[run.mode], run.answers),
        )
      : null,
);

/** The trend of two runs or more; null with one run or nothing shown. */
export const $trendView = computed(
  [$organizationRuns, $trendContent],
  (runs, content): TrendView | null =>
    runs && content ? buildTrendView(runs, content.areaOrder) : null,
);

/** The assessments the shown one can be linked to; null while none is shown. */
export const $organizationChoices = computed(
  [$shown, $assessments],
  (assessment, all): OrganizationChoices | null =>
    assessment ? getOrganizationChoices(Object.values(all), assessment.id) : null,
);
