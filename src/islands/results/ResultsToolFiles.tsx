/** The plan's files for the team's tools and the Markdown copy, fed with what the page shows (#17). */
import type { Assessment } from '../../domain/assessment/assessment';
import type { ScanCoverage } from '../../domain/assessment/assessment-mode';
import type { ResultsView } from '../../domain/results-view';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import { toReportBase } from './report-base';
import { PlanToolFiles } from '../roadmap/PlanToolFiles';
import type { ResultsProps } from '../types';
import { MarkdownCopy } from './MarkdownCopy';

interface Props extends ResultsProps {
  assessment: Assessment;
  view: ResultsView;
  doc: RoadmapDocument;
  scan: ScanCoverage | null;
}

export function ResultsToolFiles(props: Props) {
  const { assessment } = props;
  return (
    <PlanToolFiles
      doc={props.doc}
      assessment={assessment}
      strings={props.toolFilesStrings}
      failed={props.strings.downloadFailed}
    >
      <MarkdownCopy
        assessment={assessment}
        strings={props.toolFilesStrings}
        failed={props.strings.downloadFailed}
        getInput={() => toReportBase(props)}
      />
    </PlanToolFiles>
  );
}
