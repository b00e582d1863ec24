/**
 * The fallback backends, fetched only where IndexedDB cannot be opened: localStorage, or memory
 * where the browser refuses storage altogether (nothing then outlives the page). Tests build their
 * stores on these too, over an in-memory `KeyValueStorage`.
 */
import {
  createMemoryStorage,
  listKeys,
  onOtherTabChange,
  openLocalStorage,
  readKey,
  removeKey,
  type KeyValueStorage,
} from './browser-storage';
import type { RecordBackend } from './record-backend';

/**
 * A backend over a key-value storage (localStorage, or one like it in tests), or over memory when
 * there is none (kind `memory`: the stores then say saving is unavailable). Every call answers at
 * once, and a refused write is reported instead of thrown. Other tabs' writes arrive through
 * storage events.
 */
export function createKeyValueBackend(given?: KeyValueStorage | null): RecordBackend {
  const storage = given ?? createMemoryStorage();
  return {
    kind: given ? 'localstorage' : 'memory',
    keys: (prefix) => listKeys(storage, prefix),
    peek: (key) => readKey(storage, key),
    read: (key) => readKey(storage, key),
    update: (key, next) => {
      let stored: string | null;
      try {
        stored = storage.getItem(key);
      } catch {
        return 'failed';
      }
      const value = next(stored);
      if (value === undefined) return 'ok';
      if (value === null) {
        removeKey(storage, key);
        return 'ok';
      }
      try {
        storage.setItem(key, value);
        return 'ok';
      } catch {
        // QuotaExceededError (NS_ERROR_DOM_QUOTA_REACHED in Firefox): localStorage is full.
        return 'full';
      }
    },
    onOtherTabChange: (prefix, listener) => onOtherTabChange(prefix, listener),
  };
}

/** localStorage where the browser allows it, memory where it does not. */
export function openFallbackBackend(): RecordBackend {
  return createKeyValueBackend(openLocalStorage());
}
