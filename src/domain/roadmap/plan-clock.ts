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
const TIME_BOXES: readonly (readonly [soft: number, hard: number])[] = [
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
 * Schedules the tasks so that every deadline holds: at the authored weeks when they fit, else with
 * the work a deadline waits on time-boxed (see `TIME_BOXES`, at least one week each) until they
 * do. Returns the schedule and the weeks each task was given.
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
  for (const [index, [soft, hard]] of TIME_BOXES.entries()) {
    const previous = trial;
    trial = tasks.map((t) => {
      if (!boxed(t)) return t;
      const percent = weeks.soft.has(t.id) ? soft : hard;
      return { ...t, weeks: Math.max(1, Math.round((t.weeks * percent) / 100)) };
    });
    // A box that changes no task's weeks gives the same schedule: skip it.
    if (index > 0 && trial.every((t, i) => t.weeks === previous[i]!.weeks)) continue;
    schedule = scheduleTasks(trial, limits);
    if (meetsDeadlines(trial, schedule)) break;
  }
  return { schedule, tasks: trial };
}
