/**
 * Builds an issues CSV for GitLab's "Import CSV" (a project's Issues list) and for scripts that
 * create GitHub issues (`gh issue create` per row): one row per initiative.
 *
 * Columns `title` and `description` come first, in that order, as GitLab requires; GitLab also
 * reads `due date` (yyyy-mm-dd) and ignores the rest. `labels` holds the labels joined by commas,
 * as `gh issue create --label` takes them; `start date` and `status` (empty: the plan has no
 * progress yet) are for people and scripts. GitHub itself has no CSV import.
 */
import type { RoadmapDocument } from '../roadmap/roadmap-document';
import { toCsv } from './csv';
import {
  describeInitiative,
  getInitiativeLabels,
  type InitiativeTextLabels,
  type TrackerLabelWords,
} from './plan-text';

/** The header, in GitLab's words. */
export const ISSUES_HEADER = [
  'title',
  'description',
  'due date',
  'labels',
  'start date',
  'status',
] as const;

/** Options of {@link toIssuesCsv}. */
export interface IssuesCsvOptions {
  readonly text: InitiativeTextLabels;
  readonly labels: TrackerLabelWords;
}

/** The plan as an issues CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting, formulas neutralised). */
export function toIssuesCsv(doc: RoadmapDocument, options: IssuesCsvOptions): string {
  const rows = doc.initiatives.map((initiative) => [
    initiative.title,
    describeInitiative(initiative, options.text),
    initiative.endDate,
    getInitiativeLabels(initiative, options.labels).join(','),
    initiative.startDate,
    '',
  ]);
  return toCsv(ISSUES_HEADER, rows);
}
