/**
 * What every file made from the report is built from (the PDF, the Word report, the workbook and
 * the Markdown copy), read from the results page's props at the moment of the click.
 */
import type { Assessment } from '../../domain/assessment/assessment';
import type { ScanCoverage } from '../../domain/assessment/assessment-mode';
import type { ReportInput } from '../../domain/report/report-input';
import type { ResultsView } from '../../domain/results-view';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import { LIGHT } from '../../design/tokens';
import type { ResultsProps } from '../types';

/** The results page's props a report needs. */
export interface ReportSource extends Pick<ResultsProps, 'lang' | 'dimensions' | 'reportStrings'> {
  assessment: Assessment;
  view: ResultsView;
  doc: RoadmapDocument;
  scan: ScanCoverage | null;
}

/** The report's input but the logo and the extra sections, dated now, in the light palette. */
export function toReportBase(source: ReportSource): Omit<ReportInput, 'logo' | 'extraSections'> {
  return {
    lang: source.lang,
    now: new Date(),
    assessment: source.assessment,
    dimensions: source.dimensions,
    score: source.view.score,
    targets: source.view.targets,
    roadmap: source.doc,
    scan: source.scan,
    strings: source.reportStrings,
    palette: LIGHT,
  };
}
