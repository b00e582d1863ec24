/** Props the pages hand to the islands: plain, serialisable, already localized to one language. */
import type { Lang } from '../i18n';
import type { UiStrings } from '../i18n/types';
import type { PhaseId } from '../domain/scoring/model';
import type { RoadmapInitiative } from '../domain/roadmap/model';
import type { InitiativeText, KpiText } from '../domain/roadmap/roadmap-document';
import type { ReportStrings } from '../domain/report/report-input';
import type { Decision } from '../domain/schemas/content';
import type { DecisionCriterionText, DecisionOptionText } from './decision/decision-props';

/** What scoring, progress and restoring need to know of a question, without its words. */
export interface QuestionFacts {
  readonly id: string;
  readonly dimensionId: string;
  readonly phase: PhaseId;
  readonly weight: number;
  readonly critical: boolean;
  readonly notApplicable: boolean;
}

/** The facts that restoring stored or imported assessments needs. */
export interface ContentFacts {
  readonly questions: readonly QuestionFacts[];
  readonly profileFieldIds: readonly string[];
  readonly contentVersion: number;
}

/** The quick scan or full assessment choice, its words filled with the computed times (#13). */
export interface ModeOptions {
  readonly legend: string;
  readonly quickLabel: string;
  readonly quickHint: string;
  readonly fullLabel: string;
  readonly fullHint: string;
}

/** Props of the assessments list island. */
export interface AssessmentsProps {
  readonly lang: Lang;
  readonly strings: UiStrings['assessments'];
  readonly content: ContentFacts;
  /** The ids of the quick-scan questions (content/quick-scan.yaml). */
  readonly quickScanIds: readonly string[];
  readonly modes: ModeOptions;
  /** URL of the wizard page in this language. */
  readonly wizardPath: string;
  /** URL of this page, for share links. */
  readonly listPath: string;
  /** URL of the results page in this language. */
  readonly resultsPath: string;
  /** URL of the "Follow the plan" page in this language (#16). */
  readonly followPath: string;
  /** URL of the join page in this language, where a workshop participant hands answers back. */
  readonly joinPath: string;
}

/** A question in one language. */
export interface WizardQuestion extends QuestionFacts {
  readonly prompt: string;
  readonly why: string;
  /** Five descriptions, level 0 first. */
  readonly levels: readonly string[];
  /**
   * Per level, how it reads in a micro or small organization, or null where the default fits
   * every size; absent when no level has such wording. `toSizedDimensions` picks it at render.
   */
  readonly smallLevels?: readonly (string | null)[];
}

/** A dimension in one language. */
export interface WizardDimension {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly weight: number;
  readonly phases: readonly PhaseId[];
  readonly questions: readonly WizardQuestion[];
}

/** A question without its level wording and "why": what the results page shows on its first load. */
export type LeanQuestion = Omit<WizardQuestion, 'why' | 'levels' | 'smallLevels'>;

/** A dimension whose questions are lean (see `LeanQuestion`). */
export interface LeanDimension extends Omit<WizardDimension, 'questions'> {
  readonly questions: readonly LeanQuestion[];
}

/** The level wording and "why" of each question, by question id. */
export type QuestionDetails = Readonly<
  Record<string, Pick<WizardQuestion, 'why' | 'levels' | 'smallLevels'>>
>;

/** An organization-profile question in one language. */
export interface WizardProfileField {
  readonly id: string;
  readonly kind: 'single' | 'multiple';
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly { readonly id: string; readonly label: string }[];
}

/** Props of the wizard island. */
export interface WizardProps {
  readonly lang: Lang;
  readonly strings: UiStrings['wizard'];
  /** The ids of the quick-scan questions (content/quick-scan.yaml), for a quick scan (#13). */
  readonly quickScanIds: readonly string[];
  readonly quickScanStrings: UiStrings['quickScan'];
  readonly listStrings: UiStrings['assessments'];
  readonly phaseNames: Readonly<Record<PhaseId, string>>;
  readonly maturity: Readonly<Record<string, { readonly name: string; readonly meaning: string }>>;
  readonly verdicts: UiStrings['verdicts'];
  readonly dimensions: readonly WizardDimension[];
  readonly profile: {
    readonly title: string;
    readonly intro: string;
    readonly fields: readonly WizardProfileField[];
  };
  readonly contentVersion: number;
  readonly listPath: string;
  readonly resultsPath: string;
  /** Role names, for the banner a workshop participant sees. */
  readonly roleNames: UiStrings['roles'];
  /** URL of the join page in this language, where a participant hands their answers back. */
  readonly joinPath: string;
}

/** An initiative of the library in one language, with the facts the roadmap needs. */
export interface LocalizedInitiative extends RoadmapInitiative, InitiativeText {}

/** Props of the results island. */
export interface ResultsProps {
  readonly lang: Lang;
  readonly strings: UiStrings['results'];
  /** The ids of the quick-scan questions (content/quick-scan.yaml), for a quick scan (#13). */
  readonly quickScanIds: readonly string[];
  readonly quickScanStrings: UiStrings['quickScan'];
  readonly roadmapStrings: UiStrings['roadmap'];
  /** Words of the plan's files for MS Project, Jira, GitLab and Markdown (#17). */
  readonly toolFilesStrings: UiStrings['toolFiles'];
  /** Words of the editable Word report beside the PDF (#17). */
  readonly wordReportStrings: UiStrings['wordReport'];
  /**
   * The PDF report's words (the report section plus the shared sections it reuses); `report` whole,
   * with the nested words of the workshop-alignment section.
   */
  readonly reportStrings: ReportStrings & { readonly report: UiStrings['report'] };
  /** The Excel workbook's words (#17). */
  readonly workbookStrings: UiStrings['workbook'];
  /** Role names, for the report's workshop-alignment section. */
  readonly roleNames: UiStrings['roles'];
  /** What the report's packaged-vs-custom section is computed from, when the assessment has a decision. */
  readonly decision: {
    readonly criteria: readonly DecisionCriterionText[];
    readonly options: readonly DecisionOptionText[];
    readonly currency: string;
    readonly tcoDefaults: Decision['tcoDefaults'];
    readonly strings: UiStrings['decision'];
  };
  /** URL of the packaged-vs-custom page in this language. */
  readonly decisionPath: string;
  /** URL of the "Follow the plan" page in this language (#16). */
  readonly followPath: string;
  readonly initiatives: readonly LocalizedInitiative[];
  readonly kpis: Readonly<Record<string, KpiText>>;
  readonly listStrings: UiStrings['assessments'];
  readonly phaseNames: Readonly<Record<PhaseId, string>>;
  readonly maturity: Readonly<Record<string, { readonly name: string; readonly meaning: string }>>;
  readonly verdicts: UiStrings['verdicts'];
  readonly dimensions: readonly WizardDimension[];
  readonly profileFieldIds: readonly string[];
  readonly contentVersion: number;
  readonly listPath: string;
  readonly wizardPath: string;
}

/** What only the results page's downloads need (the PDF, Word, workbook and tool files). */
export type ResultsDownloadOnlyKey =
  'toolFilesStrings' | 'wordReportStrings' | 'reportStrings' | 'workbookStrings' | 'decision';

/**
 * What the results page's downloads fetch when they are drawn (`/results/downloads.json`, one per
 * language): the words only they use, and each question's level wording and "why" (for the PDF's
 * appendix and the Word report). About half the page's data; its first load is lighter without it.
 */
export interface ResultsDownloadsData extends Pick<ResultsProps, ResultsDownloadOnlyKey> {
  readonly questionDetails: QuestionDetails;
}

/** The results island's data on the page's first load: `ResultsProps` less the downloads' data. */
export interface ResultsPageData extends Omit<ResultsProps, ResultsDownloadOnlyKey | 'dimensions'> {
  readonly dimensions: readonly LeanDimension[];
  /** Address of this language's `ResultsDownloadsData`. */
  readonly downloadsDataPath: string;
}

/** Props of the workshop presentation island. */
export interface PresentationProps {
  readonly lang: Lang;
  readonly strings: UiStrings['presentation'];
  /** The join codes and the hand-in tally (#18). */
  readonly qrStrings: UiStrings['qr'];
  /** The join page in this language, for the join codes. */
  readonly joinPath: string;
  /** Shown for participants without a name. */
  readonly unnamed: string;
  readonly roles: UiStrings['roles'];
  readonly dimensions: readonly WizardDimension[];
  readonly contentVersion: number;
  readonly listPath: string;
  readonly workshopPath: string;
}

/** Props of the join island (/join/): a participant opens an invitation and hands answers back. */
export interface JoinProps {
  readonly lang: Lang;
  readonly strings: UiStrings['join'];
  /** The hand-back QR code's words (#18). */
  readonly qrStrings: UiStrings['qr'];
  readonly roleNames: UiStrings['roles'];
  /** What restoring assessments and importing submissions need to know of the content. */
  readonly content: ContentFacts;
  /** URLs in this language. */
  readonly wizardPath: string;
  readonly listPath: string;
  readonly workshopPath: string;
}

/** The "Follow the plan" island's data (/follow/, #16): the plan's content and the page's words. */
export interface FollowPageData {
  readonly lang: Lang;
  readonly strings: UiStrings['follow'];
  /** The roadmap's words the page reuses: units, directions, frequencies, the phase gate. */
  readonly roadmapStrings: Pick<
    UiStrings['roadmap'],
    'units' | 'directions' | 'frequencies' | 'phaseGate' | 'heading' | 'csv'
  >;
  readonly listStrings: UiStrings['assessments'];
  readonly quickScanIds: readonly string[];
  readonly initiatives: readonly LocalizedInitiative[];
  readonly kpis: Readonly<Record<string, KpiText>>;
  readonly phaseNames: Readonly<Record<PhaseId, string>>;
  readonly dimensions: readonly LeanDimension[];
  readonly profileFieldIds: readonly string[];
  readonly contentVersion: number;
  readonly listPath: string;
  readonly resultsPath: string;
  /** The wizard's address in this language: the next assessment opens there (#16). */
  readonly wizardPath: string;
  /** The results page's `ResultsDownloadsData` in this language, fetched for the board summary. */
  readonly downloadsDataPath: string;
}
