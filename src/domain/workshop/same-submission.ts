/**
 * Whether two submissions are the same hand-in (#18): a QR code scanned twice, or a code pasted
 * after it was scanned. Such a repeat is recognised and not counted again; a different hand-in
 * from the same person still asks which to keep.
 */
import type { Submission } from './workshop';

/** True when both came from the same hand-in: same participant, time and answers. */
export function isSameSubmission(a: Submission, b: Submission): boolean {
  if (a.participantId !== b.participantId || a.submittedAt !== b.submittedAt) return false;
  const left = Object.entries(a.answers);
  const right = new Map(Object.entries(b.answers));
  return left.length === right.size && left.every(([id, value]) => right.get(id) === value);
}
