/**
 * The phased channel rollout of the method: the first channel goes live about 16 weeks into the
 * project; each further channel reuses the platform and takes one slot (its own design slice,
 * setup, training and go-live, at most 12 weeks), one after the other: about a year for all.
 */
import type { ChannelId, RoadmapInitiative } from './model';
import { compareIds } from './rank-initiatives';

/** How a channel initiative fits in the rollout. */
export interface ChannelStep {
  /** Weeks for a medium organization for the first channel; a later channel's slot as it is. */
  readonly weeks: number;
  /** The previous channel's initiatives it waits for. */
  readonly after: readonly string[];
  /** 0 for the first channel to go live, 1 for the next… */
  readonly position: number;
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
 * channel's initiatives keep their weeks; each later channel's initiatives take one slot of
 * `slotWeeks` and wait for the previous channel's. When authored dependencies already run the
 * other way, they win: the link that would close a cycle is left out.
 * @param dependsOn the selected initiatives' dependencies, by id
 * @param slotWeeks weeks between two go-lives (see `getChannelSpacing`)
 */
export function planChannelRollout(
  selected: readonly RoadmapInitiative[],
  order: readonly ChannelId[],
  dependsOn: ReadonlyMap<string, readonly string[]>,
  slotWeeks: number,
): Map<string, ChannelStep> {
  const graph = new Map(dependsOn);
  const steps = new Map<string, ChannelStep>();
  let previous: readonly RoadmapInitiative[] = [];
  let position = 0;
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
      const weeks = position === 0 ? initiative.weeks : slotWeeks;
      steps.set(initiative.id, { weeks, after, position });
    }
    previous = group;
    position += 1;
  }
  return steps;
}
