/**
 * Names of the files the facilitator downloads (issue #7): an invitation per participant and the
 * workshop's backup. Safe on every file system: lowercase ASCII letters, digits and hyphens.
 */
import { toSlug } from '../assessment/export-file';
import type { Participant, Workshop } from './workshop';

/** `invitation-<organization>-<name>.json`; a blank label falls back to a neutral word. */
export function toInvitationFileName(
  workshop: Pick<Workshop, 'organization'>,
  participant: Pick<Participant, 'name'>,
): string {
  const organization = toSlug(workshop.organization) || 'workshop';
  const name = toSlug(participant.name) || 'participant';
  return `invitation-${organization}-${name}.json`;
}

/** `workshop-<organization>-<yyyy-mm-dd>.json`; the date is slugged too, in case a file bent it. */
export function toWorkshopFileName(workshop: Pick<Workshop, 'organization' | 'date'>): string {
  const organization = toSlug(workshop.organization) || 'workshop';
  const date = toSlug(workshop.date);
  return date === '' ? `workshop-${organization}.json` : `workshop-${organization}-${date}.json`;
}
