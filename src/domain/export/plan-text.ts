/**
 * The words every tool file says about one initiative: its description, then owner, planned dates,
 * dependencies, KPIs, milestone and status, one per line. The plan has no progress yet, so the
 * status is always the "not started" label; actual dates are not written.
 */
import { fill } from '../report/fill';
import type { DocumentInitiative } from '../roadmap/roadmap-document';
import { toSlug } from '../assessment/export-file';

/** Labels of the initiative text, in the page's language. */
export interface InitiativeTextLabels {
  /** e.g. "Owner". */
  readonly owner: string;
  /**
   * Planned dates; `{start}`, `{end}` and `{weeks}` are filled.
   * @example 'Planned: {start} to {end} ({weeks} weeks)'
   */
  readonly planned: string;
  /** e.g. "After". */
  readonly dependsOn: string;
  readonly kpis: string;
  readonly milestone: string;
  readonly status: string;
  /** The status of every initiative until progress is tracked, e.g. "Not started". */
  readonly notStarted: string;
}

/** `label: value`, or nothing when the value is empty. */
function line(label: string, value: string): string[] {
  return value.trim() === '' ? [] : [`${label}: ${value}`];
}

/** The initiative's description and facts, one per line (LF), in the labels' language. */
export function describeInitiative(
  initiative: DocumentInitiative,
  labels: InitiativeTextLabels,
): string {
  const planned = fill(labels.planned, {
    start: initiative.startDate,
    end: initiative.endDate,
    weeks: initiative.weeks,
  });
  const facts = [
    ...line(labels.owner, initiative.owner),
    planned,
    ...line(labels.dependsOn, initiative.dependsOn.join('; ')),
    ...line(labels.kpis, initiative.kpis.join('; ')),
    ...line(labels.milestone, initiative.milestone),
    `${labels.status}: ${labels.notStarted}`,
  ];
  const description = initiative.description.trim();
  return [...(description === '' ? [] : [description, '']), ...facts].join('\n');
}

/**
 * A label an issue tracker takes as one word: lowercase ASCII letters, digits and hyphens, no
 * spaces (Jira splits labels on spaces; GitLab and GitHub accept these as they are). Empty when
 * the text has no letter or digit left.
 */
export function toTrackerLabel(text: string): string {
  return toSlug(text);
}

/** Words that become labels on every initiative, in the page's language. */
export interface TrackerLabelWords {
  /** On every item, so the plan's items can be filtered together, e.g. "CRM plan". */
  readonly plan: string;
  /** On change-management initiatives, e.g. "Change management". */
  readonly changeManagement: string;
}

/** The labels of an initiative: the plan's, its phase's, its area's and change management's. */
export function getInitiativeLabels(
  initiative: DocumentInitiative,
  words: TrackerLabelWords,
): string[] {
  const labels = [
    words.plan,
    initiative.phaseName,
    initiative.area,
    ...(initiative.changeManagement ? [words.changeManagement] : []),
  ]
    .map(toTrackerLabel)
    .filter((label) => label !== '');
  return [...new Set(labels)];
}
