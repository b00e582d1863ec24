/**
 * List scheduling in whole weeks from week 0. At each week, in order, every initiative that is
 * ready starts while its lane has room: its dependencies have ended, and the phase gate is open
 * (analysis → diagnosis → action: no initiative starts before every main-lane initiative of an
 * earlier phase has started). Change-management work has its own lane and limit.
 */
import { PHASE_IDS, type PhaseId } from '../scoring/model';
import { compareRank, type RankKey } from './rank-initiatives';

/** An initiative as the scheduler sees it. */
export interface ScheduleTask extends RankKey {
  readonly phase: PhaseId;
  readonly changeManagement: boolean;
  /** At least 1. */
  readonly weeks: number;
  /** Ids of other tasks; ids that are not tasks are ignored. */
  readonly dependsOn: readonly string[];
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

/** A task with its phase gate (see `getPhaseGates`). */
type GatedTask = ScheduleTask & { readonly gate: number };

interface ScheduleState {
  /** Tasks in pick order: phase, then rank. */
  readonly tasks: readonly GatedTask[];
  readonly ids: ReadonlySet<string>;
  readonly scheduled: Map<string, ScheduledTask>;
}

/** The lowest gate among tasks not started yet: of the main lane, and of both lanes. */
interface OpenGates {
  readonly main: number;
  readonly all: number;
}

function withGates(tasks: readonly ScheduleTask[]): GatedTask[] {
  const byId = new Map(tasks.map((task) => [task.id, task]));
  const gates = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (task: ScheduleTask): number => {
    const known = gates.get(task.id);
    if (known !== undefined) return known;
    // A dependency cycle: skip the edge that closes it; scheduleTasks reports the cycle.
    if (visiting.has(task.id)) return PHASE_IDS.indexOf(task.phase);
    visiting.add(task.id);
    let gate = PHASE_IDS.indexOf(task.phase);
    for (const id of task.dependsOn) {
      const dependency = byId.get(id);
      if (dependency) gate = Math.max(gate, visit(dependency));
    }
    visiting.delete(task.id);
    gates.set(task.id, gate);
    return gate;
  };
  return tasks.map((task) => ({ ...task, gate: visit(task) }));
}

/**
 * Each task's gate: its phase's index, raised to the gate of any dependency in a later phase, so
 * that an initiative waiting for later-phase work cannot deadlock the phase order. With content
 * whose dependencies point to the same or earlier phases, the gate is just the phase.
 */
export function getPhaseGates(tasks: readonly ScheduleTask[]): Map<string, number> {
  return new Map(withGates(tasks).map((task) => [task.id, task.gate]));
}

function createState(tasks: readonly ScheduleTask[]): ScheduleState {
  const pickOrder = (a: GatedTask, b: GatedTask) =>
    PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase) || compareRank(a, b);
  return {
    tasks: withGates(tasks).sort(pickOrder),
    ids: new Set(tasks.map((task) => task.id)),
    scheduled: new Map(),
  };
}

function getOpenGates(state: ScheduleState): OpenGates {
  let main = Number.POSITIVE_INFINITY;
  let all = Number.POSITIVE_INFINITY;
  for (const task of state.tasks) {
    if (state.scheduled.has(task.id)) continue;
    all = Math.min(all, task.gate);
    if (!task.changeManagement) main = Math.min(main, task.gate);
  }
  return { main, all };
}

function isReady(task: GatedTask, week: number, state: ScheduleState, open: OpenGates): boolean {
  // Change-management work waits for both lanes of earlier phases; main work for the main lane only.
  const gateOpen = task.gate <= (task.changeManagement ? open.all : open.main);
  if (state.scheduled.has(task.id) || !gateOpen) return false;
  return task.dependsOn.every((id) => {
    const dependency = state.scheduled.get(id);
    if (dependency) return dependency.end <= week;
    return !state.ids.has(id); // not a task: ignored
  });
}

function countRunning(changeManagement: boolean, week: number, state: ScheduleState): number {
  return state.tasks.filter(
    (task) =>
      task.changeManagement === changeManagement && (state.scheduled.get(task.id)?.end ?? 0) > week,
  ).length;
}

/** Mutates `state`: starts every ready task that has room at `week`, until none is left. */
function startReadyTasks(week: number, state: ScheduleState, limits: ScheduleLimits): void {
  let started = true;
  while (started) {
    started = false;
    // Gates only open as tasks start; one that opens during this pass is seen in the next.
    const open = getOpenGates(state);
    for (const task of state.tasks) {
      if (!isReady(task, week, state, open)) continue;
      const limit = task.changeManagement ? limits.changeManagement : limits.main;
      if (countRunning(task.changeManagement, week, state) >= Math.max(1, limit)) continue;
      state.scheduled.set(task.id, { id: task.id, start: week, end: week + task.weeks });
      // Starting a task can open a phase gate for tasks already passed over: look again.
      started = true;
    }
  }
}

/**
 * Schedules every task once, in start order (ties: pick order — phase, priority, impact,
 * effort, id). Task ids must be unique.
 * @throws Error when dependencies form a cycle (the content check rejects such a library).
 */
export function scheduleTasks(
  tasks: readonly ScheduleTask[],
  limits: ScheduleLimits,
): ScheduledTask[] {
  const state = createState(tasks);
  let week = 0;
  for (;;) {
    startReadyTasks(week, state, limits);
    if (state.scheduled.size === tasks.length) return [...state.scheduled.values()];
    const ends = [...state.scheduled.values()].map((s) => s.end).filter((end) => end > week);
    if (ends.length === 0) {
      const stuck = state.tasks.filter((task) => !state.scheduled.has(task.id)).map((t) => t.id);
      throw new Error(
        `These initiatives wait for each other in a dependency cycle: ${stuck.join(', ')}. Run the content check (npm run build) to find the cycle and break it.`,
      );
    }
    week = Math.min(...ends);
  }
}
