/**
 * The method's clock, kept by the scheduler whatever the content and the answers: project-start
 * work (sponsor, team, kick-off) ends by week 4; the first channel is in operation by week 16–18
 * (22 for a large organization), strategy and design for it included; each later channel follows
 * with its own design slice, so that every channel is in operation by about week 52. When the
 * authored weeks do not fit, the work the deadlines wait on is time-boxed shorter, evenly.
 */
import {
  FIRST_GO_LIVE_WEEKS,
  FOLLOW_ON_CHANNEL_WEEKS,
  LAST_GO_LIVE_WEEK,
  type CompanySize,
} from './model';
import {
  getLatestEnds,
  scheduleTasks,
  type ScheduleLimits,
  type ScheduleTask,
  type ScheduledTask,
} from './schedule-initiatives';

/** The week the first channel goes live by, for a company size (undefined counts as medium). */
export function getFirstGoLiveWeek(size: CompanySize | undefined): number {
  return FIRST_GO_LIVE_WEEKS[size ?? 'medium'];
}

/**
 * Weeks between two go-lives when `channels` channels follow a first go-live at `firstWeek`: at
 * most 12, fewer when needed to bring the last one in by week 52, at least 1.
 */
export function getChannelSpacing(firstWeek: number, channels: number): number {
  if (channels <= 1) return FOLLOW_ON_CHANNEL_WEEKS;
  const room = Math.floor((LAST_GO_LIVE_WEEK - firstWeek) / (channels - 1));
  return Math.max(1, Math.min(FOLLOW_ON_CHANNEL_WEEKS, room));
}

/**
 * The time-boxes tried, in percent of the authored weeks, loosest first: analysis and design work
 * (`soft`) is boxed first, down to half its weeks, before the build and rollout work is touched, so
 * that the first go-live is not built out of a row of one-week configuration, migration and
 * training steps; only when that is not enough is everything boxed further.
 */
export const TIME_BOXES: readonly (readonly [soft: number, hard: number])[] = [
  [100, 100],
  [90, 100],
  [80, 100],
  [70, 100],
  [60, 100],
  [50, 100],
  [50, 90],
  [50, 80],
  [50, 70],
  [50, 60],
  [50, 50],
  [40, 40],
  [30, 30],
  [20, 20],
  [10, 10],
];

/** Whether every task with a deadline ends by it. */
export function meetsDeadlines(
  tasks: readonly ScheduleTask[],
  schedule: readonly ScheduledTask[],
): boolean {
  const ends = new Map(schedule.map((s) => [s.id, s.end]));
  return tasks.every((t) => t.deadline === undefined || (ends.get(t.id) ?? 0) <= t.deadline);
}

/** The weeks the clock gives its tasks. */
export interface ClockWeeks {
  /** Tasks that keep their weeks (a later channel's slot). */
  readonly keep: ReadonlySet<string>;
  /** Analysis and design tasks, time-boxed before the others. */
  readonly soft: ReadonlySet<string>;
}

/**
 * The earliest week each task could end if no lane were ever full: after what it depends on, not
 * before `notBefore`, and not before what it finishes after less its own weeks. No schedule ends a
 * task sooner (scheduleTasks starts a task only when all of that holds). Undefined when the tasks
 * wait for each other in a cycle, which scheduleTasks reports.
 */
export function getEarliestEnds(tasks: readonly ScheduleTask[]): Map<string, number> | undefined {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const ends = new Map<string, number>();
  const visiting = new Set<string>();
  const endOf = (task: ScheduleTask): number | undefined => {
    const known = ends.get(task.id);
    if (known !== undefined) return known;
    if (visiting.has(task.id)) return undefined;
    visiting.add(task.id);
    let start = task.notBefore ?? 0;
    // Starts after `ids` end, less `less` weeks; false on a cycle.
    const waitFor = (ids: readonly string[], less: number): boolean => {
      for (const id of ids) {
        const other = byId.get(id);
        if (!other) continue;
        const end = endOf(other);
        if (end === undefined) return false;
        start = Math.max(start, end - less);
      }
      return true;
    };
    if (!waitFor(task.dependsOn, 0) || !waitFor(task.finishAfter ?? [], task.weeks)) {
      return undefined;
    }
    visiting.delete(task.id);
    ends.set(task.id, start + task.weeks);
    return start + task.weeks;
  };
  for (const task of tasks) if (endOf(task) === undefined) return undefined;
  return ends;
}

/** Whether some task would miss its deadline even with lanes that are never full. */
function cannotMeetDeadlines(tasks: readonly ScheduleTask[]): boolean {
  const earliest = getEarliestEnds(tasks);
  return (
    earliest !== undefined &&
    tasks.some((t) => t.deadline !== undefined && earliest.get(t.id)! > t.deadline)
  );
}

/**
 * Schedules the tasks so that every deadline holds: at the authored weeks when they fit, else with
 * the work a deadline waits on time-boxed (see `TIME_BOXES`, at least one week each) until they
 * do. Returns the schedule and the weeks each task was given. A box whose deadlines cannot hold
 * even with free lanes is not scheduled at all (a schedule of the whole plan costs about a
 * millisecond, a box ruled out this way a tenth of that); the result is the same.
 */
export function scheduleOnClock(
  tasks: readonly ScheduleTask[],
  limits: ScheduleLimits,
  weeks: ClockWeeks,
): { schedule: ScheduledTask[]; tasks: ScheduleTask[] } {
  const latest = getLatestEnds(tasks);
  const boxed = (t: ScheduleTask) => latest.get(t.id)! < Infinity && !weeks.keep.has(t.id);
  let trial: ScheduleTask[] = [...tasks];
  let schedule: ScheduledTask[] = [];
  // The last box tried, when it was ruled out without being scheduled.
  let unscheduled: ScheduleTask[] | undefined;
  for (const [index, [soft, hard]] of TIME_BOXES.entries()) {
    const previous = trial;
    trial = tasks.map((t) => {
      if (!boxed(t)) return t;
      const percent = weeks.soft.has(t.id) ? soft : hard;
      return { ...t, weeks: Math.max(1, Math.round((t.weeks * percent) / 100)) };
    });
    // A box that changes no task's weeks gives the same schedule: skip it.
    if (index > 0 && trial.every((t, i) => t.weeks === previous[i]!.weeks)) continue;
    if (cannotMeetDeadlines(trial)) {
      unscheduled = trial;
      continue;
    }
    unscheduled = undefined;
    schedule = scheduleTasks(trial, limits);
    if (meetsDeadlines(trial, schedule)) return { schedule, tasks: trial };
  }
  // No box holds every deadline: the tightest one is the plan, as close as it gets.
  if (unscheduled) schedule = scheduleTasks(unscheduled, limits);
  return { schedule, tasks: trial };
}
