/**
 * Level descriptions sized to the organization: a level may carry a small-organization wording
 * (where the default names mid-size governance such as a steering committee, a RACI matrix or load
 * tests), and micro and small organizations (fewer than 50 people) read that wording instead.
 */

/** The `company-size` profile answers that read a level's small-organization wording. */
export const SMALL_COMPANY_SIZES: readonly unknown[] = ['micro', 'small'];

/** A question's level descriptions in one language, with their small-organization wording. */
export interface SizedLevels {
  /** Five descriptions, level 0 first. */
  readonly levels: readonly string[];
  /** Per level, its small-organization wording, or null where the default fits every size. */
  readonly smallLevels?: readonly (string | null)[];
}

/**
 * Returns true when a `company-size` profile answer is micro or small.
 * @param companySize the stored profile answer, whatever its type (unanswered, a string, a list)
 */
export function isSmallOrganization(companySize: unknown): boolean {
  return SMALL_COMPANY_SIZES.includes(companySize);
}

/**
 * Returns the five level descriptions an organization of this size reads: each level's small
 * wording where it has one and the organization is micro or small, the default wording otherwise.
 */
export function getSizedLevels(question: SizedLevels, companySize: unknown): readonly string[] {
  const small = question.smallLevels;
  return small && isSmallOrganization(companySize)
    ? question.levels.map((text, level) => small[level] ?? text)
    : question.levels;
}

/**
 * Returns the dimensions with every question's levels sized to the organization; the same
 * dimensions when nothing changes, so a memoized view does not redraw for nothing.
 */
export function toSizedDimensions<
  Q extends SizedLevels,
  D extends { readonly questions: readonly Q[] },
>(dimensions: readonly D[], companySize: unknown): readonly D[] {
  if (!isSmallOrganization(companySize)) return dimensions;
  return dimensions.map((d) => ({
    ...d,
    questions: d.questions.map((q) => ({ ...q, levels: getSizedLevels(q, companySize) })),
  }));
}
