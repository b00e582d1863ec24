/**
 * How the assessments store reads and writes one record: the part that validates (zod/mini, the
 * migrations, reconciling with the content). The store loads it with a dynamic `import()`, so it
 * stays out of a page's first download (#12).
 */
import type { Assessment } from '../domain/assessment/assessment';
import type { RestoreContext } from '../domain/assessment/restore-assessment';
import {
  restoreStoredAssessment,
  toStoredAssessment,
} from '../domain/assessment/stored-assessment';
import type { ParsedRecord } from './record-store';

/** Reads one stored record: an assessment, `newer` (leave it alone), or null (unreadable). */
export function parseAssessmentRecord(
  raw: string,
  context: RestoreContext,
): ParsedRecord<Assessment> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const restored = restoreStoredAssessment(value, context);
  if (restored.ok) return restored.assessment;
  return restored.reason === 'newer-version' ? 'newer' : null;
}

/** The text stored for an assessment: the assessment with the current schema version. */
export function serializeAssessmentRecord(assessment: Assessment): string {
  return JSON.stringify(toStoredAssessment(assessment));
}
