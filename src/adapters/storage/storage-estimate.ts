/**
 * How much this site stores and may store (`navigator.storage.estimate()`). Only the assessments
 * page asks, so it is kept apart from open-backend.ts, which every page with JavaScript loads.
 */

/** How much this site stores and may store, in bytes; null where the browser does not say. */
export async function readStorageEstimate(): Promise<{ usage: number; quota: number } | null> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (!estimate || typeof estimate.usage !== 'number' || typeof estimate.quota !== 'number')
      return null;
    return { usage: estimate.usage, quota: estimate.quota };
  } catch {
    return null;
  }
}
