/**
 * List scheduling in whole weeks from week 0, in two passes: the plan first, then the later work in
 * the room the plan leaves. At each week every ready task (its dependencies have ended) starts while
 * its lane has room for its whole duration, the most urgent first: the least slack before the
 * clock's deadline, then the earlier phase, then the rank. Change-management work has its own lane
 * and limit; an `unlimited` task (the implementer's support desk) takes no room at all.
 */
import { PHASE_IDS } from '../scoring/model';
import type { PhaseId } from '../scoring/model';
import { compareRank, type RankKey } from './rank-initiatives';

/** An initiative as the scheduler sees it. */
export interface ScheduleTask extends RankKey {
  readonly phase: PhaseId;
  readonly changeManagement: boolean;
  /** At least 1. */
  readonly weeks: number;
  /** Ids of other tasks; ids that are not tasks are ignored. */
  readonly dependsOn: readonly string[];
  /** The latest week it may end by the plan's clock; none when undefined. */
  readonly deadline?: number | undefined;
  /** Later work: placed after the plan, in the room it leaves, so it never delays the plan. */
  readonly later?: boolean | undefined;
  /** Needs no room in its lane (done by someone outside the project team). */
  readonly unlimited?: boolean | undefined;
  /** The earliest week it may start. */
  readonly notBefore?: number | undefined;
  /**
   * Ids of tasks that must end by the time this one ends (finish-to-finish): a channel's go-live
   * waits for the work it needs, which may still run while the channel is being set up.
   */
  readonly finishAfter?: readonly string[] | undefined;
}

/** How many tasks of each lane may run in the same week. */
export interface ScheduleLimits {
  readonly main: number;
  readonly changeManagement: number;
}

/** When a task runs: from `start` up to, not including, `end`. */
export interface ScheduledTask {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A task with the latest week it may end, its own deadline or one its dependents impose. */
type TimedTask = ScheduleTask & { readonly latestEnd: number };

interface ScheduleState {
  readonly byId: ReadonlyMap<string, TimedTask>;
  readonly scheduled: Map<string, ScheduledTask>;
  /** Tasks running in each week, per lane (index: week). */
  readonly usage: { readonly main: number[]; readonly changeManagement: number[] };
}

/**
 * The latest week each task may end so that every deadline holds: its own deadline, or a dependent's
 * latest start, whichever is earlier. Infinity when nothing waits on a deadline.
 */
export function getLatestEnds(tasks: readonly ScheduleTask[]): Map<string, number> {
  const latest = new Map(tasks.map((t) => [t.id, t.deadline ?? Number.POSITIVE_INFINITY]));
  // Relax along the dependencies until nothing changes; n passes suffice without a cycle.
  for (let pass = 0; pass < tasks.length; pass++) {
    let changed = false;
    for (const task of tasks) {
      const end = latest.get(task.id)!;
      const start = end - task.weeks;
      // What it depends on must end before it starts; what it finishes after, before it ends.
      for (const id of task.dependsOn) changed = lower(latest, id, start) || changed;
      for (const id of task.finishAfter ?? []) changed = lower(latest, id, end) || changed;
    }
    if (!changed) break;
  }
  return latest;
}

/** Lowers `id`'s latest end to `limit` if that is earlier; true when it changed. */
function lower(latest: Map<string, number>, id: string, limit: number): boolean {
  const current = latest.get(id);
  if (current === undefined || limit >= current) return false;
  latest.set(id, limit);
  return true;
}

/** Most urgent first: least slack, then phase, then rank. */
function compareUrgency(a: TimedTask, b: TimedTask): number {
  const slack = a.latestEnd - a.weeks - (b.latestEnd - b.weeks);
  if (slack !== 0 && !Number.isNaN(slack)) return slack;
  return PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase) || compareRank(a, b);
}

/** The ids of the later tasks that a plan task needs: they join the plan's pass. */
function getLaterIds(tasks: readonly ScheduleTask[]): Set<string> {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const needed = new Set<string>();
  const waitedFor = (t: ScheduleTask) => [...t.dependsOn, ...(t.finishAfter ?? [])];
  const stack = tasks.filter((t) => !t.later).flatMap(waitedFor);
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (needed.has(id) || !byId.has(id)) continue;
    needed.add(id);
    stack.push(...waitedFor(byId.get(id)!));
  }
  return new Set(tasks.filter((t) => t.later && !needed.has(t.id)).map((t) => t.id));
}

/** Whether every task of `ids` ends by `week`; ids that are not tasks are ignored. */
function endsBy(ids: readonly string[], week: number, state: ScheduleState): boolean {
  return ids.every((id) => {
    const dependency = state.scheduled.get(id);
    if (dependency) return dependency.end <= week;
    return !state.byId.has(id);
  });
}

function isReady(task: TimedTask, week: number, state: ScheduleState): boolean {
  if (week < (task.notBefore ?? 0)) return false;
  return (
    endsBy(task.dependsOn, week, state) && endsBy(task.finishAfter ?? [], week + task.weeks, state)
  );
}

/** Whether `task` fits in its lane from `week` for its whole duration. */
function hasRoom(task: TimedTask, week: number, state: ScheduleState, limit: number): boolean {
  if (task.unlimited) return true;
  const lane = task.changeManagement ? state.usage.changeManagement : state.usage.main;
  for (let w = week; w < week + task.weeks; w++) {
    if ((lane[w] ?? 0) >= Math.max(1, limit)) return false;
  }
  return true;
}

/** Mutates `state`: records `task` as running from `week`. */
function start(task: TimedTask, week: number, state: ScheduleState): void {
  state.scheduled.set(task.id, { id: task.id, start: week, end: week + task.weeks });
  if (task.unlimited) return;
  const lane = task.changeManagement ? state.usage.changeManagement : state.usage.main;
  for (let w = week; w < week + task.weeks; w++) lane[w] = (lane[w] ?? 0) + 1;
}

/**
 * Mutates `state`: starts every ready task of `pass` that has room at `week`, in urgency order,
 * going round again while a start readies another (a finish-to-finish task waits for the work it
 * ends with to be placed).
 */
function startReadyTasks(
  week: number,
  pass: readonly TimedTask[],
  state: ScheduleState,
  limits: ScheduleLimits,
): void {
  for (let started = true; started;) {
    started = false;
    for (const task of pass) {
      if (state.scheduled.has(task.id) || !isReady(task, week, state)) continue;
      const limit = task.changeManagement ? limits.changeManagement : limits.main;
      if (hasRoom(task, week, state, limit)) {
        start(task, week, state);
        started = true;
      }
    }
  }
}

/** Mutates `state`: schedules every task of `pass`. */
function schedulePass(pass: readonly TimedTask[], state: ScheduleState, limits: ScheduleLimits) {
  let week = 0;
  for (;;) {
    startReadyTasks(week, pass, state, limits);
    const left = pass.filter((task) => !state.scheduled.has(task.id));
    if (left.length === 0) return;
    // The next week anything can change: a task ends, a start is allowed, or a finish-to-finish
    // task can start so that it ends with the work it waits for.
    const ends = [
      ...[...state.scheduled.values()].map((s) => s.end),
      ...left.map((task) => task.notBefore ?? 0),
      ...left.flatMap((task) =>
        (task.finishAfter ?? []).map((id) => (state.scheduled.get(id)?.end ?? 0) - task.weeks),
      ),
    ].filter((end) => end > week);
    if (ends.length === 0) {
      throw new Error(
        `These initiatives wait for each other in a dependency cycle: ${left.map((t) => t.id).join(', ')}. Run the content check (npm run build) to find the cycle and break it.`,
      );
    }
    week = Math.min(...ends);
  }
}

/**
 * Schedules every task once, in start order (ties: urgency order). Task ids must be unique.
 * @throws Error when dependencies form a cycle (the content check rejects such a library).
 */
export function scheduleTasks(
  tasks: readonly ScheduleTask[],
  limits: ScheduleLimits,
): ScheduledTask[] {
  const latest = getLatestEnds(tasks);
  const timed = tasks.map((t): TimedTask => ({ ...t, latestEnd: latest.get(t.id)! }));
  const state: ScheduleState = {
    byId: new Map(timed.map((t) => [t.id, t])),
    scheduled: new Map(),
    usage: { main: [], changeManagement: [] },
  };
  const later = getLaterIds(tasks);
  const ordered = [...timed].sort(compareUrgency);
  schedulePass(
    ordered.filter((t) => !later.has(t.id)),
    state,
    limits,
  );
  schedulePass(
    ordered.filter((t) => later.has(t.id)),
    state,
    limits,
  );
  const order = new Map(ordered.map((t, i) => [t.id, i]));
  return [...state.scheduled.values()].sort(
    (a, b) => a.start - b.start || order.get(a.id)! - order.get(b.id)!,
  );
}
