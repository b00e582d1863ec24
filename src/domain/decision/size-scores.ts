/**
 * Option scores that depend on the organization's size (#14). Some criteria do not weigh
 * differently by size so much as play out differently: the skills an option needs are there in a
 * bank's IT department and not in a ten-person shop. Such a criterion says so in its content
 * (`sizeScaling`, with the reason); its authored scores hold for a medium organization and for an
 * unknown size, and the scores given for micro, small or large organizations replace them.
 */
import {
  DECISION_OPTION_IDS,
  type DecisionCriterion,
  type OptionId,
  type ScaledSize,
} from './model';

/** The sizes with scores of their own; "medium" and unknown sizes use the authored scores. */
const SCALED_SIZES: readonly string[] = ['micro', 'small', 'large'] satisfies ScaledSize[];

/** Returns the size as `sizeScaling` is keyed, or null for medium, unknown or unanswered. */
export function toScaledSize(companySize: string | undefined): ScaledSize | null {
  return companySize !== undefined && SCALED_SIZES.includes(companySize)
    ? (companySize as ScaledSize)
    : null;
}

/** Returns the option's score on a criterion for an organization of `companySize`. */
export function getSizedScore(
  criterion: DecisionCriterion,
  optionId: OptionId,
  companySize: string | undefined,
): number {
  const size = toScaledSize(companySize);
  const scaled = size === null ? undefined : criterion.sizeScaling?.[size]?.[optionId];
  return scaled ?? criterion.scores[optionId].score;
}

/** True when the criterion's scores for `companySize` differ from the authored ones. */
export function isScaledFor(
  criterion: DecisionCriterion,
  companySize: string | undefined,
): boolean {
  return DECISION_OPTION_IDS.some(
    (o) => getSizedScore(criterion, o, companySize) !== criterion.scores[o].score,
  );
}

/**
 * Returns the criteria with each option's score as it holds for an organization of
 * `companySize` (a copy; nothing is mutated). Everything else about a criterion is kept.
 */
export function toSizedCriteria<C extends DecisionCriterion>(
  criteria: readonly C[],
  companySize: string | undefined,
): C[] {
  return criteria.map((c) =>
    isScaledFor(c, companySize)
      ? {
          ...c,
          scores: Object.fromEntries(
            DECISION_OPTION_IDS.map((o) => [
              o,
              { ...c.scores[o], score: getSizedScore(c, o, companySize) },
            ]),
          ) as C['scores'],
        }
      : c,
  );
}
