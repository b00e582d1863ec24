/**
 * What the PDF report is prepared from: the assessment, its questionnaire and scores in one
 * language, the roadmap document, the words of the report and the palette. Plain data, so the
 * builder stays pure and runs in Node tests as in the browser.
 */
import type { Assessment, KpiFrequency } from '../assessment/assessment';
import type { ScanCoverage } from '../assessment/assessment-mode';
import type { ChannelId } from '../roadmap/model';
import type { RoadmapDocument } from '../roadmap/roadmap-document';
import type { MaturityId, VerdictId } from '../scoring/maturity-level';
import type { PhaseId, ScoringQuestion } from '../scoring/model';
import type { AssessmentScore } from '../scoring/score-assessment';
import type { Targets } from '../scoring/targets';
import type { Hex, ReportLogo, ReportSection } from './report-document';

/** A question in the report's language; the shape of the islands' `WizardQuestion`. */
export interface ReportQuestion extends ScoringQuestion {
  readonly prompt: string;
  readonly why: string;
  /** Five descriptions, level 0 first. */
  readonly levels: readonly string[];
}

/** A dimension in the report's language; the shape of the islands' `WizardDimension`. */
export interface ReportDimension {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly weight: number;
  readonly phases: readonly PhaseId[];
  readonly questions: readonly ReportQuestion[];
}

/**
 * The keys of the report's own words (`report` in src/i18n/en.ts and es.ts). Placeholders in
 * braces are filled by the builder, except `{page}`, `{pages}` and `{n}`, which the renderer fills.
 */
export type ReportTextKey =
  | 'title'
  | 'subtitle'
  | 'assessedBy'
  | 'header'
  | 'pageLabel'
  | 'outOf'
  | 'notEnough'
  | 'summaryHeading'
  | 'index'
  | 'maturityNote'
  | 'noIndexNote'
  | 'verdict'
  | 'provisional'
  | 'blockersHeading'
  | 'blockersLead'
  | 'blocker'
  | 'openCriticalHeading'
  | 'openCritical'
  | 'prioritiesHeading'
  | 'priority'
  | 'priorityUnscored'
  | 'noPriorities'
  | 'nextStepsHeading'
  | 'nextStep'
  | 'nextStepNoOwner'
  | 'noNextSteps'
  | 'strongest'
  | 'weakest'
  | 'areaScore'
  | 'chartsHeading'
  | 'radarCaption'
  | 'current'
  | 'target'
  | 'phaseCaption'
  | 'gapCaption'
  | 'colArea'
  | 'colScore'
  | 'colTarget'
  | 'colGap'
  | 'colCoverage'
  | 'percent'
  | 'findingsHeading'
  | 'findingsLead'
  | 'findingHeading'
  | 'coverage'
  | 'coverageLow'
  | 'strengthsHeading'
  | 'gapsHeading'
  | 'answerAtLevel'
  | 'answerDontKnow'
  | 'noStrengths'
  | 'noGaps'
  | 'lever'
  | 'noLever'
  | 'noAnswers'
  | 'roadmapHeading'
  | 'roadmapIntro'
  | 'roadmapEmpty'
  | 'ganttCaption'
  | 'week'
  | 'initiativesCaption'
  | 'colInitiative'
  | 'colPhase'
  | 'colOwner'
  | 'colWhen'
  | 'colDependsOn'
  | 'when'
  | 'changePhase'
  | 'milestonesCaption'
  | 'colDate'
  | 'colMilestone'
  | 'kpisHeading'
  | 'kpisIntro'
  | 'colKpi'
  | 'colDefinition'
  | 'colUnit'
  | 'colBaseline'
  | 'colKpiTarget'
  | 'colFrequency'
  | 'toMeasure'
  | 'suggested'
  | 'noKpis'
  | 'changeHeading'
  | 'changeIntro'
  | 'changeNone'
  | 'colWhat'
  | 'colDescription'
  | 'appendixHeading'
  | 'appendixIntro'
  | 'colNumber'
  | 'colQuestion'
  | 'colAnswer'
  | 'colNote'
  | 'critical'
  | 'answerLevel'
  | 'dontKnow'
  | 'notApplicable'
  | 'notAnswered'
  | 'quickScan'
  | 'planHeading'
  | 'planIntro'
  | 'colRank'
  | 'planNeeded'
  | 'firstDaysHeading'
  | 'firstDaysIntro'
  | 'colWeek'
  | 'firstGoLive'
  | 'noGoLive'
  | 'laterHeading'
  | 'laterIntro'
  | 'laterItem'
  | 'noLater'
  | 'goLiveMarker'
  | 'progressHeading'
  | 'progressIntro'
  | 'progressByPhaseCaption'
  | 'colStatusDone'
  | 'colStatusInProgress'
  | 'colStatusLate'
  | 'colStatusNotStarted'
  | 'colStatusDropped'
  | 'colTotal'
  | 'statusCount'
  | 'lateHeading'
  | 'lateIntro'
  | 'noLate'
  | 'colPlannedFinish'
  | 'colHoldsUp'
  | 'holdsUpMore'
  | 'measurementsHeading'
  | 'measurementsIntro'
  | 'noMeasurements'
  | 'colLatest'
  | 'colTrack'
  | 'latestValue'
  | 'targetBy'
  | 'trackOn'
  | 'trackOff'
  | 'trackNoTarget'
  | 'trackNoData'
  | 'boardTitle'
  | 'boardFooter'
  | 'boardVerdict'
  | 'boardTrend'
  | 'boardTrendValue'
  | 'boardTrendNote'
  | 'boardTrendOne'
  | 'boardBlockerChanges'
  | 'boardImproved'
  | 'boardSlipped'
  | 'boardAreaChange'
  | 'boardNoBlockers'
  | 'boardGapsHeading'
  | 'boardPlanHeading'
  | 'boardPlanCounts'
  | 'boardLate'
  | 'boardLateItem'
  | 'boardDue'
  | 'boardHoldsUp'
  | 'boardNext'
  | 'boardFrom'
  | 'boardNoNext'
  | 'boardKpisHeading'
  | 'boardKpisOther'
  | 'boardNoKpis'
  | 'boardMore';

/** The report's own words in one language (`UiStrings['report']` fits). */
export type ReportText = Readonly<Record<ReportTextKey, string>>;

/** Every word the report needs, in one language; all but `report` are existing UI sections. */
export interface ReportStrings {
  readonly report: ReportText;
  /** `UiStrings['verdicts']`. */
  readonly verdicts: Readonly<Record<VerdictId, string>>;
  /** `UiStrings['maturity']`. */
  readonly maturity: Readonly<
    Record<MaturityId, { readonly name: string; readonly meaning: string }>
  > & { readonly levelLabel: string };
  /** `UiStrings['phases']`: the three phases and change management. */
  readonly phases: Readonly<Record<PhaseId | 'change', { readonly name: string }>>;
  /** `UiStrings['roadmap']['units']`: KPI units by id. */
  readonly units: Readonly<Record<string, string>>;
  /** `UiStrings['roadmap']['frequencies']`. */
  readonly frequencies: Readonly<Record<KpiFrequency, string>>;
  /** `UiStrings['roadmap']['channels']`: the four channels, for the go-lives. */
  readonly channels: Readonly<Record<ChannelId, string>>;
}

/** The colours the report uses (`LIGHT` of src/design/tokens.ts fits: the PDF is printed on white). */
export interface ReportPalette {
  readonly accent: Hex;
  readonly analysis: Hex;
  readonly diagnosis: Hex;
  readonly action: Hex;
  readonly change: Hex;
}

/** Everything the report is prepared from. */
export interface ReportInput {
  readonly lang: 'en' | 'es';
  /** When the report is made: the cover date and the date in the file name (local calendar day). */
  readonly now: Date;
  /** `plan` carries the progress and KPI measurements the progress section reports (#16). */
  readonly assessment: Pick<
    Assessment,
    'name' | 'organization' | 'assessor' | 'answers' | 'notes' | 'plan'
  >;
  /** The questionnaire in the report's language, in display order. */
  readonly dimensions: readonly ReportDimension[];
  /** `scoreAssessment(model, assessment.answers)`. */
  readonly score: AssessmentScore;
  /** The targets in force (`getTargets(assessment.plan, dimensionIds)`). */
  readonly targets: Targets;
  /** The edited roadmap as a document, in the report's language. */
  readonly roadmap: RoadmapDocument;
  /** What a quick scan asked (#13): the summary then says so; null or absent for a full assessment. */
  readonly scan?: ScanCoverage | null | undefined;
  readonly strings: ReportStrings;
  readonly palette: ReportPalette;
  /** A logo already checked by `readLogo`, or null. */
  readonly logo: ReportLogo | null;
  /**
   * Sections that later features add (packaged vs custom, workshop alignment), inserted in this
   * order before the appendix.
   */
  readonly extraSections?: readonly ReportSection[] | undefined;
}
