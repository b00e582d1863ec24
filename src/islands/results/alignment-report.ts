/**
 * The report's workshop-alignment section (issue #7) for a workshop's consolidated assessment.
 * Loaded with the PDF code on click, like decision-report.ts, so the results page carries neither
 * the workshop store nor the aggregation on first load.
 */
import { LIGHT } from '../../design/tokens';
import {
  buildAlignmentSection,
  getAlignmentStrings,
  getRoleCounts,
} from '../../domain/report/alignment-section';
import type { ReportSection } from '../../domain/report/report-document';
import { aggregateAlignment } from '../../domain/workshop/aggregate-alignment';
import { getDistinctSubmissions } from '../../domain/workshop/role-groups';
import type { Workshop } from '../../domain/workshop/workshop';
import { getConsensusRule } from '../../domain/workshop/consensus-rule';
import { getLatestSubmissions, getRoundMovement } from '../../domain/workshop/round-two';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { findWorkshopOf } from '../../stores/workshops';
import { toScoringModel } from '../shared/content-facts';
import type { WizardDimension } from '../types';

/** The words the section is made of: the report's, and the shared role names. */
export interface AlignmentReportStrings {
  readonly report: UiStrings['report'];
  readonly roleNames: UiStrings['roles'];
}

/**
 * The section for `workshop`, aggregated without individual answers whatever the facilitator
 * chose on screen: a report is handed over, and nobody's answers are singled out in it.
 */
export function getAlignmentSection(
  workshop: Workshop,
  dimensions: readonly WizardDimension[],
  strings: AlignmentReportStrings,
  lang: Lang,
): ReportSection {
  // The latest round's answers (#18): round 2's over round 1's.
  const submissions = getDistinctSubmissions(getLatestSubmissions(workshop));
  const rule = getConsensusRule(workshop);
  return buildAlignmentSection({
    alignment: aggregateAlignment(toScoringModel(dimensions), submissions, {
      showIndividual: false,
      rule,
    }),
    rule,
    movement: getRoundMovement(workshop, rule),
    dimensions,
    questions: dimensions.flatMap((d) => d.questions),
    // A participant removed after handing in still counts among those invited.
    participants: Math.max(workshop.participants.length, submissions.length),
    submissions: submissions.length,
    roles: getRoleCounts(submissions),
    date: workshop.date,
    agreed: workshop.agreed,
    strings: getAlignmentStrings(strings.report, strings.roleNames),
    lang,
    palette: LIGHT,
  });
}

/** The section when `assessmentId` is a workshop's consolidated assessment, else null. */
export function findAlignmentSection(
  assessmentId: string,
  dimensions: readonly WizardDimension[],
  strings: AlignmentReportStrings,
  lang: Lang,
): ReportSection | null {
  const workshop = findWorkshopOf(assessmentId);
  return workshop ? getAlignmentSection(workshop, dimensions, strings, lang) : null;
}
