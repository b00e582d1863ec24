/**
 * The user's changes to a generated roadmap: initiatives left out, start weeks moved, owners
 * named. Edits never reschedule anything silently: a start before a dependency ends is flagged
 * as a conflict for the user to resolve.
 */
import type { Roadmap, RoadmapItem } from './model';

/** The latest start week an override may set: ten years of weeks. */
export const MAX_START_WEEK = 520;

/** What the user changed, by initiative id. */
export interface RoadmapEdits {
  /** Initiatives left out of the plan. */
  readonly excluded: readonly string[];
  /** Start-week overrides: whole numbers 0–520; other values are ignored. */
  readonly startWeeks: Readonly<Record<string, number>>;
  /** Owner names; blank ones are ignored. */
  readonly owners: Readonly<Record<string, string>>;
}

/** No edits. */
export const NO_ROADMAP_EDITS: RoadmapEdits = { excluded: [], startWeeks: {}, owners: {} };

/** A roadmap item after the edits. */
export interface EditedRoadmapItem extends RoadmapItem {
  /** The owner the user named, trimmed, or null. */
  readonly owner: string | null;
  /** Whether the start week is the user's rather than the generated one. */
  readonly startOverridden: boolean;
  /** Dependencies that were excluded: no longer waited for, kept here so the plan can say so. */
  readonly excludedDependencies: readonly string[];
}

/** A start week that breaks a dependency. */
export interface RoadmapConflict {
  readonly id: string;
  readonly dependencyId: string;
  readonly kind: 'starts-before-dependency-ends';
}

/** A roadmap after the user's edits. */
export interface EditedRoadmap extends Omit<Roadmap, 'items'> {
  /** By start week; items with the same start keep their generated order. */
  readonly items: readonly EditedRoadmapItem[];
  /** The ids actually removed, in generated order. */
  readonly excluded: readonly string[];
  readonly conflicts: readonly RoadmapConflict[];
}

/** Returns true for a start week an override may set: a whole number from 0 to 520. */
export function isValidStartWeek(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_START_WEEK
  );
}

function getOwn<T>(record: Readonly<Record<string, T>>, id: string): unknown {
  // Own keys only: an item called "constructor" must not read Object.prototype.constructor.
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function editItem(
  item: RoadmapItem,
  edits: RoadmapEdits,
  excluded: ReadonlySet<string>,
): EditedRoadmapItem {
  const override = getOwn(edits.startWeeks, item.id);
  const owner = getOwn(edits.owners, item.id);
  const start = isValidStartWeek(override) ? override : item.start;
  return {
    ...item,
    start,
    end: start + item.weeks,
    dependsOn: item.dependsOn.filter((id) => !excluded.has(id)),
    owner: typeof owner === 'string' && owner.trim() !== '' ? owner.trim() : null,
    startOverridden: isValidStartWeek(override),
    excludedDependencies: item.dependsOn.filter((id) => excluded.has(id)),
  };
}

/** Every item that starts before one of its dependencies ends, in item and dependency order. */
export function findConflicts(
  items: readonly Pick<RoadmapItem, 'id' | 'start' | 'end' | 'dependsOn'>[],
): RoadmapConflict[] {
  const ends = new Map(items.map((item) => [item.id, item.end]));
  return items.flatMap((item) =>
    item.dependsOn
      .filter((id) => item.start < (ends.get(id) ?? Number.NEGATIVE_INFINITY))
      .map((dependencyId) => ({
        id: item.id,
        dependencyId,
        kind: 'starts-before-dependency-ends' as const,
      })),
  );
}

/** Applies the user's edits: removes excluded items, moves overridden starts, names owners, flags conflicts. */
export function applyRoadmapEdits(roadmap: Roadmap, edits: RoadmapEdits): EditedRoadmap {
  const ids = new Set(roadmap.items.map((item) => item.id));
  const excluded = new Set(edits.excluded.filter((id) => ids.has(id)));
  const items = roadmap.items
    .filter((item) => !excluded.has(item.id))
    .map((item) => editItem(item, edits, excluded))
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.start - b.item.start || a.index - b.index)
    .map(({ item }) => item);
  return {
    ...roadmap,
    items,
    totalWeeks: Math.max(0, ...items.map((item) => item.end)),
    excluded: roadmap.items.filter((item) => excluded.has(item.id)).map((item) => item.id),
    conflicts: findConflicts(items),
  };
}
