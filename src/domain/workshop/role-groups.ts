/**
 * Who counts in a workshop's alignment, and how they are grouped by role without exposing anyone
 * (issue #7: "role groups under three people not broken out").
 *
 * The groups partition the submitters, and every group has at least MIN_GROUP_SIZE people. Roles
 * with fewer people are pooled into one "other roles" group. Because every reported group, and so
 * every union of them, has at least three people, no subtraction of reported figures (the whole
 * team minus some groups) can isolate a smaller set either. When the pool would be too small, the
 * smallest broken-out group joins it (executives last, so that the executives-vs-everyone-else
 * comparison survives when it can); when nothing is left to break out, there is no breakdown.
 * Groups are formed once per workshop, so a group does not come and go from question to question.
 */
import { ROLE_IDS, type RoleId, type Submission } from './workshop';

/** The fewest people a role group may have to be reported. */
export const MIN_GROUP_SIZE = 3;

/** A set of submitters reported together. */
export interface RoleGroup {
  /** The roles of its members, in ROLE_IDS order: one role, or several for the pooled group. */
  readonly roles: readonly RoleId[];
  /** True for the "other roles" group that pools roles too small to show on their own. */
  readonly pooled: boolean;
  readonly submissions: readonly Submission[];
}

/** The executives and everyone else, both large enough to compare. */
export interface ExecutiveSplit {
  readonly executives: readonly Submission[];
  readonly others: readonly Submission[];
}

/**
 * One submission per participant. The import path already refuses duplicates (workshop.ts: "at
 * most one per participant"); should one slip through, the latest `submittedAt` wins (ties: the
 * first), so that nobody counts twice toward a group's size.
 */
export function getDistinctSubmissions(submissions: readonly Submission[]): Submission[] {
  const latest = new Map<string, Submission>();
  for (const submission of submissions) {
    const kept = latest.get(submission.participantId);
    if (kept === undefined || submission.submittedAt > kept.submittedAt) {
      latest.set(submission.participantId, submission);
    }
  }
  return [...latest.values()];
}

/**
 * The submissions of each role, in ROLE_IDS order, roles without anyone left out. A role this
 * version does not know (a damaged file) counts as `other`: leaving the person out of every group
 * would let "whole team minus the groups" single them out.
 */
function getRoleMembers(submissions: readonly Submission[]): [RoleId, Submission[]][] {
  const byRole = new Map<RoleId, Submission[]>(ROLE_IDS.map((role) => [role, []]));
  for (const submission of submissions) {
    (byRole.get(submission.role) ?? byRole.get('other')!).push(submission);
  }
  return [...byRole].filter(([, members]) => members.length > 0);
}

/** The broken-out role that joins the pool next: the smallest, executives last, later roles first. */
function pickRoleToPool(shown: readonly [RoleId, Submission[]][]): [RoleId, Submission[]] | null {
  const others = shown.filter(([role]) => role !== 'executive');
  let pick: [RoleId, Submission[]] | null = null;
  for (const entry of others.length > 0 ? others : shown) {
    if (pick === null || entry[1].length <= pick[1].length) pick = entry;
  }
  return pick;
}

/**
 * Groups distinct submissions by role under the rules of the module comment. Returns no groups
 * when a breakdown would be the whole team again or would expose fewer than MIN_GROUP_SIZE people.
 */
export function getRoleGroups(submissions: readonly Submission[]): RoleGroup[] {
  const members = getRoleMembers(submissions);
  const shown = members.filter(([, list]) => list.length >= MIN_GROUP_SIZE);
  const pooled = new Set(members.filter(([, list]) => list.length < MIN_GROUP_SIZE));
  const poolSize = (): number => [...pooled].reduce((sum, [, list]) => sum + list.length, 0);
  while (poolSize() > 0 && poolSize() < MIN_GROUP_SIZE) {
    const next = pickRoleToPool(shown);
    if (next === null) return [];
    shown.splice(shown.indexOf(next), 1);
    pooled.add(next);
  }
  // A single group would be the whole team again: no breakdown.
  if (shown.length + (pooled.size > 0 ? 1 : 0) < 2) return [];
  const groups: RoleGroup[] = shown.map(([role, list]) => ({
    roles: [role],
    pooled: false,
    submissions: list,
  }));
  if (pooled.size > 0) {
    const pool = members.filter((entry) => pooled.has(entry));
    groups.push({
      roles: pool.map(([role]) => role),
      pooled: true,
      submissions: pool.flatMap(([, list]) => list),
    });
  }
  return groups;
}

/**
 * Executives against everyone else, when the executives are a group of their own and someone else
 * took part (then both sides have at least MIN_GROUP_SIZE people); otherwise null.
 */
export function getExecutiveSplit(groups: readonly RoleGroup[]): ExecutiveSplit | null {
  const executives = groups.find((g) => !g.pooled && g.roles[0] === 'executive');
  const others = groups.filter((g) => g !== executives).flatMap((g) => g.submissions);
  if (executives === undefined || others.length === 0) return null;
  return { executives: executives.submissions, others };
}
