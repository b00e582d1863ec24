/**
 * What the downloads section offers: the PDF report, the plan's files (CSV, iCalendar, JSON), the
 * Excel workbook and the files for the team's tools. Fetched when the section is drawn, after the
 * first paint, so none of their code is in the results page's first load (#12, #17).
 */
import type { Assessment } from '../../domain/assessment/assessment';
import type { ScanCoverage } from '../../domain/assessment/assessment-mode';
import type { ResultsView } from '../../domain/results-view';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import type { ResultsProps } from '../types';
import { RoadmapExports } from '../roadmap/RoadmapExports';
import { ResultsReport } from './ResultsReport';
import { ToolFilesDisclosure } from './ToolFilesDisclosure';
import { WorkbookPanel } from './WorkbookPanel';

export interface DownloadsPartProps extends ResultsProps {
  assessment: Assessment;
  view: ResultsView;
  doc: RoadmapDocument;
  scan: ScanCoverage | null;
}

export function DownloadsPart(props: DownloadsPartProps) {
  return (
    <>
      <ResultsReport {...props} />
      <RoadmapExports
        doc={props.doc}
        assessment={props.assessment}
        strings={props.roadmapStrings}
        failed={props.strings.downloadFailed}
      />
      <WorkbookPanel {...props} />
      <ToolFilesDisclosure {...props} />
    </>
  );
}
