/**
 * The board summary's download from the follow page (#16): the one-page PDF of the report's input
 * plus the organization's runs, each scored as the results page scores it. Fetched on the click,
 * with the results page's download data (the report's words and each question's details).
 */
import type { Assessment } from '../../domain/assessment/assessment';
import type { ScanCoverage } from '../../domain/assessment/assessment-mode';
import type { ResultsView } from '../../domain/results-view';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import type { ScoringModel } from '../../domain/scoring/model';
import type { Lang } from '../../i18n';
import type { LeanDimension, ResultsDownloadsData } from '../types';
import { getOrganizationId } from '../../domain/follow/carry-over';
import { getRunSummaries } from '../../domain/follow/trend';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import { toSizedDimensions } from '../../domain/content/level-wording';
import { LIGHT } from '../../design/tokens';
import { withQuestionDetails } from '../results/downloads-props';

/** What the page has at the moment of the click. */
export interface BoardSource {
  lang: Lang;
  assessment: Assessment;
  /** Every stored assessment: the organization's runs are found among them. */
  all: readonly Assessment[];
  /** The questions the assessment was scored on (a quick scan's own). */
  dimensions: readonly LeanDimension[];
  model: ScoringModel;
  view: ResultsView;
  doc: RoadmapDocument;
  scan: ScanCoverage | null;
  downloadsDataPath: string;
}

/**
 * The results page's download data at `path`. Not shared with the results page's loader: a module
 * both pages' code imported would be a chunk of its own, about 300 bytes more on its first load.
 */
async function fetchWords(path: string): Promise<ResultsDownloadsData> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as ResultsDownloadsData;
}

/** Makes the board summary and offers it as a download; returns the file's name. */
export async function saveBoardSummary(source: BoardSource): Promise<string> {
  const [data, pdf] = await Promise.all([
    fetchWords(source.downloadsDataPath),
    import('../../adapters/pdf/board-summary-pdf'),
  ]);
  const { assessment: a } = source;
  const full = withQuestionDetails(source.dimensions, data.questionDetails);
  const runs = getRunSummaries(source.all, getOrganizationId(a), (run) =>
    run.id === a.id ? source.view.score : scoreAssessment(source.model, run.answers),
  );
  return pdf.downloadBoardSummary(
    {
      now: new Date(),
      assessment: a,
      dimensions: toSizedDimensions(full, a.profile['company-size']),
      score: source.view.score,
      targets: source.view.targets,
      roadmap: source.doc,
      scan: source.scan,
      strings: data.reportStrings,
      palette: LIGHT,
      runs,
    },
    source.lang,
  );
}
