/**
 * The shapes the packaged-vs-custom decision works on (criteria, options, cost of ownership; issue
 * #6). Like the scoring and roadmap models they keep ids and numbers only: names, descriptions and
 * reasons stay in the content. Types come from the content schemas through `import type`, so the
 * schemas (Astro's zod) never reach a browser bundle.
 */
import type { Criterion } from '../schemas/content';

/** One way of getting a CRM (`OPTION_IDS` in the content schema). */
export type OptionId = keyof Criterion['scores'];

/** A condition on the assessment that moves a criterion's default weight, with its reason text. */
export type WeightAdjustment = Criterion['adjustments'][number];

/**
 * Each option's position in the fixed order used to break ties: the content order of `OPTION_IDS`
 * (packaged SaaS, packaged on-premise, custom development, hybrid platform). A record, so that
 * type-checking fails when an option is added to the schema and not here.
 */
const OPTION_POSITION: Readonly<Record<OptionId, number>> = {
  'packaged-saas': 0,
  'packaged-on-premise': 1,
  'custom-development': 2,
  'hybrid-platform': 3,
};

/** The four options in tie-break order (the content order of `OPTION_IDS`). */
export const DECISION_OPTION_IDS: readonly OptionId[] = (
  Object.keys(OPTION_POSITION) as OptionId[]
).sort((a, b) => OPTION_POSITION[a] - OPTION_POSITION[b]);

/** Returns an option's tie-break position: lower comes first. */
export function getOptionPosition(optionId: OptionId): number {
  return OPTION_POSITION[optionId];
}

/** The lowest weight: the criterion is ignored. */
export const MIN_WEIGHT = 0;
/** The highest weight: the criterion is decisive. */
export const MAX_WEIGHT = 5;
/** The lowest default weight: a default never switches a criterion off. */
export const MIN_DEFAULT_WEIGHT = 1;
/** The highest option score on a criterion. */
export const MAX_SCORE = 5;

/** The company sizes whose option scores may differ from a medium organization's. */
export type ScaledSize = 'micro' | 'small' | 'large';

/** Option scores for each size that has its own; options not named keep the authored score. */
export type SizeScores = Readonly<
  Partial<Record<ScaledSize, Readonly<Partial<Record<OptionId, number | undefined>>> | undefined>>
>;

/** What ranking needs of a criterion; the authored `Criterion` fits it as it is. */
export interface DecisionCriterion {
  readonly id: string;
  /** The scores of a medium organization, or of one whose size is not known. */
  readonly scores: Readonly<Record<OptionId, { readonly score: number }>>;
  /** Scores that depend on the organization's size (`toSizedCriteria` applies them). */
  readonly sizeScaling?: SizeScores | undefined;
}

/** What default weights need of a criterion; the authored `Criterion` fits it as it is. */
export interface WeightedCriterion {
  readonly id: string;
  /** Integer 1–5. */
  readonly defaultWeight: number;
  readonly adjustments: readonly WeightAdjustment[];
}

/** Criterion weights keyed by criterion id: integers 0–5 in the UI, 0 ignores the criterion. */
export type CriterionWeights = Readonly<Partial<Record<string, number>>>;

/** The user's own scores keyed by criterion id, then option id; missing ones keep the authored score. */
export type ScoreOverrides = Readonly<
  Partial<Record<string, Readonly<Partial<Record<OptionId, number>>>>>
>;

/** Returns `value` within `min`–`max` (±Infinity goes to the nearer bound); NaN becomes `fallback`. */
export function clampNumber(value: number, min: number, max: number, fallback: number): number {
  if (Number.isNaN(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}
