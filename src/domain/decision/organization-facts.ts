/**
 * The facts about the organization that the packaged-vs-custom page uses when no assessment is
 * linked (#14): how many people work there (which gives its size band), and the profile answers
 * the criteria's weights follow (sector, CRM situation, channels). Without them the page would
 * assume a medium company. Every change is checked here; a refused one says why and changes
 * nothing.
 */

/** A profile field as the page asks it: single or multiple choice among the content's options. */
export interface FactField {
  readonly id: string;
  readonly kind: 'single' | 'multiple';
  readonly options: readonly { readonly id: string }[];
}

/** What the page knows about the organization; nothing at first. */
export interface OrganizationFacts {
  /** How many people work there: a whole number 1–1 000 000, when given. */
  readonly people?: number;
  /** Profile answers by field id, `company-size` included once `people` is given. */
  readonly profile: Readonly<Record<string, string | readonly string[]>>;
}

/** Nothing known. */
export const NO_FACTS: OrganizationFacts = { profile: {} };

/** The bounds of the number of people. */
export const PEOPLE_LIMITS = { min: 1, max: 1_000_000 } as const;

/** The profile field the number of people answers. */
export const SIZE_FIELD = 'company-size';

/** Why a fact was refused. */
export type FactRefusal = 'unknown-field' | 'unknown-option' | 'not-people';

/** A change accepted (the new facts) or refused (why). */
export type FactResult =
  | { readonly ok: true; readonly facts: OrganizationFacts }
  | { readonly ok: false; readonly reason: FactRefusal };

/**
 * Returns the size band of an organization of `people` people, as the profile's options name
 * them: micro under 10, small 10–49, medium 50–249, large 250 or more.
 */
export function toCompanySize(people: number): 'micro' | 'small' | 'medium' | 'large' {
  if (people < 10) return 'micro';
  if (people < 50) return 'small';
  if (people < 250) return 'medium';
  return 'large';
}

/** Sets how many people work there, and with it the size band; anything but a whole number 1–1 000 000 is refused. */
export function tryPeople(facts: OrganizationFacts, people: unknown): FactResult {
  if (
    typeof people !== 'number' ||
    !Number.isInteger(people) ||
    people < PEOPLE_LIMITS.min ||
    people > PEOPLE_LIMITS.max
  ) {
    return { ok: false, reason: 'not-people' };
  }
  return {
    ok: true,
    facts: { people, profile: { ...facts.profile, [SIZE_FIELD]: toCompanySize(people) } },
  };
}

/** Returns the field `fieldId` of `fields`, if it is one the page asks (the size is asked as a number). */
function findField(fields: readonly FactField[], fieldId: unknown): FactField | undefined {
  return typeof fieldId === 'string' && fieldId !== SIZE_FIELD
    ? fields.find((f) => f.id === fieldId)
    : undefined;
}

/**
 * Sets one profile answer: an option id for a single-choice field, a list of distinct option ids
 * for a multiple-choice one (kept in the content's order), or `null` to clear it.
 */
export function tryProfileFact(
  fields: readonly FactField[],
  facts: OrganizationFacts,
  fieldId: unknown,
  value: unknown,
): FactResult {
  const field = findField(fields, fieldId);
  if (!field) return { ok: false, reason: 'unknown-field' };
  const known = field.options.map((o) => o.id);
  const rest = Object.fromEntries(Object.entries(facts.profile).filter(([k]) => k !== field.id));
  if (value === null) return { ok: true, facts: { ...facts, profile: rest } };
  const chosen = field.kind === 'single' ? [value] : value;
  if (
    !Array.isArray(chosen) ||
    !chosen.every((id) => typeof id === 'string' && known.includes(id))
  ) {
    return { ok: false, reason: 'unknown-option' };
  }
  const answer: string | string[] =
    field.kind === 'single' ? (value as string) : known.filter((id) => chosen.includes(id));
  return { ok: true, facts: { ...facts, profile: { ...rest, [field.id]: answer } } };
}
