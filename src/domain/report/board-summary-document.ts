/**
 * The one-page board summary as data (#16): what it is prepared from, how much each list may hold,
 * and the document the PDF adapter draws on exactly one A4 page.
 */
import type { RunSummary } from '../follow/trend';
import type { ReportBlock } from './report-document';
import type { ReportInput } from './report-input';

/**
 * What the board summary is prepared from: the full report's input (its logo and extra sections
 * aside) and the scored runs of the organization, this one included, for the trend.
 */
export interface BoardSummaryInput extends Omit<ReportInput, 'logo' | 'extraSections'> {
  /** The organization's runs (`getOrganizationRuns`), each scored; absent or one: no trend yet. */
  readonly runs?: readonly RunSummary[] | undefined;
}

/** How much each list of the page holds; what is left out is counted in an "and N more" line. */
export interface BoardLimits {
  readonly blockers: number;
  readonly late: number;
  readonly next: number;
  readonly kpis: number;
  /** Longest initiative, KPI, area or question text, in characters, before it is cut with "…". */
  readonly textLength: number;
  /** Whether the areas that moved most and the blockers resolved and new are told under the trend. */
  readonly changes: boolean;
}

/**
 * The limits tried in turn, roomiest first: the renderer takes the first that fits one page, so
 * long names and many KPIs shorten the lists, never add a page.
 */
export const BOARD_LIMITS: readonly BoardLimits[] = [
  { blockers: 5, late: 5, next: 3, kpis: 8, textLength: 110, changes: true },
  { blockers: 4, late: 4, next: 3, kpis: 6, textLength: 90, changes: true },
  { blockers: 3, late: 3, next: 3, kpis: 6, textLength: 90, changes: false },
  { blockers: 3, late: 3, next: 3, kpis: 5, textLength: 72, changes: false },
  { blockers: 3, late: 2, next: 3, kpis: 5, textLength: 64, changes: false },
  { blockers: 3, late: 2, next: 3, kpis: 4, textLength: 56, changes: false },
  { blockers: 2, late: 2, next: 3, kpis: 4, textLength: 48, changes: false },
  { blockers: 2, late: 2, next: 3, kpis: 3, textLength: 48, changes: false },
  { blockers: 2, late: 1, next: 2, kpis: 3, textLength: 40, changes: false },
  { blockers: 1, late: 1, next: 2, kpis: 2, textLength: 36, changes: false },
];

/** The board summary: a title, a line naming organization, assessment and day, blocks, a footer. */
export interface BoardSummaryDocument {
  readonly lang: 'en' | 'es';
  /** `crm-board-summary-<organization>-<yyyy-mm-dd>.pdf`, safe for file systems. */
  readonly fileName: string;
  /** PDF metadata. */
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  /** The page's title and the line under it. */
  readonly heading: string;
  readonly subtitle: string;
  /** Generic report blocks, drawn in order. */
  readonly blocks: readonly ReportBlock[];
  /** A line at the foot of the page. */
  readonly footer: string;
}
