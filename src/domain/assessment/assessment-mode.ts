/**
 * Quick scan or full assessment. A quick scan asks only the questions listed in
 * `content/quick-scan.yaml` and is scored by the same rules over those questions alone: the ones it
 * does not ask are not part of it, so they count neither as answered nor as unanswered (counting
 * them as unanswered would make every quick scan "provisional" whatever its answers). Its results
 * always say that it is a quick scan and how many of the questions it asked. Continuing into the
 * full assessment keeps every answer and asks the rest.
 */

/** The two kinds of assessment. */
export const ASSESSMENT_MODES = ['quick', 'full'] as const;
/** A quick scan or a full assessment. */
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

/** A questionnaire part with questions, as the pages and islands hold them. */
interface WithQuestions<Q extends { readonly id: string }> {
  readonly questions: readonly Q[];
}

/**
 * Returns the dimensions an assessment of `mode` asks: all of them in full mode; in quick mode each
 * with only its quick-scan questions, in their order, leaving out a dimension with none.
 * @param quickScanIds the ids of `content/quick-scan.yaml`
 */
export function getAssessedDimensions<
  Q extends { readonly id: string },
  D extends WithQuestions<Q>,
>(dimensions: readonly D[], mode: AssessmentMode, quickScanIds: readonly string[]): D[] {
  if (mode === 'full') return [...dimensions];
  const quick = new Set(quickScanIds);
  return dimensions
    .map((d) => ({ ...d, questions: d.questions.filter((q) => quick.has(q.id)) }))
    .filter((d) => d.questions.length > 0);
}

/** Returns the questions an assessment of `mode` asks, from a flat list in questionnaire order. */
export function getAssessedQuestions<Q extends { readonly id: string }>(
  questions: readonly Q[],
  mode: AssessmentMode,
  quickScanIds: readonly string[],
): Q[] {
  const quick = new Set(quickScanIds);
  return mode === 'full' ? [...questions] : questions.filter((q) => quick.has(q.id));
}

/** How much of the questionnaire a quick scan asks: "Quick scan: `asked` of `total` questions". */
export interface ScanCoverage {
  readonly asked: number;
  readonly total: number;
}

/**
 * Returns what a quick scan covers, or null for a full assessment (nothing to label).
 * @param dimensions the whole questionnaire
 */
export function getScanCoverage(
  dimensions: readonly WithQuestions<{ readonly id: string }>[],
  mode: AssessmentMode,
  quickScanIds: readonly string[],
): ScanCoverage | null {
  if (mode === 'full') return null;
  const asked = getAssessedDimensions(dimensions, mode, quickScanIds);
  const count = (list: readonly WithQuestions<{ readonly id: string }>[]) =>
    list.reduce((sum, d) => sum + d.questions.length, 0);
  return { asked: count(asked), total: count(dimensions) };
}
