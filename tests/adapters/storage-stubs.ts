/** Storage stand-ins for the storage adapter and assessment store tests. */
import { vi } from 'vitest';
import { createMemoryStorage, type KeyValueStorage } from '~/adapters/storage/browser-storage';

/** A storage operation that a `FailingStorage` can be told to refuse. */
export type StorageOperation = 'getItem' | 'setItem' | 'removeItem';

/** A memory storage whose operations throw on demand, as a full or locked-down localStorage does. */
export interface FailingStorage extends KeyValueStorage {
  /** The operations that throw right now; add or delete entries at any time. */
  readonly failing: Set<StorageOperation>;
}

/** Creates a memory storage that throws a QuotaExceededError from each operation in `failing`. */
export function createFailingStorage(...failing: StorageOperation[]): FailingStorage {
  const inner = createMemoryStorage();
  const refused = new Set(failing);
  const guard = (operation: StorageOperation) => {
    if (refused.has(operation))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  return {
    failing: refused,
    get length() {
      return inner.length;
    },
    key: (index) => inner.key(index),
    getItem: (key) => {
      guard('getItem');
      return inner.getItem(key);
    },
    setItem: (key, value) => {
      guard('setItem');
      inner.setItem(key, value);
    },
    removeItem: (key) => {
      guard('removeItem');
      inner.removeItem(key);
    },
  };
}

/** A fake `storage` event source installed on `globalThis`, which Node does not have. */
export interface FakeStorageEvents {
  /** Fires a `storage` event, as the browser does in this tab when another tab writes a key. */
  fire(key: string | null, newValue: string | null): void;
  /** How many `storage` listeners are installed now. */
  readonly listenerCount: number;
}

/**
 * Stubs `globalThis.addEventListener` and `removeEventListener` for `storage` events.
 * Undo it with `vi.unstubAllGlobals()`.
 */
export function installStorageEvents(): FakeStorageEvents {
  const listeners = new Set<(event: StorageEvent) => void>();
  vi.stubGlobal('addEventListener', (type: string, listener: (event: StorageEvent) => void) => {
    if (type === 'storage') listeners.add(listener);
  });
  vi.stubGlobal('removeEventListener', (type: string, listener: (event: StorageEvent) => void) => {
    if (type === 'storage') listeners.delete(listener);
  });
  return {
    fire(key, newValue) {
      // Node has no StorageEvent; the adapter reads only these two fields.
      const event: Pick<StorageEvent, 'key' | 'newValue'> = { key, newValue };
      for (const listener of [...listeners]) listener(event as StorageEvent);
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}
