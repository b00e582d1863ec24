/** Tiny inline content for the decision tests: each case states only what matters to it. */
import type {
  DecisionCriterion,
  OptionId,
  WeightAdjustment,
  WeightedCriterion,
} from '~/domain/decision/model';
import type { TcoFigures } from '~/domain/schemas/content';

/** Scores in option order: packaged SaaS, packaged on-premise, custom development, hybrid platform. */
export type OptionScores = readonly [number, number, number, number];

/** A criterion with the four option scores, in option order. */
export function criterion(
  id: string,
  [saas, premise, custom, hybrid]: OptionScores,
): DecisionCriterion {
  return {
    id,
    scores: {
      'packaged-saas': { score: saas },
      'packaged-on-premise': { score: premise },
      'custom-development': { score: custom },
      'hybrid-platform': { score: hybrid },
    },
  };
}

/** A criterion for default weights: its authored weight and adjustments. */
export function weighted(
  id: string,
  defaultWeight: number,
  adjustments: readonly WeightAdjustment[] = [],
): WeightedCriterion {
  return { id, defaultWeight, adjustments };
}

/** A profile adjustment: `field` answered with one of `options` moves the weight by `change`. */
export function byProfile(field: string, options: string[], change: number): WeightAdjustment {
  return {
    profile: field,
    in: options,
    weightChange: change,
    reason: { en: `${field} ${options.join('/')}`, es: `${field} ${options.join('/')} (es)` },
  };
}

/** A dimension adjustment: a score of `dimension` below `scoreBelow` moves the weight by `change`. */
export function byDimension(
  dimension: string,
  scoreBelow: number,
  change: number,
): WeightAdjustment {
  return {
    dimension,
    scoreBelow,
    weightChange: change,
    reason: {
      en: `${dimension} below ${scoreBelow}`,
      es: `${dimension} por debajo de ${scoreBelow}`,
    },
  };
}

/** Cost figures: all zero except the given ones. */
export function figures(overrides: Partial<TcoFigures> = {}): TcoFigures {
  return {
    subscriptionPerUserMonth: 0,
    licencePerUser: 0,
    implementation: 0,
    customization: 0,
    integration: 0,
    dataMigration: 0,
    training: 0,
    internalStaffPerYear: 0,
    hostingPerYear: 0,
    maintenancePercent: 0,
    upgradesPerYear: 0,
    ...overrides,
  };
}

/** The same figures for all four options. */
export function sameFigures(all: TcoFigures): Record<OptionId, TcoFigures> {
  return {
    'packaged-saas': all,
    'packaged-on-premise': all,
    'custom-development': all,
    'hybrid-platform': all,
  };
}

/**
 * The worked example used across the tests. Weighted sums: SaaS 41, hybrid 40, on-premise 27,
 * custom 18, over a total weight of 10.
 */
export const example = {
  criteria: [
    criterion('time-to-first-channel', [5, 3, 1, 4]),
    criterion('fit-to-requirements', [2, 3, 5, 4]),
    criterion('upgrades-keep-customizations', [4, 2, 1, 4]),
  ],
  weights: {
    'time-to-first-channel': 5,
    'fit-to-requirements': 2,
    'upgrades-keep-customizations': 3,
  },
} as const;
