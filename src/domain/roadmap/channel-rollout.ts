/**
 * The phased channel rollout of the method: about 16 weeks to bring the first channel into
 * operation, then each further channel reuses the platform and takes about 12, one after the
 * other — about a year for all four (16 + 3 × 12 = 52 weeks).
 */
import { FOLLOW_ON_CHANNEL_WEEKS, type ChannelId, type RoadmapInitiative } from './model';
import { compareIds } from './rank-initiatives';

/** How a channel initiative fits in the rollout. */
export interface ChannelStep {
  /** Weeks for a medium organization: its own for the first channel, at most 12 for the others. */
  readonly weeks: number;
  /** The previous channel's initiatives it waits for. */
  readonly after: readonly string[];
}

/** Returns true when `from` depends on `to`, directly or through other initiatives. */
export function dependsTransitively(
  from: string,
  to: string,
  dependsOn: ReadonlyMap<string, readonly string[]>,
): boolean {
  const seen = new Set<string>();
  const stack = [from];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (id === to) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(dependsOn.get(id) ?? []));
  }
  return false;
}

/**
 * Plans the channel initiatives among `selected`, channel by channel in `order`: the first
 * channel's initiatives keep their weeks; each later channel's initiatives take at most 12 weeks
 * (reuse never makes a rollout longer) and wait for the previous channel's. When authored
 * dependencies already run the other way, they win: the link that would close a cycle is left out.
 * @param dependsOn the selected initiatives' dependencies, by id
 */
export function planChannelRollout(
  selected: readonly RoadmapInitiative[],
  order: readonly ChannelId[],
  dependsOn: ReadonlyMap<string, readonly string[]>,
): Map<string, ChannelStep> {
  const graph = new Map(dependsOn);
  const steps = new Map<string, ChannelStep>();
  let previous: readonly RoadmapInitiative[] = [];
  for (const channel of order) {
    const group = selected
      .filter((initiative) => initiative.channel === channel)
      .sort((a, b) => compareIds(a.id, b.id));
    if (group.length === 0) continue;
    for (const initiative of group) {
      const after = previous
        .map((p) => p.id)
        .filter((id) => !dependsTransitively(id, initiative.id, graph));
      graph.set(initiative.id, [...(graph.get(initiative.id) ?? []), ...after]);
      const weeks =
        previous.length === 0
          ? initiative.weeks
          : Math.min(initiative.weeks, FOLLOW_ON_CHANNEL_WEEKS);
      steps.set(initiative.id, { weeks, after });
    }
    previous = group;
  }
  return steps;
}
