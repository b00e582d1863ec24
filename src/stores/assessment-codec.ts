/**
 * How the assessments store reads a record that needs migrating: the part that validates with
 * zod/mini and runs the migrations. The store loads it with a dynamic `import()` only when it
 * meets such a record, so it stays out of a page's first load (#12).
 */
import type { Assessment } from '../domain/assessment/assessment';
import type { RestoreContext } from '../domain/assessment/restore-assessment';
import { restoreStoredAssessment } from '../domain/assessment/stored-assessment';

/**
 * Migrates, validates and reconciles a stored record of an older schema version (parsed from
 * JSON): the assessment, or null when it is unreadable.
 */
export function migrateAssessmentRecord(
  value: unknown,
  context: RestoreContext,
): Assessment | null {
  const restored = restoreStoredAssessment(value, context);
  return restored.ok ? restored.assessment : null;
}
