/**
 * The "Follow the plan" page's derived state (issue #16): the plan of the assessment shown, as
 * the results page computes it, with its progress and KPI measurements, computed once per change
 * of that assessment.
 */
import { atom, computed } from 'nanostores';
import { buildFollowView, type FollowView } from '../domain/follow-view';
import { toIsoDay } from '../domain/follow/follow-dates';
import { $currentAssessment } from './current-assessment';
import { $roadmapView, openResults, type ResultsContent } from './results';

/** Today as the page counts lateness and due measurements, yyyy-mm-dd (UTC). */
export const $followToday = atom(toIsoDay(new Date()));

/** Opens the plan of assessment `id` against `content`; `today` fixes what is late or due. */
export function openFollow(content: ResultsContent, id: string, today = new Date()): void {
  $followToday.set(toIsoDay(today));
  openResults(content, id, today);
}

/** The plan's standing and KPIs; null while no assessment is shown. */
export const $followView = computed(
  [$roadmapView, $currentAssessment, $followToday],
  (roadmap, assessment, today): FollowView | null =>
    roadmap && assessment ? buildFollowView(roadmap, assessment.plan, today) : null,
);
