/**
 * The results page's parts that need the roadmap: each reads it from the store, so the roadmap is
 * computed when the first of them is drawn (after the first screen), once for all of them.
 */
import { useCallback } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { $generatedRoadmap, $roadmapView } from '../../stores/results';
import { LoadedPart } from '../shared/LoadedPart';
import { PlanPart } from './PlanPart';
import { KpiSection } from './KpiSection';
import { DownloadsSection } from './DownloadsSection';
import { loadDownloads } from './load-downloads';
import type { ResultsBodyProps } from './ResultsBody';
import type { ResultsEditor } from '../../domain/results/results-sections';

/**
 * Schedules the generated roadmap and draws nothing; RoadmapComputed then applies the edits and
 * builds the plan's document. Each given a painted frame of its own by AfterFirstPaint, scheduling,
 * the document and drawing the plan are three short tasks on a phone, not one long one (#12).
 */
export function RoadmapScheduled() {
  useStore($generatedRoadmap);
  return null;
}

/** Computes the plan from the scheduled roadmap and draws nothing (see RoadmapScheduled). */
export function RoadmapComputed() {
  useStore($roadmapView);
  return null;
}

/** The plan part, once the roadmap is computed. */
export function Plan(props: ResultsBodyProps & { wanted: ResultsEditor | null }) {
  const roadmap = useStore($roadmapView);
  if (!roadmap) return null;
  return (
    <PlanPart
      assessment={props.assessment}
      view={roadmap}
      strings={props.strings}
      roadmapStrings={props.roadmapStrings}
      wanted={props.wanted}
    />
  );
}

/** The KPIs of the plan. */
export function Kpis(props: ResultsBodyProps & { wanted: boolean }) {
  const roadmap = useStore($roadmapView);
  if (!roadmap) return null;
  return (
    <KpiSection
      assessmentId={props.assessment.id}
      kpis={roadmap.doc.kpis}
      strings={props.strings}
      roadmapStrings={props.roadmapStrings}
      wanted={props.wanted}
    />
  );
}

/** The downloads, whose panels, code and data arrive after the first paint (load-downloads.ts). */
export function Downloads(props: ResultsBodyProps) {
  const roadmap = useStore($roadmapView);
  const path = props.downloadsDataPath;
  const load = useCallback(() => loadDownloads(path), [path]);
  if (!roadmap) return null;
  return (
    <DownloadsSection strings={props.strings}>
      <LoadedPart
        load={load}
        props={{ ...props, doc: roadmap.doc }}
        failed={props.strings.downloadFailed}
      />
    </DownloadsSection>
  );
}
