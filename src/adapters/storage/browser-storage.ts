/**
 * The only code that touches localStorage. It never throws: a browser that refuses storage gets an
 * in-memory stand-in (and the health says so), a full storage is reported, and unreadable records
 * are moved aside under a backup key instead of being deleted.
 */

/** The subset of the Storage interface this adapter uses. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Whether saving works: `unavailable` (nothing outlives the page), `full` (the last write was
 * refused for lack of space), `failed` (the last write was refused for another reason).
 */
export type StorageHealth = 'ok' | 'unavailable' | 'full' | 'failed';

export { ASSESSMENT_KEY_PREFIX, BACKUP_KEY_PREFIX } from './record-backend';

/** A storage that lives in memory only, for browsers that refuse localStorage (and for tests). */
export function createMemoryStorage(): KeyValueStorage {
  const data = new Map<string, string>();
  return {
    get length() {
      return data.size;
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  };
}

/** Opens localStorage if the browser allows writing to it; otherwise null. */
export function openLocalStorage(): KeyValueStorage | null {
  try {
    const storage = globalThis.localStorage;
    const probe = 'crm-readiness/probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

/** Lists every key that starts with `prefix`. */
export function listKeys(storage: KeyValueStorage, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

/** Reads a key; null when missing or when the browser refuses. */
export function readKey(storage: KeyValueStorage, key: string): string | null {
  try {
    return storage.getItem(key);
  } catch {
    return null;
  }
}

/** Removes a key; a refusal is ignored because there is nothing left to protect. */
export function removeKey(storage: KeyValueStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: the record stays, which loses no data.
  }
}

/**
 * Calls `listener` when another tab changes a key with `prefix`, or with `null` when another tab
 * cleared the whole storage; returns the unsubscribe function.
 */
export function onOtherTabChange(
  prefix: string,
  listener: (key: string | null, value: string | null) => void,
): () => void {
  if (typeof globalThis.addEventListener !== 'function') return () => undefined;
  const handle = (event: StorageEvent) => {
    if (event.key === null) listener(null, null);
    else if (event.key.startsWith(prefix)) listener(event.key, event.newValue);
  };
  globalThis.addEventListener('storage', handle);
  return () => globalThis.removeEventListener('storage', handle);
}
