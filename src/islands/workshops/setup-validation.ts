/** Checks the workshop set-up form: what is missing, in the words the form shows. */
import type { RoleId } from '../../domain/workshop/workshop';

/** One participant row of the form; `key` identifies the row while rows come and go. */
export interface SetupRow {
  readonly key: number;
  readonly name: string;
  readonly role: RoleId;
}

/** The form's errors: per field, and per participant row by its key. */
export interface SetupErrors {
  organization?: string;
  date?: string;
  participants?: string;
  rows: Record<number, string>;
}

/** The messages the checks use. */
interface Messages {
  readonly organizationRequired: string;
  readonly dateRequired: string;
  readonly nameRequired: string;
  readonly participantsRequired: string;
}

/** True for a real calendar day written yyyy-mm-dd (what a date input gives, or ''). */
export function isDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Finds what keeps the form from being sent: no organization, no valid date, no participant, or
 * a participant row without a name. No error at all means the workshop can be set up.
 */
export function findSetupErrors(
  fields: { readonly organization: string; readonly date: string },
  rows: readonly SetupRow[],
  messages: Messages,
): SetupErrors {
  const errors: SetupErrors = { rows: {} };
  if (fields.organization.trim() === '') errors.organization = messages.organizationRequired;
  if (!isDay(fields.date.trim())) errors.date = messages.dateRequired;
  if (rows.length === 0) errors.participants = messages.participantsRequired;
  for (const row of rows) {
    if (row.name.trim() === '') errors.rows[row.key] = messages.nameRequired;
  }
  return errors;
}

/** True when the form has no error. */
export function isValidSetup(errors: SetupErrors): boolean {
  return (
    !errors.organization &&
    !errors.date &&
    !errors.participants &&
    Object.keys(errors.rows).length === 0
  );
}

/**
 * The id of the field to focus first when the form has errors, in the order the form shows them;
 * null when there is none. Participant rows use the ids `participant-<key>-name`.
 */
export function getFirstInvalidId(errors: SetupErrors, rows: readonly SetupRow[]): string | null {
  if (errors.organization) return 'setup-organization';
  if (errors.date) return 'setup-date';
  const row = rows.find((r) => errors.rows[r.key]);
  if (row) return `participant-${row.key}-name`;
  return errors.participants ? 'add-participant' : null;
}
