/**
 * Invitations as they travel to participants: a code (`CRMW1.…`) or a file. Reading never throws
 * and never trusts the text: it is size-checked, unpacked or parsed, migrated and validated.
 */
import { describeIssues } from '../assessment/describe-issues';
import {
  INVITATION_FILE_FORMAT,
  InvitationFileSchema,
  InvitationSchema,
  type InvitationFile,
} from '../schemas/workshop-file';
import { checkTransferText, isCodeText, type TransferRead } from './transfer-text';
import { packCode, unpackCode } from './workshop-codes';
import { readFile, serializeFile } from './workshop-files';
import { WORKSHOP_SCHEMA_VERSION, type Invitation } from './workshop';

/** Every reason an invitation cannot be read, for mapping to messages. */
export const INVITATION_FAILURES = [
  'empty',
  'too-large',
  'not-an-invitation',
  'corrupt',
  'newer-version',
] as const;
/** Why an invitation could not be read. */
export type InvitationFailure = (typeof INVITATION_FAILURES)[number];

/** A valid invitation, or why there is none (`detail` is for a disclosure). */
export type InvitationRead =
  | { readonly ok: true; readonly invitation: Invitation }
  | { readonly ok: false; readonly reason: InvitationFailure; readonly detail: string };

/** Packs an invitation into a code, e.g. `CRMW1.q1ZKzEvPz…`. */
export function encodeInvitationCode(invitation: Invitation): Promise<string> {
  return packCode('invitation', invitation);
}

/** Builds the invitation file's object. */
export function buildInvitationFile(invitation: Invitation): InvitationFile {
  return { format: INVITATION_FILE_FORMAT, schemaVersion: WORKSHOP_SCHEMA_VERSION, invitation };
}

/** Serializes an invitation as a file's text: pretty-printed JSON with a final newline. */
export function serializeInvitationFile(invitation: Invitation): string {
  return serializeFile(buildInvitationFile(invitation));
}

/** Turns a read's failure into an invitation failure, or validates what was read. */
function toInvitationRead(
  read: TransferRead<unknown>,
  validate: (value: unknown) => InvitationRead,
): InvitationRead {
  if (read.ok) return validate(read.value);
  const reason = read.reason === 'wrong-kind' ? 'not-an-invitation' : read.reason;
  return { ok: false, reason, detail: read.detail };
}

function validateCodeValue(value: unknown): InvitationRead {
  const parsed = InvitationSchema.safeParse(value);
  if (parsed.success) return { ok: true, invitation: parsed.data };
  return { ok: false, reason: 'corrupt', detail: describeIssues(parsed.error.issues) };
}

function validateFileValue(value: unknown): InvitationRead {
  const parsed = InvitationFileSchema.safeParse(value);
  if (parsed.success) return { ok: true, invitation: parsed.data.invitation };
  return { ok: false, reason: 'corrupt', detail: describeIssues(parsed.error.issues) };
}

/** Unpacks an invitation code; never throws. */
export async function decodeInvitationCode(code: string): Promise<InvitationRead> {
  const read = checkTransferText(code) ?? (await unpackCode(code, 'invitation'));
  return toInvitationRead(read, validateCodeValue);
}

/** Reads an invitation file's text; never throws. */
export function tryParseInvitationFile(text: string): InvitationRead {
  const read = checkTransferText(text) ?? readFile(text, 'invitation');
  return toInvitationRead(read, validateFileValue);
}

/** Reads what a participant pasted or opened: an invitation code or an invitation file's text. */
export function tryParseInvitation(input: string): Promise<InvitationRead> {
  return isCodeText(input)
    ? decodeInvitationCode(input)
    : Promise.resolve(tryParseInvitationFile(input));
}
