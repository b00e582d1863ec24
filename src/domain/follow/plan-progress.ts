/**
 * Where a plan stands (issue #16): each initiative's status as the team recorded it, or `late`
 * once its planned finish has passed while it is neither done nor dropped; counts by phase and by
 * owner; planned against actual dates for the timeline; and, for a late initiative, the work it
 * holds up.
 */
import type { InitiativeProgress, InitiativeStatus } from '../assessment/assessment';
import type { RoadmapItem } from '../roadmap/model';
import { lastWorkingDay } from '../roadmap/week-dates';
import { addDays, daysBetween } from './follow-dates';

/** A recorded status, or `late`: planned finish passed, not done, not dropped. */
export type EffectiveStatus = InitiativeStatus | 'late';

/** Every effective status, in the order a summary lists them. */
export const EFFECTIVE_STATUSES: readonly EffectiveStatus[] = [
  'done',
  'in-progress',
  'late',
  'not-started',
  'dropped',
];

/** What progress needs of a plan item: the roadmap item's timing and links, and its owner. */
export type ProgressItem = Pick<RoadmapItem, 'id' | 'phase' | 'start' | 'end' | 'dependsOn'> & {
  /** The owner shown in the plan: the one the user named, else the suggested role. */
  readonly owner: string;
};

/** One initiative as the "where the plan stands" view and the timeline show it. */
export interface ItemStanding {
  readonly id: string;
  readonly phase: ProgressItem['phase'];
  readonly owner: string;
  /** The status the team recorded; `not-started` when none was. */
  readonly recorded: InitiativeStatus;
  readonly status: EffectiveStatus;
  /** First planned day, yyyy-mm-dd. */
  readonly plannedStart: string;
  /** Last planned working day, yyyy-mm-dd. */
  readonly plannedFinish: string;
  readonly actualStart?: string | undefined;
  readonly actualFinish?: string | undefined;
  /** Days the actual start came after the planned one (negative: earlier); absent without one. */
  readonly startSlipDays?: number | undefined;
  /** Days the actual finish came after the planned one (negative: earlier); absent without one. */
  readonly finishSlipDays?: number | undefined;
  /** For a late item: the open items that wait for it, directly or not, in plan order. */
  readonly holdsUp: readonly string[];
}

/** How many initiatives have each effective status. */
export type StatusCounts = Readonly<Record<EffectiveStatus, number>>;

/** The whole plan's standing. */
export interface PlanStanding {
  /** In plan order. */
  readonly items: readonly ItemStanding[];
  readonly total: StatusCounts;
  /** Counts by phase id, phases in plan order. */
  readonly byPhase: Readonly<Record<string, StatusCounts>>;
  /** Counts by owner, owners in plan order. */
  readonly byOwner: Readonly<Record<string, StatusCounts>>;
}

/** What the standing is computed from. */
export interface PlanStandingInput {
  readonly items: readonly ProgressItem[];
  readonly progress: Readonly<Record<string, InitiativeProgress>>;
  /** The plan's week 0, yyyy-mm-dd (a real day). */
  readonly planStart: string;
  /** Today, yyyy-mm-dd. */
  readonly today: string;
}

/**
 * The effective status: done and dropped stand as recorded; anything else is late once the
 * planned finish is before today.
 */
export function getEffectiveStatus(
  recorded: InitiativeStatus,
  plannedFinish: string,
  today: string,
): EffectiveStatus {
  if (recorded === 'done' || recorded === 'dropped') return recorded;
  return plannedFinish < today ? 'late' : recorded;
}

/** A zero count for every status. */
export function emptyCounts(): Record<EffectiveStatus, number> {
  return { done: 0, 'in-progress': 0, late: 0, 'not-started': 0, dropped: 0 };
}

/** Each item's direct dependents, by id: the reverse of `dependsOn`. */
export function getDependentsMap(
  items: readonly Pick<ProgressItem, 'id' | 'dependsOn'>[],
): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const item of items) {
    for (const needed of item.dependsOn) {
      const list = map.get(needed);
      if (list) list.push(item.id);
      else map.set(needed, [item.id]);
    }
  }
  return map;
}

/**
 * The items that wait for `id`, directly or through others, in plan order.
 * @param items the plan, each with its `dependsOn`
 * @param dependents `getDependentsMap(items)`, when the caller asks for many items
 */
export function getDependents(
  id: string,
  items: readonly Pick<ProgressItem, 'id' | 'dependsOn'>[],
  dependents: ReadonlyMap<string, readonly string[]> = getDependentsMap(items),
): string[] {
  const found = new Set<string>();
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const waiting of dependents.get(next) ?? []) {
      if (found.has(waiting)) continue;
      found.add(waiting);
      queue.push(waiting);
    }
  }
  found.delete(id);
  return items.filter((item) => found.has(item.id)).map((item) => item.id);
}

function slip(planned: string, actual: string | undefined): number | undefined {
  return actual === undefined ? undefined : daysBetween(planned, actual);
}

/** A plan's week dates, each worked out once: many items share a start or an end week. */
interface WeekDays {
  readonly start: (week: number) => string;
  readonly finish: (week: number) => string;
}

function cached(compute: (week: number) => string): (week: number) => string {
  const known = new Map<number, string>();
  return (week) => {
    let day = known.get(week);
    if (day === undefined) {
      day = compute(week);
      known.set(week, day);
    }
    return day;
  };
}

function getWeekDays(planStart: string): WeekDays {
  return {
    // weekToDate's rule (7 days a week from the plan start), without parsing the start each time.
    start: cached((week) => addDays(planStart, week * 7)),
    finish: cached((week) => lastWorkingDay(planStart, week)),
  };
}

/** What one item's standing is worked out with, shared by every item of the plan. */
interface StandingContext {
  readonly input: PlanStandingInput;
  readonly days: WeekDays;
  readonly dependents: ReadonlyMap<string, readonly string[]>;
  /** Items recorded done or dropped: they hold nothing up and nothing waits on them. */
  readonly closed: ReadonlySet<string>;
}

function standOf(item: ProgressItem, context: StandingContext): ItemStanding {
  const { input, days } = context;
  const recorded = Object.hasOwn(input.progress, item.id) ? input.progress[item.id] : undefined;
  const plannedStart = days.start(item.start);
  const plannedFinish = days.finish(Math.max(item.end, item.start + 1));
  const recordedStatus = recorded?.status ?? 'not-started';
  const status = getEffectiveStatus(recordedStatus, plannedFinish, input.today);
  return {
    id: item.id,
    phase: item.phase,
    owner: item.owner,
    recorded: recordedStatus,
    status,
    plannedStart,
    plannedFinish,
    actualStart: recorded?.actualStart,
    actualFinish: recorded?.actualFinish,
    startSlipDays: slip(plannedStart, recorded?.actualStart),
    finishSlipDays: slip(plannedFinish, recorded?.actualFinish),
    holdsUp:
      status === 'late'
        ? getDependents(item.id, input.items, context.dependents).filter(
            (id) => !context.closed.has(id),
          )
        : [],
  };
}

function count(
  groups: Record<string, Record<EffectiveStatus, number>>,
  key: string,
  status: EffectiveStatus,
): void {
  const counts = (groups[key] ??= emptyCounts());
  counts[status] += 1;
}

/** Where the plan stands today: every item's status, counts, timeline dates and hold-ups. */
export function getPlanStanding(input: PlanStandingInput): PlanStanding {
  const closed = new Set<string>();
  for (const [id, recorded] of Object.entries(input.progress)) {
    if (recorded.status === 'done' || recorded.status === 'dropped') closed.add(id);
  }
  const context: StandingContext = {
    input,
    days: getWeekDays(input.planStart),
    dependents: getDependentsMap(input.items),
    closed,
  };
  const items = input.items.map((item) => standOf(item, context));
  const total = emptyCounts();
  // Owners are typed by people: without a prototype, an owner named `__proto__` is just a key.
  const byPhase = Object.create(null) as Record<string, Record<EffectiveStatus, number>>;
  const byOwner = Object.create(null) as Record<string, Record<EffectiveStatus, number>>;
  for (const item of items) {
    total[item.status] += 1;
    count(byPhase, item.phase, item.status);
    count(byOwner, item.owner, item.status);
  }
  return { items, total, byPhase, byOwner };
}
