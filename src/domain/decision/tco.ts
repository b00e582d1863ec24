/**
 * Total cost of ownership of each option over 1–10 years from the user's figures (issue #6 §3).
 *
 * - One-off costs: licence × users + implementation + customization + integration + data
 *   migration + training, all paid in year 1.
 * - Yearly costs: subscription × users × 12 + internal staff + hosting + maintenance % × (licence
 *   × users + customization) + upgrades and re-customization.
 * - Cumulative cost after year y: one-off + y × yearly.
 *
 * Every figure is kept within the content schema's bounds (NaN counts as 0), so no result is ever
 * NaN or Infinity, and every cost is non-decreasing in users and in years.
 */
import type { Decision, TcoFigures } from '../schemas/content';
import { DECISION_OPTION_IDS, clampNumber, type OptionId } from './model';

/** The bounds every figure is kept within: those of the content schema. */
export const TCO_LIMITS = {
  /** The largest amount of money, in the chosen currency. */
  maxAmount: 100_000_000,
  /** The largest number of users. */
  maxUsers: 100_000,
  /** The largest maintenance percentage. */
  maxPercent: 100,
  minYears: 1,
  maxYears: 10,
} as const;

/** The horizon shown before the user picks one, in years. */
export const DEFAULT_TCO_YEARS = 5;

/** What the cost comparison is computed from. */
export interface TcoInputs {
  /** Number of CRM users, 0–100 000 (need not be whole). */
  readonly users: number;
  /** Horizon in whole years, 1–10. */
  readonly years: number;
  readonly options: Readonly<Record<OptionId, TcoFigures>>;
}

/** One-off costs by item, paid in year 1. */
export type OneOffCosts = {
  readonly licences: number;
  readonly implementation: number;
  readonly customization: number;
  readonly integration: number;
  readonly dataMigration: number;
  readonly training: number;
};

/** Costs of every year, by item. */
export type YearlyCosts = {
  readonly subscriptions: number;
  readonly internalStaff: number;
  readonly hosting: number;
  readonly maintenance: number;
  readonly upgrades: number;
};

/** One option's cost over the horizon. */
export interface OptionTco {
  readonly optionId: OptionId;
  readonly oneOffItems: OneOffCosts;
  readonly yearlyItems: YearlyCosts;
  /** Sum of the one-off items. */
  readonly oneOff: number;
  /** Sum of the yearly items. */
  readonly yearly: number;
  /** Cumulative cost at the end of each year: index 0 is year 1 (it includes the one-offs). */
  readonly cumulative: readonly number[];
  /** The cumulative cost at the end of the horizon. */
  readonly total: number;
}

/** The cost of every option, in option order, and the cheapest one. */
export interface TcoResult {
  /** The users and years actually used, after keeping them within bounds. */
  readonly users: number;
  readonly years: number;
  readonly options: readonly OptionTco[];
  /** The option with the lowest total; in a tie, the first in option order. */
  readonly cheapestOptionId: OptionId;
}

/** Keeps an amount within 0 and the schema's maximum; NaN counts as 0. */
function toAmount(value: number): number {
  return clampNumber(value, 0, TCO_LIMITS.maxAmount, 0);
}

/** Returns a horizon as whole years within 1–10 (rounded; NaN gives 1). */
export function toYears(years: number): number {
  return Math.round(clampNumber(years, TCO_LIMITS.minYears, TCO_LIMITS.maxYears, 1));
}

/** Returns a user count within 0–100 000 (NaN gives 0). */
export function toUsers(users: number): number {
  return clampNumber(users, 0, TCO_LIMITS.maxUsers, 0);
}

/** Returns the sum of a cost breakdown's items. */
function sumOf(items: OneOffCosts | YearlyCosts): number {
  return Object.values<number>(items).reduce((sum, value) => sum + value, 0);
}

/** Returns one option's costs over `years` for `users` users (both already within bounds). */
export function computeOptionTco(
  optionId: OptionId,
  figures: TcoFigures,
  users: number,
  years: number,
): OptionTco {
  const licences = toAmount(figures.licencePerUser) * users;
  const customization = toAmount(figures.customization);
  const oneOffItems: OneOffCosts = {
    licences,
    implementation: toAmount(figures.implementation),
    customization,
    integration: toAmount(figures.integration),
    dataMigration: toAmount(figures.dataMigration),
    training: toAmount(figures.training),
  };
  const percent = clampNumber(figures.maintenancePercent, 0, TCO_LIMITS.maxPercent, 0);
  const yearlyItems: YearlyCosts = {
    subscriptions: toAmount(figures.subscriptionPerUserMonth) * users * 12,
    internalStaff: toAmount(figures.internalStaffPerYear),
    hosting: toAmount(figures.hostingPerYear),
    maintenance: (percent / 100) * (licences + customization),
    upgrades: toAmount(figures.upgradesPerYear),
  };
  const oneOff = sumOf(oneOffItems);
  const yearly = sumOf(yearlyItems);
  // Each year computed from scratch rather than by repeated addition: no drift over the years.
  const cumulative = Array.from({ length: years }, (_, i) => oneOff + yearly * (i + 1));
  return {
    optionId,
    oneOffItems,
    yearlyItems,
    oneOff,
    yearly,
    cumulative,
    total: oneOff + yearly * years,
  };
}

/** Returns every option's cost over the horizon and the cheapest option. */
export function computeTco(inputs: TcoInputs): TcoResult {
  const users = toUsers(inputs.users);
  const years = toYears(inputs.years);
  const options = DECISION_OPTION_IDS.map((id) =>
    computeOptionTco(id, inputs.options[id], users, years),
  );
  const cheapest = options.reduce((best, option) => (option.total < best.total ? option : best));
  return { users, years, options, cheapestOptionId: cheapest.optionId };
}

/** The company sizes the cost defaults are given for. */
type TcoSize = keyof Decision['tcoDefaults'];

/** Returns true when `size` is one of the sizes the cost defaults are given for. */
function isTcoSize(size: string, defaults: Decision['tcoDefaults']): size is TcoSize {
  return Object.hasOwn(defaults, size);
}

/**
 * Returns editable cost inputs for a company size (`company-size` profile answer): its users and
 * figures, copied so edits never touch the content, over `DEFAULT_TCO_YEARS`. An unknown or
 * missing size gets the medium figures.
 */
export function getDefaultTcoInputs(
  defaults: Decision['tcoDefaults'],
  companySize: string | undefined,
): TcoInputs {
  const size: TcoSize =
    companySize !== undefined && isTcoSize(companySize, defaults) ? companySize : 'medium';
  const chosen = defaults[size];
  const options = Object.fromEntries(
    DECISION_OPTION_IDS.map((id) => [id, { ...chosen.options[id] }]),
  ) as Record<OptionId, TcoFigures>;
  return { users: chosen.users, years: DEFAULT_TCO_YEARS, options };
}
