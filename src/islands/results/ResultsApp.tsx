/** The results page: verdict first, charts with tables, targets and gaps, why, comparison. */
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ResultsPageData } from '../types';
import {
  $assessments,
  $storageHealth,
  initAssessmentStore,
  retrySaving,
} from '../../stores/assessments';
import { $currentAssessment } from '../../stores/current-assessment';
import { $resultsView, openResults } from '../../stores/results';
import { continueToFullAssessment } from '../../stores/continue-assessment';
import { getAssessedDimensions, getScanCoverage } from '../../domain/assessment/assessment-mode';
import { findById } from '../../domain/assessment/find-by-id';
import { toQuestionFacts, toRestoreContext } from '../shared/content-facts';
import { MissingAssessment } from '../shared/MissingAssessment';
import { goWhenSaved } from '../shared/go-when-saved';
import { QuickScanNotice } from '../shared/QuickScanNotice';
import { StorageBanner } from '../shared/StorageBanner';
import { usePrintOpensDetails } from './use-print-opens-details';
import { toResultsContent } from './results-content';
import { ResultsBody } from './ResultsBody';
import { readIslandData } from '../shared/read-island-data';

/** The island: the page writes its props as a JSON block (IslandData.astro), read once here. */
export default function ResultsIsland({ dataId }: { dataId: string }) {
  const [props] = useState(() => readIslandData<ResultsPageData>(dataId));
  return <ResultsApp {...props} />;
}

function ResultsApp(props: ResultsPageData) {
  const { strings: s } = props;
  const [{ id, assessed }] = useState(() => {
    initAssessmentStore(
      toRestoreContext({
        questions: toQuestionFacts(props.dimensions),
        profileFieldIds: props.profileFieldIds,
        contentVersion: props.contentVersion,
      }),
    );
    const shown = new URLSearchParams(globalThis.location.search).get('id') ?? '';
    // A quick scan is scored, explained and planned over its own questions only (#13); its mode
    // changes only on the wizard page, so the page reads it once.
    const mode = findById($assessments.get(), shown)?.mode ?? 'full';
    const scoped = getAssessedDimensions(props.dimensions, mode, props.quickScanIds);
    openResults(toResultsContent({ ...props, dimensions: scoped }), shown);
    return { id: shown, assessed: scoped };
  });
  const assessment = useStore($currentAssessment);
  const view = useStore($resultsView);
  const health = useStore($storageHealth);
  usePrintOpensDetails();
  if (!assessment || !view) {
    return <MissingAssessment message={s.notFound} linkText={s.toList} listPath={props.listPath} />;
  }
  const scan = getScanCoverage(props.dimensions, assessment.mode, props.quickScanIds);
  const continueToFull = () => {
    continueToFullAssessment(id);
    const first = props.dimensions[0]?.id ?? 'profile';
    goWhenSaved(
      `${props.wizardPath}?id=${encodeURIComponent(id)}&step=${encodeURIComponent(first)}`,
    );
  };
  return (
    <>
      {/* A plan edit or target refused by storage must not pass silently (#15). */}
      <StorageBanner
        health={health}
        strings={props.listStrings}
        exportable={[assessment]}
        onRetry={retrySaving}
      />
      {scan && (
        <QuickScanNotice
          coverage={scan}
          strings={props.quickScanStrings}
          detail="results"
          onContinue={continueToFull}
        />
      )}
      <ResultsBody
        {...props}
        dimensions={assessed}
        assessment={assessment}
        view={view}
        scan={scan}
      />
    </>
  );
}
