/**
 * Builds a CSV file for Jira's CSV importer (Jira Cloud: Settings > System > External system
 * import > CSV; or a project's "Import work items"). Columns: Issue ID, Parent, Issue Type,
 * Summary, Description, several Labels columns (Jira reads each repeated column as one more value),
 * Start date, Due date and Status.
 *
 * - Parents come first: the importer resolves `Parent` to the `Issue ID` of a row it has already
 *   read, so every epic row precedes the rows under it.
 * - Two shapes, the user's choice: one epic per phase with a task per initiative, or one epic per
 *   initiative with its milestone (when it names one) as a task under it; the KPIs, owner, dates and
 *   dependencies are in each initiative's description either way.
 * - Dates are `yyyy-MM-dd`: tell the importer so in its "Date format" field.
 * - Issue types are Jira's default names, "Epic" and "Task"; the importer lets each value be
 *   mapped to another type. Status is left empty, as the plan has no progress yet.
 */
import type { DocumentInitiative, RoadmapDocument } from '../roadmap/roadmap-document';
import { PHASE_IDS } from '../scoring/model';
import { toCsv, type CsvCell } from './csv';
import {
  describeInitiative,
  getInitiativeLabels,
  type InitiativeTextLabels,
  type TrackerLabelWords,
} from './plan-text';

/** The date format to give Jira's importer for the date columns (Java SimpleDateFormat). */
export const JIRA_DATE_FORMAT = 'yyyy-MM-dd';

/** Where the epics are: one per phase, or one per initiative. */
export type JiraEpicMode = 'phase' | 'initiative';

/** Options of {@link toJiraCsv}. */
export interface JiraCsvOptions {
  readonly epics: JiraEpicMode;
  readonly text: InitiativeTextLabels;
  readonly labels: TrackerLabelWords;
  /** Summary of a milestone task under an initiative epic; `{milestone}` is filled. */
  readonly milestoneSummary: string;
}

/** One row before it is written. */
interface JiraRow {
  readonly id: number;
  readonly parent: number | null;
  readonly type: 'Epic' | 'Task';
  readonly summary: string;
  readonly description: string;
  readonly labels: readonly string[];
  readonly start: string;
  readonly due: string;
}

/** One epic per phase, then a task per initiative under its phase's epic. */
function getPhaseRows(doc: RoadmapDocument, options: JiraCsvOptions): JiraRow[] {
  const phases = PHASE_IDS.map((phase) => doc.initiatives.filter((i) => i.phase === phase)).filter(
    (initiatives) => initiatives.length > 0,
  );
  const epics = phases.map((initiatives, i): JiraRow => {
    const first = initiatives[0]!;
    return {
      id: i + 1,
      parent: null,
      type: 'Epic',
      summary: first.phaseName,
      description: '',
      labels: getInitiativeLabels({ ...first, area: '', changeManagement: false }, options.labels),
      start: initiatives.map((x) => x.startDate).sort()[0]!,
      due: initiatives
        .map((x) => x.endDate)
        .sort()
        .at(-1)!,
    };
  });
  const tasks = phases.flatMap((initiatives, p) =>
    initiatives.map((initiative) => ({
      ...toInitiativeRow(initiative, options),
      parent: p + 1,
      type: 'Task' as const,
    })),
  );
  return [...epics, ...tasks.map((task, i) => ({ ...task, id: epics.length + i + 1 }))];
}

/** An initiative as a row, before its id, parent and type are set. */
function toInitiativeRow(initiative: DocumentInitiative, options: JiraCsvOptions) {
  return {
    summary: initiative.title,
    description: describeInitiative(initiative, options.text),
    labels: getInitiativeLabels(initiative, options.labels),
    start: initiative.startDate,
    due: initiative.endDate,
  };
}

/** One epic per initiative, then a task for each one's milestone. */
function getInitiativeRows(doc: RoadmapDocument, options: JiraCsvOptions): JiraRow[] {
  const epics = doc.initiatives.map((initiative, i): JiraRow => ({
    ...toInitiativeRow(initiative, options),
    id: i + 1,
    parent: null,
    type: 'Epic',
  }));
  const withMilestone = doc.initiatives
    .map((initiative, i) => ({ initiative, epic: i + 1 }))
    .filter(({ initiative }) => initiative.milestone.trim() !== '');
  const tasks = withMilestone.map(({ initiative, epic }, i): JiraRow => ({
    id: epics.length + i + 1,
    parent: epic,
    type: 'Task',
    summary: options.milestoneSummary.replace('{milestone}', initiative.milestone),
    description: initiative.title,
    labels: getInitiativeLabels(initiative, options.labels),
    start: initiative.endDate,
    due: initiative.endDate,
  }));
  return [...epics, ...tasks];
}

/** The header of a Jira CSV with `labelColumns` Labels columns. */
export function getJiraHeader(labelColumns: number): string[] {
  return [
    'Issue ID',
    'Parent',
    'Issue Type',
    'Summary',
    'Description',
    ...Array.from({ length: labelColumns }, () => 'Labels'),
    'Start date',
    'Due date',
    'Status',
  ];
}

/**
 * The plan as a Jira CSV (UTF-8 with BOM, CRLF, RFC 4180 quoting, formulas neutralised): epics
 * first, then the tasks under them. Labels are one word each (no spaces), in the page's language.
 */
export function toJiraCsv(doc: RoadmapDocument, options: JiraCsvOptions): string {
  const rows =
    options.epics === 'phase' ? getPhaseRows(doc, options) : getInitiativeRows(doc, options);
  const width = Math.max(1, ...rows.map((row) => row.labels.length));
  const cells = rows.map((row): CsvCell[] => [
    String(row.id),
    row.parent === null ? '' : String(row.parent),
    row.type,
    row.summary,
    row.description,
    ...Array.from({ length: width }, (_, i) => row.labels[i] ?? ''),
    row.start,
    row.due,
    '',
  ]);
  return toCsv(getJiraHeader(width), cells);
}
