/** Target profiles: where the organization wants each dimension to be, and how far it is. */

/** Ambition presets and the score they set for every dimension. */
export const AMBITION_PRESETS = { foundation: 50, competitive: 70, leading: 85 } as const;
/** One ambition preset. */
export type AmbitionPreset = keyof typeof AMBITION_PRESETS;
/** The preset a new assessment starts with. */
export const DEFAULT_AMBITION: AmbitionPreset = 'competitive';

/** Targets (0–100) keyed by dimension id. */
export type Targets = Readonly<Record<string, number>>;

/** Sets every dimension's target from a preset. */
export function getPresetTargets(preset: AmbitionPreset, dimensionIds: readonly string[]): Targets {
  const target = AMBITION_PRESETS[preset];
  return Object.fromEntries(dimensionIds.map((id) => [id, target]));
}

/** Keeps a target inside 0–100 as a whole number; anything that is not a finite number becomes null. */
export function toValidTarget(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** gap = max(0, target − score); null when the dimension has no score yet. */
export function getGap(score: number | null, target: number): number | null {
  if (score === null) return null;
  return Math.max(0, target - score);
}
