/**
 * The downloads' props: the page's first-load data with what the downloads fetched put back (the
 * words only they use, and each question's level wording and "why", sized to the organization).
 */
import { toSizedDimensions } from '../../domain/content/level-wording';
import type { Assessment } from '../../domain/assessment/assessment';
import type {
  LeanDimension,
  QuestionDetails,
  ResultsDownloadsData,
  ResultsPageData,
  ResultsProps,
  WizardDimension,
} from '../types';

/** The lean dimensions with each question's details back; a question without any keeps none. */
export function withQuestionDetails(
  dimensions: readonly LeanDimension[],
  details: QuestionDetails,
): WizardDimension[] {
  return dimensions.map((d) => ({
    ...d,
    questions: d.questions.map((q) => {
      const detail = Object.hasOwn(details, q.id) ? details[q.id] : undefined;
      return { ...q, why: '', levels: [], ...detail };
    }),
  }));
}

/** Everything the downloads need, as the page had it before its data was split in two. */
export function toDownloadsProps<P extends ResultsPageData & { assessment: Assessment }>(
  page: P,
  data: ResultsDownloadsData,
): Omit<P, 'dimensions'> & ResultsProps {
  const { questionDetails, ...words } = data;
  // Levels (the PDF's appendix, the Word report) read as the organization's size has them.
  const full = withQuestionDetails(page.dimensions, questionDetails);
  return {
    ...page,
    ...words,
    dimensions: toSizedDimensions(full, page.assessment.profile['company-size']),
  };
}
