/**
 * The report's packaged-vs-custom section for an assessment that has a decision. Loaded with the
 * PDF code on click, so the results page does not carry the decision math on first load.
 */
import type { Assessment } from '../../domain/assessment/assessment';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import type { ReportSection } from '../../domain/report/report-document';
import { summarizeDecision } from '../../domain/decision/summarize-decision';
import { getWeightContext } from '../../domain/decision/decision-plan';
import { buildDecisionSection } from '../../domain/report/decision-section';
import type { OptionId } from '../../domain/decision/model';
import type { ResultsProps } from '../types';

/** The section, or null when the assessment has no decision yet. */
export function getDecisionSection(
  assessment: Assessment,
  score: AssessmentScore,
  decision: ResultsProps['decision'],
  lang: string,
): ReportSection | null {
  const plan = assessment.plan?.decision;
  if (!plan) return null;
  const size = assessment.profile['company-size'];
  const summary = summarizeDecision({
    criteria: decision.criteria,
    plan,
    context: getWeightContext(assessment.profile, score.dimensions),
    tcoDefaults: decision.tcoDefaults,
    companySize: typeof size === 'string' ? size : undefined,
    defaultCurrency: decision.currency,
  });
  return buildDecisionSection({
    summary,
    optionNames: Object.fromEntries(decision.options.map((o) => [o.id, o.name])) as Record<
      OptionId,
      string
    >,
    criterionNames: Object.fromEntries(decision.criteria.map((c) => [c.id, c.name])),
    strings: decision.strings,
    lang,
  });
}
