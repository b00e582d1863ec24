/** The results page: verdict first, charts with tables, targets and gaps, why, comparison. */
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { ResultsProps } from '../types';
import { initAssessmentStore } from '../../stores/assessments';
import { $currentAssessment } from '../../stores/current-assessment';
import { $resultsView, $roadmapView, openResults } from '../../stores/results';
import { toQuestionFacts, toRestoreContext } from '../shared/content-facts';
import { MissingAssessment } from '../shared/MissingAssessment';
import { usePrintOpensDetails } from './use-print-opens-details';
import { toResultsContent } from './results-content';
import { ResultsBody } from './ResultsBody';

export default function ResultsApp(props: ResultsProps) {
  const { strings: s, dimensions } = props;
  useState(() => {
    initAssessmentStore(
      toRestoreContext({
        questions: toQuestionFacts(dimensions),
        profileFieldIds: props.profileFieldIds,
        contentVersion: props.contentVersion,
      }),
    );
    openResults(
      toResultsContent(props),
      new URLSearchParams(globalThis.location.search).get('id') ?? '',
    );
  });
  const assessment = useStore($currentAssessment);
  const view = useStore($resultsView);
  const roadmap = useStore($roadmapView);
  usePrintOpensDetails();
  if (!assessment || !view || !roadmap) {
    return <MissingAssessment message={s.notFound} linkText={s.toList} listPath={props.listPath} />;
  }
  return <ResultsBody {...props} assessment={assessment} view={view} roadmap={roadmap} />;
}
