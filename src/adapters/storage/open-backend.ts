/**
 * Opens the records' backend once per page: IndexedDB, with today's localStorage records moved
 * into it first; localStorage alone where IndexedDB cannot be opened; memory where neither works
 * (kind `memory`: nothing outlives the page). The fallbacks and the migration are fetched only when
 * they are needed, so a page pays for IndexedDB alone.
 */
import type { KeyValueStorage } from './browser-storage';
import { openIndexedDbBackend } from './indexed-db';
import type { RecordBackend } from './record-backend';

/**
 * localStorage when it holds records of the site (written by an earlier version); null otherwise.
 * Written out here rather than imported, so that the storage helpers load only with the fallback.
 */
function recordsLeftInLocalStorage(): KeyValueStorage | null {
  try {
    const local = globalThis.localStorage;
    for (let i = 0; i < local.length; i += 1) {
      if (local.key(i)?.startsWith('crm-readiness/')) return local;
    }
  } catch {
    // Refused (blocked site data, some private modes): there is nothing to move.
  }
  return null;
}

let opening: Promise<RecordBackend> | null = null;

/** The page's backend, opened (and localStorage migrated) on first use. Never rejects. */
export function openRecordBackend(): Promise<RecordBackend> {
  opening ??= (async () => {
    const indexed = await openIndexedDbBackend();
    if (!indexed) {
      const { openFallbackBackend } = await import('./key-value-backend');
      return openFallbackBackend();
    }
    // Moved about once per browser, with the migration fetched only then.
    const local = recordsLeftInLocalStorage();
    if (local) {
      const { migrateLocalStorage } = await import('./migrate-local-storage');
      await migrateLocalStorage(local, indexed);
    }
    return indexed;
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
