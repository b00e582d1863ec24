/** Looking up an assessment by an id that comes from outside: a URL, a file or storage. */
import type { Assessment } from './assessment';

/**
 * The assessment stored under `id`, or undefined. Only own keys count: an id from outside may be
 * `constructor`, `toString` or `__proto__`, which a plain object "has" through its prototype
 * (`/results/?id=constructor` took Object for an assessment and broke the page, #8).
 */
export function findAssessment(
  all: Readonly<Partial<Record<string, Assessment>>>,
  id: string | undefined,
): Assessment | undefined {
  return id !== undefined && Object.hasOwn(all, id) ? all[id] : undefined;
}
