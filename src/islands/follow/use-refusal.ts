/** The refusal a form shows, by field, and the props that tie a field to its message. */
import { useState } from 'preact/hooks';
import type { FollowField, FollowIssue, FollowResult } from '../../stores/follow';

/** A refused field and why. */
export interface Refusal {
  readonly field: FollowField;
  readonly reason: FollowIssue;
}

/** The form's refusal, a way to run an action and keep its outcome, and a field's ARIA props. */
export function useRefusal(prefix: string) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const run = (result: FollowResult): boolean => {
    setRefusal(result.ok ? null : { field: result.field, reason: result.reason });
    return result.ok;
  };
  const errorId = (field: FollowField) => `${prefix}-${field}-error`;
  const aria = (field: FollowField) =>
    refusal?.field === field
      ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) }
      : {};
  return { refusal, run, errorId, aria };
}
