/**
 * The facilitator's workshop file: a backup of the whole workshop (participants, submissions,
 * agreed answers) to carry on later or on another device. Reading never throws and never trusts
 * the file: besides the schema, the workshop must hold together (see `findWorkshopProblem`).
 */
import { describeIssues } from '../assessment/describe-issues';
import {
  WORKSHOP_FILE_FORMAT,
  WorkshopFileSchema,
  type WorkshopFile,
} from '../schemas/workshop-file';
import { checkTransferText } from './transfer-text';
import { readFile, serializeFile } from './workshop-files';
import { WORKSHOP_SCHEMA_VERSION, type Workshop } from './workshop';

/** Every reason a workshop file cannot be read, for mapping to messages. */
export const WORKSHOP_FILE_FAILURES = [
  'empty',
  'too-large',
  'not-a-workshop',
  'corrupt',
  'newer-version',
] as const;
/** Why a workshop file could not be read. */
export type WorkshopFileFailure = (typeof WORKSHOP_FILE_FAILURES)[number];

/** A valid workshop, or why there is none (`detail` is for a disclosure). */
export type WorkshopFileRead =
  | { readonly ok: true; readonly workshop: Workshop }
  | { readonly ok: false; readonly reason: WorkshopFileFailure; readonly detail: string };

/** Builds the workshop file's object. */
export function buildWorkshopFile(workshop: Workshop): WorkshopFile {
  return { format: WORKSHOP_FILE_FORMAT, schemaVersion: WORKSHOP_SCHEMA_VERSION, workshop };
}

/** Serializes a workshop as a file's text: pretty-printed JSON with a final newline. */
export function serializeWorkshopFile(workshop: Workshop): string {
  return serializeFile(buildWorkshopFile(workshop));
}

/**
 * Names the first way a workshop does not hold together, or returns null: participant ids repeat,
 * or a submission is for another workshop or content version, from someone not invited, or a
 * second one from the same participant.
 */
export function findWorkshopProblem(workshop: Workshop): string | null {
  const invited = new Set<string>();
  for (const { id } of workshop.participants) {
    if (invited.has(id)) return `Participant id ${id} is used twice.`;
    invited.add(id);
  }
  const submitted = new Set<string>();
  for (const [i, s] of workshop.submissions.entries()) {
    if (s.workshopId !== workshop.id) return `Submission ${i} is for another workshop.`;
    if (s.contentVersion !== workshop.contentVersion) {
      return `Submission ${i} is for content version ${s.contentVersion}.`;
    }
    if (!invited.has(s.participantId)) return `Submission ${i} is from someone not invited.`;
    if (submitted.has(s.participantId)) return `Submission ${i} repeats a participant.`;
    submitted.add(s.participantId);
  }
  return null;
}

/** Reads a workshop file's text; never throws. */
export function tryParseWorkshopFile(text: string): WorkshopFileRead {
  const read = checkTransferText(text) ?? readFile(text, 'workshop');
  if (!read.ok) {
    const reason = read.reason === 'wrong-kind' ? 'not-a-workshop' : read.reason;
    return { ok: false, reason, detail: read.detail };
  }
  const parsed = WorkshopFileSchema.safeParse(read.value);
  if (!parsed.success) {
    return { ok: false, reason: 'corrupt', detail: describeIssues(parsed.error.issues) };
  }
  const problem = findWorkshopProblem(parsed.data.workshop);
  if (problem) return { ok: false, reason: 'corrupt', detail: problem };
  return { ok: true, workshop: parsed.data.workshop };
}
