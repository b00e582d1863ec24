/**
 * Turns the reasons an invitation or a hand-in is refused into the words shown, with the
 * domain's technical detail kept for a "Details" disclosure. Pure: the words come in as a record
 * with one message per reason (the i18n files), so a missing reason fails type-checking. The
 * facilitator's pages can map submission refusals with `describeSubmissionFailure` and their own
 * messages.
 */
import type { InvitationFailure } from '../../domain/workshop/invitation-transfer';
import type { SubmissionFailure } from '../../domain/workshop/import-submission';

/**
 * Why an invitation cannot be used here: the domain's reasons, a file the browser could not
 * read, or an invitation for another version of the questionnaire than this site's.
 */
export type InvitationRefusal =
  InvitationFailure | 'read-failed' | 'newer-content' | 'older-content';

/** Every reason of `InvitationRefusal`, for tests and exhaustive checks. */
export const INVITATION_REFUSALS = [
  'empty',
  'too-large',
  'not-an-invitation',
  'corrupt',
  'newer-version',
  'read-failed',
  'newer-content',
  'older-content',
] as const satisfies readonly InvitationRefusal[];

/** A refusal as shown: the message, and the technical detail when there is one. */
export interface RefusalMessage {
  readonly message: string;
  readonly detail?: string | undefined;
}

/** The message for an invitation that cannot be used. */
export function describeInvitationFailure(
  messages: Readonly<Record<InvitationRefusal, string>>,
  reason: InvitationRefusal,
  detail?: string,
): RefusalMessage {
  return { message: messages[reason], ...(detail && { detail }) };
}

/** The message for answers a workshop refused (a `SubmissionImport` that is not ok). */
export function describeSubmissionFailure(
  messages: Readonly<Record<SubmissionFailure, string>>,
  refusal: { readonly reason: SubmissionFailure; readonly detail: string },
): RefusalMessage {
  return { message: messages[refusal.reason], ...(refusal.detail && { detail: refusal.detail }) };
}
