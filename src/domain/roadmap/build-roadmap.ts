/**
 * The roadmap generator: selects the initiatives the answers trigger, ranks them by the blockers
 * and weighted gaps they close, groups them into the plan and the later work, plans the channel
 * rollout, and schedules everything in weeks within the parallel-work limits and the method's
 * clock (see `plan-clock.ts`). Pure and deterministic: the same input, in any library order,
 * gives the same roadmap.
 */
import { dependsTransitively, planChannelRollout, type ChannelStep } from './channel-rollout';
import { getParallelLimit, scaleWeeks } from './durations';
import {
  CHANGE_MANAGEMENT_LIMIT,
  FOCUS_SIZE,
  PROJECT_START_WEEKS,
  type ChannelId,
  type Roadmap,
  type RoadmapInitiative,
  type RoadmapInput,
  type RoadmapItem,
} from './model';
import { getChannelSpacing, getFirstGoLiveWeek, scheduleOnClock } from './plan-clock';
import { getBlockersClosed, groupInitiatives, type FocusPlacement } from './plan-focus';
import { getPriority } from './rank-initiatives';
import type { ScheduleTask } from './schedule-initiatives';
import {
  getChannelOrder,
  getUsedChannels,
  selectInitiatives,
  type SelectedInitiative,
} from './select-initiatives';

/** A selected initiative ready to schedule, with what the roadmap item reports about it. */
interface PlannedInitiative {
  readonly initiative: RoadmapInitiative;
  readonly triggeredBy: readonly string[];
  readonly blockers: readonly string[];
  readonly task: ScheduleTask;
}

/** Keeps the first initiative of each id (the content check rejects duplicates anyway). */
function getUniqueInitiatives(initiatives: readonly RoadmapInitiative[]): RoadmapInitiative[] {
  const seen = new Set<string>();
  return initiatives.filter((initiative) => {
    if (seen.has(initiative.id)) return false;
    seen.add(initiative.id);
    return true;
  });
}

/** A selected initiative with its dependencies among the selected ones. */
interface ResolvedInitiative extends SelectedInitiative {
  readonly dependsOn: readonly string[];
}

/**
 * Keeps each initiative's dependencies on selected initiatives. A dependency on an initiative that
 * was not selected is dropped, not pulled in: the answers say that work is not needed (or not for
 * this organization's channels), so the plan does not wait for it.
 */
function resolveDependencies(selected: readonly SelectedInitiative[]): ResolvedInitiative[] {
  const ids = new Set(selected.map((s) => s.initiative.id));
  return selected.map((s) => ({
    ...s,
    dependsOn: [...new Set(s.initiative.dependsOn)].filter((id) => ids.has(id)),
  }));
}

/** The clock of one roadmap: the channels that go live, in order, and their deadlines. */
interface Clock {
  readonly firstWeek: number;
  readonly spacing: number;
  /** The first channel's initiatives: first-go-live work waits for them. */
  readonly firstChannelIds: readonly string[];
  /** The work the first go-live waits for (see `isFirstGoLiveWork`). */
  readonly beforeGoLiveIds: readonly string[];
}

/**
 * Whether the first go-live needs it done: analysis work (ProCheck: analysis comes first, so it is
 * never left for later) and what the content anchors `before-first-go-live` (the first channel's
 * design, business case, training, the plan for life after go-live).
 */
export function isFirstGoLiveWork(initiative: RoadmapInitiative): boolean {
  if (initiative.channel !== undefined || initiative.anchor === 'first-go-live') return false;
  return initiative.phase === 'analysis' || initiative.anchor === 'before-first-go-live';
}

/**
 * The work the first go-live waits for, without any that itself waits for a go-live (a channel
 * rollout or post-go-live work, directly or not): that would be a cycle, and its own dependency
 * already orders it.
 */
function getBeforeGoLiveIds(selected: readonly ResolvedInitiative[]): string[] {
  const graph = new Map(selected.map((s) => [s.initiative.id, s.dependsOn]));
  const goLiveIds = selected
    .filter((s) => s.initiative.channel !== undefined || s.initiative.anchor === 'first-go-live')
    .map((s) => s.initiative.id);
  return selected
    .filter((s) => isFirstGoLiveWork(s.initiative))
    .map((s) => s.initiative.id)
    .filter((id) => !goLiveIds.some((goLive) => dependsTransitively(id, goLive, graph)));
}

function getClock(
  selected: readonly ResolvedInitiative[],
  order: readonly ChannelId[],
  input: RoadmapInput,
): Clock {
  const live = order.filter((c) => selected.some((s) => s.initiative.channel === c));
  const firstWeek = getFirstGoLiveWeek(input.companySize);
  return {
    firstWeek,
    spacing: getChannelSpacing(firstWeek, live.length),
    firstChannelIds: selected
      .filter((s) => s.initiative.channel === live[0])
      .map((s) => s.initiative.id),
    beforeGoLiveIds: getBeforeGoLiveIds(selected),
  };
}

/** The latest end the clock sets for an initiative, if any. */
function getDeadline(
  initiative: RoadmapInitiative,
  step: ChannelStep | undefined,
  clock: Clock,
): number | undefined {
  if (initiative.anchor === 'project-start') return PROJECT_START_WEEKS;
  return step ? clock.firstWeek + step.position * clock.spacing : undefined;
}

function planInitiative(
  resolved: ResolvedInitiative,
  input: RoadmapInput,
  step: ChannelStep | undefined,
  context: { clock: Clock; placement: FocusPlacement; blockers: readonly string[] },
): PlannedInitiative {
  const { initiative, triggeredBy } = resolved;
  const { clock } = context;
  const atGoLive = initiative.anchor === 'first-go-live';
  // A later channel's slot comes from the clock as it is; everything else scales with size.
  const weeks =
    step && step.position > 0
      ? step.weeks
      : scaleWeeks(step?.weeks ?? initiative.weeks, input.companySize);
  const task: ScheduleTask = {
    id: initiative.id,
    phase: initiative.phase,
    changeManagement: initiative.changeManagement,
    weeks,
    dependsOn: [
      ...new Set([
        ...resolved.dependsOn,
        ...(step?.after ?? []),
        ...(atGoLive ? clock.firstChannelIds : []),
      ]),
    ],
    priority: getPriority(resolved, input),
    impact: initiative.impact,
    effort: initiative.effort,
    deadline: getDeadline(initiative, step, clock),
    later: context.placement.group === 'later',
    unlimited: atGoLive,
    // The first channel goes live only once the work it needs has ended.
    ...(step?.position === 0 && { finishAfter: clock.beforeGoLiveIds }),
    // Later work waits until the plan's first channel is due to be live.
    ...(context.placement.group === 'later' && { notBefore: clock.firstWeek }),
  };
  return { initiative, triggeredBy, blockers: context.blockers, task };
}

function toItem(
  planned: PlannedInitiative,
  timing: { start: number; end: number; weeks: number },
  placement: FocusPlacement,
): RoadmapItem {
  const { initiative, task } = planned;
  return {
    id: initiative.id,
    phase: initiative.phase,
    dimension: initiative.dimension,
    changeManagement: initiative.changeManagement,
    ...(initiative.channel === undefined ? {} : { channel: initiative.channel }),
    start: timing.start,
    end: timing.end,
    weeks: timing.weeks,
    priority: task.priority,
    triggeredBy: planned.triggeredBy,
    dependsOn: task.dependsOn,
    kpis: initiative.kpis,
    group: placement.group,
    focusRank: placement.focusRank,
    blockers: planned.blockers,
  };
}

/**
 * Places the selected initiatives into the plan or the later work. The project's spine (always
 * needed, a channel rollout, pinned by the clock, needed by the first go-live) is in the plan; any
 * triggered initiative but the always-needed ones and the rollouts may be among the focus.
 */
function placeInitiatives(
  selected: readonly ResolvedInitiative[],
  steps: ReadonlyMap<string, ChannelStep>,
  input: RoadmapInput,
  clock: Clock,
): Map<string, FocusPlacement> {
  const beforeGoLive = new Set(clock.beforeGoLiveIds);
  return groupInitiatives(
    selected.map((s) => ({
      id: s.initiative.id,
      priority: getPriority(s, input),
      impact: s.initiative.impact,
      effort: s.initiative.effort,
      triggeredBy: s.triggeredBy,
      blockers: getBlockersClosed(s.triggeredBy, input.model, input.answers),
      spine:
        s.initiative.always ||
        s.initiative.channel !== undefined ||
        s.initiative.anchor !== undefined ||
        beforeGoLive.has(s.initiative.id),
      rankable: !s.initiative.always && s.initiative.channel === undefined,
      dependsOn: [...s.dependsOn, ...(steps.get(s.initiative.id)?.after ?? [])],
    })),
    FOCUS_SIZE,
  );
}

/** Builds the roadmap from the initiative library, the answers, the scores and the targets. */
export function buildRoadmap(input: RoadmapInput): Roadmap {
  const usedChannels = getUsedChannels(input.channels);
  const channelOrder = getChannelOrder(usedChannels, input.channelOrder);
  const library = getUniqueInitiatives(input.initiatives);
  const selected = resolveDependencies(
    selectInitiatives(library, input.answers, usedChannels, new Set(input.include)),
  );
  const clock = getClock(selected, channelOrder, input);
  const steps = planChannelRollout(
    selected.map((s) => s.initiative),
    channelOrder,
    new Map(selected.map((s) => [s.initiative.id, s.dependsOn])),
    clock.spacing,
  );
  const placements = placeInitiatives(selected, steps, input, clock);
  const planned = new Map(
    selected.map((s) => {
      const id = s.initiative.id;
      const blockers = getBlockersClosed(s.triggeredBy, input.model, input.answers);
      const context = { clock, placement: placements.get(id)!, blockers };
      return [id, planInitiative(s, input, steps.get(id), context)];
    }),
  );
  const parallelLimit = getParallelLimit(input.companySize, input.parallelLimit);
  const keep = new Set([...steps].filter(([, step]) => step.position > 0).map(([id]) => id));
  const soft = new Set(
    selected
      .filter((s) => s.initiative.phase !== 'action' && !s.initiative.always)
      .filter((s) => s.initiative.channel === undefined)
      .map((s) => s.initiative.id),
  );
  const { schedule, tasks } = scheduleOnClock(
    [...planned.values()].map((p) => p.task),
    { main: parallelLimit, changeManagement: CHANGE_MANAGEMENT_LIMIT },
    { keep, soft },
  );
  const weeksOf = new Map(tasks.map((t) => [t.id, t.weeks]));
  const items = schedule.map(({ id, start, end }) =>
    toItem(planned.get(id)!, { start, end, weeks: weeksOf.get(id)! }, placements.get(id)!),
  );
  return {
    items,
    totalWeeks: Math.max(0, ...items.map((item) => item.end)),
    parallelLimit,
    changeManagementLimit: CHANGE_MANAGEMENT_LIMIT,
    channelOrder,
    goLives: getGoLives(items, channelOrder),
  };
}

/** Each channel's go-live: the end of its last rollout initiative, in rollout order. */
export function getGoLives(
  items: readonly Pick<RoadmapItem, 'id' | 'channel' | 'end'>[],
  order: readonly ChannelId[],
): Roadmap['goLives'] {
  return order.flatMap((channel) => {
    const rollout = items.filter((item) => item.channel === channel);
    if (rollout.length === 0) return [];
    const last = rollout.reduce((a, b) => (b.end > a.end ? b : a));
    return [{ channel, id: last.id, week: last.end }];
  });
}
