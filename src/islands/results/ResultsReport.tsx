/** The PDF report panel of the results page, fed with the view the page already shows. */
import type { Assessment } from '../../domain/assessment/assessment';
import type { ScanCoverage } from '../../domain/assessment/assessment-mode';
import type { ResultsView } from '../../domain/results-view';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import { toReportBase } from './report-base';
import type { ResultsProps } from '../types';
import { ReportPanel } from './ReportPanel';

interface Props extends ResultsProps {
  assessment: Assessment;
  view: ResultsView;
  doc: RoadmapDocument;
  scan: ScanCoverage | null;
}

export function ResultsReport(props: Props) {
  const { assessment, view, dimensions, lang } = props;
  return (
    <ReportPanel
      strings={props.strings}
      wordStrings={props.wordReportStrings}
      getInput={() => toReportBase(props)}
      getExtraSections={async () => {
        // In the report's order: packaged vs custom, then workshop alignment.
        const [{ getDecisionSection }, { findAlignmentSection }] = await Promise.all([
          import('./decision-report'),
          import('./alignment-report'),
        ]);
        const strings = { report: props.reportStrings.report, roleNames: props.roleNames };
        return [
          getDecisionSection(assessment, view.score, props.decision, lang),
          findAlignmentSection(assessment.id, dimensions, strings, lang),
        ].filter((section) => section !== null);
      }}
    />
  );
}
