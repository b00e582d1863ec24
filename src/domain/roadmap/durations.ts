/** Durations and limits that depend on the organization's size. */
import {
  COMPANY_SIZES,
  DEFAULT_PARALLEL_LIMITS,
  SIZE_DURATION_PERCENT,
  type CompanySize,
} from './model';

/** Reads a stored profile answer as a company size; anything else is undefined (counts as medium). */
export function toCompanySize(value: unknown): CompanySize | undefined {
  return COMPANY_SIZES.find((size) => size === value);
}

/**
 * Scales a medium organization's weeks to the company size, rounded up, at least 1.
 * @example scaleWeeks(16, 'micro') // 10 (16 × 0.6 = 9.6)
 */
export function scaleWeeks(weeks: number, size: CompanySize | undefined): number {
  // Integer percent arithmetic: 15 × 0.8 is 12.000000000000002 in floating point and would round up to 13.
  const percent = SIZE_DURATION_PERCENT[size ?? 'medium'];
  return Math.max(1, Math.ceil((Math.round(weeks) * percent) / 100));
}

/** The main-lane parallel limit: a positive integer given by the user, else the size's default. */
export function getParallelLimit(size: CompanySize | undefined, requested?: number): number {
  if (requested !== undefined && Number.isInteger(requested) && requested >= 1) return requested;
  return DEFAULT_PARALLEL_LIMITS[size ?? 'medium'];
}
