/**
 * The record localStorage keeps per assessment, and how one is read back: validated (zod/mini),
 * then reconciled with the current content. Kept apart from restore-assessment.ts, which has no
 * zod, so that pages can reconcile and build restore contexts without loading the schemas.
 */
import { AssessmentSchema, StoredAssessmentSchema } from '../schemas/assessment-file';
import type { Assessment } from './assessment';
import { describeIssues } from './describe-issues';
import { migrate } from './migrate';
import { reconcileAssessment, type RestoreContext, type RestoreReport } from './restore-assessment';

// Writing a record needs no zod: pages that only write import it from read-stored-assessment.ts.
export { toStoredAssessment } from './read-stored-assessment';

/** A restored assessment with its report, or why it could not be restored. */
export type RestoreResult =
  | { readonly ok: true; readonly assessment: Assessment; readonly report: RestoreReport }
  | { readonly ok: false; readonly reason: 'invalid'; readonly detail: string };

/** A stored assessment read back, or why it could not be. */
export type StoredRestoreResult =
  | { readonly ok: true; readonly assessment: Assessment; readonly report: RestoreReport }
  | { readonly ok: false; readonly reason: 'newer-version' | 'invalid'; readonly detail: string };

/**
 * Migrates, validates and reconciles a stored record (already parsed from JSON). A record from a
 * newer version of the site gives `newer-version`: leave it in storage untouched.
 */
export function restoreStoredAssessment(
  raw: unknown,
  context: RestoreContext,
): StoredRestoreResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = StoredAssessmentSchema.safeParse(migrated.value);
  if (!parsed.success)
    return { ok: false, reason: 'invalid', detail: describeIssues(parsed.error.issues) };
  return { ok: true, ...reconcileAssessment(parsed.data.assessment, context) };
}

/** Validates an unknown value as an assessment and reconciles it with the current content. */
export function restoreAssessment(raw: unknown, context: RestoreContext): RestoreResult {
  const parsed = AssessmentSchema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, reason: 'invalid', detail: describeIssues(parsed.error.issues) };
  return { ok: true, ...reconcileAssessment(parsed.data, context) };
}
