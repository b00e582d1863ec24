/**
 * The quick scan and the time estimates of both kinds of assessment, for pages at build time
 * (issue #13). The figures are computed from the content, never written by hand.
 */
import { getCollection } from 'astro:content';
import { getAssessedDimensions } from '../domain/assessment/assessment-mode';
import { estimateTime, type TimeEstimate } from '../domain/content/estimate-time';
import type { Lang } from '../i18n';
import { getQuestionnaire } from './get-questionnaire';

/** The ids of the quick-scan questions (content/quick-scan.yaml). */
export async function getQuickScanIds(): Promise<readonly string[]> {
  const [entry] = await getCollection('quickScan');
  if (!entry) throw new Error('content/quick-scan.yaml was not loaded.');
  return entry.data.questions;
}

/** What the pages say about the two kinds of assessment in one language. */
export interface AssessmentEstimates {
  readonly quick: TimeEstimate;
  readonly full: TimeEstimate;
  /** Areas of the questionnaire. */
  readonly dimensions: number;
}

/** Estimates the quick scan and the full assessment in one language. */
export async function getAssessmentEstimates(lang: Lang): Promise<AssessmentEstimates> {
  const [questionnaire, quickIds] = await Promise.all([getQuestionnaire(), getQuickScanIds()]);
  const quick = getAssessedDimensions(questionnaire.dimensions, 'quick', quickIds);
  return {
    quick: estimateTime(
      quick.flatMap((d) => d.questions),
      lang,
    ),
    full: estimateTime(questionnaire.questions, lang),
    dimensions: questionnaire.dimensions.length,
  };
}
