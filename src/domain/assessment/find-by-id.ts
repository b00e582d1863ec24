/** Looking up a stored record (an assessment, a workshop) by an id that comes from outside. */

/**
 * The record stored under `id`, or undefined. Only own keys count: an id from a URL, a file or
 * storage may be `constructor`, `toString` or `__proto__`, which a plain object "has" through its
 * prototype (`/results/?id=constructor` took Object for an assessment and broke the page, #8).
 */
export function findById<T>(
  all: Readonly<Partial<Record<string, T>>>,
  id: string | undefined,
): T | undefined {
  return id !== undefined && Object.hasOwn(all, id) ? all[id] : undefined;
}
