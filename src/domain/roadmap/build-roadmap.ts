/**
 * The roadmap generator (initiatives by phase, with KPIs): selects the initiatives the answers
 * trigger, ranks them by the gap they close, plans the channel rollout, and schedules everything
 * in weeks within the parallel-work limits. Pure and deterministic: the same input, in any
 * library order, gives the same roadmap.
 */
import { planChannelRollout, type ChannelStep } from './channel-rollout';
import { getParallelLimit, scaleWeeks } from './durations';
import {
  CHANGE_MANAGEMENT_LIMIT,
  type Roadmap,
  type RoadmapInitiative,
  type RoadmapInput,
  type RoadmapItem,
} from './model';
import { getPriority } from './rank-initiatives';
import { scheduleTasks, type ScheduleTask } from './schedule-initiatives';
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

function planInitiative(
  resolved: ResolvedInitiative,
  input: RoadmapInput,
  step: ChannelStep | undefined,
): PlannedInitiative {
  const { initiative, triggeredBy } = resolved;
  const task: ScheduleTask = {
    id: initiative.id,
    phase: initiative.phase,
    changeManagement: initiative.changeManagement,
    weeks: scaleWeeks(step?.weeks ?? initiative.weeks, input.companySize),
    dependsOn: [...resolved.dependsOn, ...(step?.after ?? [])],
    priority: getPriority(resolved, input),
    impact: initiative.impact,
    effort: initiative.effort,
  };
  return { initiative, triggeredBy, task };
}

function toItem(planned: PlannedInitiative, start: number, end: number): RoadmapItem {
  const { initiative, task } = planned;
  return {
    id: initiative.id,
    phase: initiative.phase,
    dimension: initiative.dimension,
    changeManagement: initiative.changeManagement,
    ...(initiative.channel === undefined ? {} : { channel: initiative.channel }),
    start,
    end,
    weeks: task.weeks,
    priority: task.priority,
    triggeredBy: planned.triggeredBy,
    dependsOn: task.dependsOn,
    kpis: initiative.kpis,
  };
}

/** Builds the roadmap from the initiative library, the answers, the scores and the targets. */
export function buildRoadmap(input: RoadmapInput): Roadmap {
  const usedChannels = getUsedChannels(input.channels);
  const channelOrder = getChannelOrder(usedChannels, input.channelOrder);
  const library = getUniqueInitiatives(input.initiatives);
  const selected = resolveDependencies(selectInitiatives(library, input.answers, usedChannels));
  const steps = planChannelRollout(
    selected.map((s) => s.initiative),
    channelOrder,
    new Map(selected.map((s) => [s.initiative.id, s.dependsOn])),
  );
  const planned = new Map(
    selected.map((s) => [s.initiative.id, planInitiative(s, input, steps.get(s.initiative.id))]),
  );
  const parallelLimit = getParallelLimit(input.companySize, input.parallelLimit);
  const schedule = scheduleTasks(
    [...planned.values()].map((p) => p.task),
    { main: parallelLimit, changeManagement: CHANGE_MANAGEMENT_LIMIT },
  );
  const items = schedule.map(({ id, start, end }) => toItem(planned.get(id)!, start, end));
  return {
    items,
    totalWeeks: Math.max(0, ...items.map((item) => item.end)),
    parallelLimit,
    changeManagementLimit: CHANGE_MANAGEMENT_LIMIT,
    channelOrder,
  };
}
