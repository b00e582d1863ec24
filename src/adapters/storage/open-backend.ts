/**
 * Opens the records' backend once per page: IndexedDB, with today's localStorage records moved
 * into it first; localStorage alone where IndexedDB cannot be opened; memory where neither works.
 */
import { listKeys, openLocalStorage } from './browser-storage';
import { openIndexedDbBackend } from './indexed-db';
import { createKeyValueBackend, type RecordBackend } from './record-backend';

/** The backend, and whether anything saved there outlives the page. */
export interface OpenedBackend {
  readonly backend: RecordBackend;
  readonly persistent: boolean;
}

let opening: Promise<OpenedBackend> | null = null;

/** The page's backend, opened (and localStorage migrated) on first use. Never rejects. */
export function openRecordBackend(): Promise<OpenedBackend> {
  opening ??= (async () => {
    const local = openLocalStorage();
    const indexed = await openIndexedDbBackend();
    if (indexed) {
      // Records left in localStorage (by an earlier version of the site): move them, with the
      // migration fetched only then, about once per browser.
      if (local && listKeys(local, 'crm-readiness/').length > 0) {
        const { migrateLocalStorage } = await import('./migrate-local-storage');
        await migrateLocalStorage(local, indexed);
      }
      return { backend: indexed, persistent: true };
    }
    if (local) return { backend: createKeyValueBackend(local, 'localstorage'), persistent: true };
    return { backend: createKeyValueBackend(), persistent: false };
  })();
  return opening;
}

let asked = false;

/**
 * Asks the browser once per page to keep the site's data under storage pressure
 * (`navigator.storage.persist()`); called when the user first saves something. Never throws.
 */
export function askToPersist(): void {
  if (asked) return;
  asked = true;
  try {
    void globalThis.navigator?.storage?.persist?.().catch(() => false);
  } catch {
    // Not offered (older browsers, some private modes): the data is kept as best effort.
  }
}

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
