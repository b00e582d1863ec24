/** Maturity levels and verdicts: the words a readiness index turns into. */

/** The five maturity levels, lowest first, with the lowest rounded index each starts at. */
export const MATURITY_LEVELS = [
  { level: 1, id: 'initial', from: 0 },
  { level: 2, id: 'developing', from: 20 },
  { level: 3, id: 'defined', from: 40 },
  { level: 4, id: 'managed', from: 60 },
  { level: 5, id: 'optimized', from: 80 },
] as const;

/** One maturity level. */
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];
/** The id of a maturity level, used as the key of its name and meaning in the UI strings. */
export type MaturityId = MaturityLevel['id'];

/**
 * The readiness index as people see and classify it: rounded to a whole number, so that the
 * level shown beside "40 / 100" is always the level that 40 belongs to.
 */
export function toDisplayIndex(index: number): number {
  return Math.min(100, Math.max(0, Math.round(index)));
}

/** Returns the maturity level of a readiness index (0–100). */
export function getMaturityLevel(index: number): MaturityLevel {
  const shown = toDisplayIndex(index);
  let found: MaturityLevel = MATURITY_LEVELS[0];
  for (const level of MATURITY_LEVELS) {
    if (shown >= level.from) found = level;
  }
  return found;
}

/** The verdicts, from the most to the least restrictive. */
export const VERDICT_IDS = [
  'not-ready',
  'provisional',
  'foundations',
  'focused-start',
  'ready',
] as const;
/** One verdict. */
export type VerdictId = (typeof VERDICT_IDS)[number];

/** What the verdict is decided from. */
export interface VerdictInput {
  readonly blockerCount: number;
  readonly openCriticalCount: number;
  readonly provisional: boolean;
  /** The readiness index, or null when no dimension has a score. */
  readonly index: number | null;
}

/**
 * Decides the verdict; the first rule that matches wins. Blockers cap everything, then open
 * critical questions and a provisional index, then the index bands (below 40, 40–59, 60 and up).
 */
export function getVerdict(input: VerdictInput): VerdictId {
  if (input.blockerCount > 0) return 'not-ready';
  if (input.openCriticalCount > 0 || input.provisional || input.index === null) {
    return 'provisional';
  }
  const shown = toDisplayIndex(input.index);
  if (shown < 40) return 'foundations';
  if (shown < 60) return 'focused-start';
  return 'ready';
}
