/**
 * What a workshop participant hands back (issue #7), worked out from their assessment: the
 * invitation it was started from, the submission, the answers file's name, and whether this
 * device already holds answers for an invitation. Pure functions, tested in Node.
 */
import type { Assessment } from '../../domain/assessment/assessment';
import { toSlug } from '../../domain/assessment/export-file';
import { buildSubmission } from '../../domain/workshop/create-workshop';
import { isCodeText } from '../../domain/workshop/transfer-text';
import type { Invitation, Submission } from '../../domain/workshop/workshop';

/**
 * The invitation a participant's assessment was started from; null for an ordinary assessment.
 * The organization and content version are the assessment's: the organization is what the
 * participant saw, and the content version is the one the answers were given against.
 */
export function toParticipantInvitation(assessment: Assessment): Invitation | null {
  const participation = assessment.participation;
  if (!participation) return null;
  return {
    workshopId: participation.workshopId,
    organization: assessment.organization,
    contentVersion: assessment.contentVersion,
    participant: { ...participation.participant },
  };
}

/**
 * What a participant hands back: their answers only (notes stay on the device), stamped `now`;
 * null for an ordinary assessment.
 */
export function buildParticipantSubmission(assessment: Assessment, now: Date): Submission | null {
  const invitation = toParticipantInvitation(assessment);
  return invitation && buildSubmission(invitation, assessment.answers, now);
}

/**
 * Names the answers file `answers-<organization>-<participant>.json`, each part folded to
 * lowercase ASCII letters, digits and hyphens so that every file system accepts it
 * ("Pérez & Hijos", "Ana Núñez" → `answers-perez-hijos-ana-nunez.json`). A part with nothing
 * left falls back to `workshop`, then to the role.
 */
export function toAnswersFileName(organization: string, name: string, role: string): string {
  const who = toSlug(name) || toSlug(role) || 'participant';
  return `answers-${toSlug(organization) || 'workshop'}-${who}.json`;
}

/**
 * The invitation code carried by an invitation link's fragment (`/join/#CRMW1.…`), or null when
 * the fragment holds none (e.g. `#main` from the skip link). A mail program may have
 * percent-encoded the fragment; a malformed escape is read as it stands.
 */
export function readInvitationFragment(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // Not valid percent-encoding: the code itself never contains `%`, so keep the raw text.
  }
  return isCodeText(text) ? text.trim() : null;
}

/**
 * The answers this device already holds for an invitation (same workshop, same participant),
 * most recently changed first; undefined when there are none.
 */
export function findParticipation(
  assessments: Iterable<Assessment>,
  invitation: Pick<Invitation, 'workshopId' | 'participant'>,
): Assessment | undefined {
  let found: Assessment | undefined;
  for (const a of assessments) {
    const p = a.participation;
    if (p?.workshopId !== invitation.workshopId || p.participant.id !== invitation.participant.id)
      continue;
    if (!found || Date.parse(a.updatedAt) > Date.parse(found.updatedAt)) found = a;
  }
  return found;
}

/** How an invitation's content version compares with this site's: the participant can only answer the same. */
export function compareContentVersion(
  invitation: Pick<Invitation, 'contentVersion'>,
  siteVersion: number,
): 'same' | 'newer' | 'older' {
  if (invitation.contentVersion === siteVersion) return 'same';
  return invitation.contentVersion > siteVersion ? 'newer' : 'older';
}
