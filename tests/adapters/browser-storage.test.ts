import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  BACKUP_KEY_PREFIX,
  createMemoryStorage,
  listKeys,
  onOtherTabChange,
  openLocalStorage,
  readKey,
  removeKey,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import { createFailingStorage, installStorageEvents } from './storage-stubs';

const key = `${ASSESSMENT_KEY_PREFIX}a1`;

/** A memory storage holding `entries`, in order. */
function storageWith(entries: Record<string, string>): KeyValueStorage {
  const storage = createMemoryStorage();
  for (const [k, v] of Object.entries(entries)) storage.setItem(k, v);
  return storage;
}

/** Every key of a storage, in order. */
function allKeys(storage: KeyValueStorage): string[] {
  return listKeys(storage, '');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createMemoryStorage', () => {
  it('keeps values by key, counts them and lists their keys in insertion order', () => {
    const storage = storageWith({ b: '2', a: '1' });
    expect(storage.length).toBe(2);
    expect([storage.key(0), storage.key(1), storage.key(2)]).toEqual(['b', 'a', null]);
    expect(storage.getItem('a')).toBe('1');
    expect(storage.getItem('missing')).toBeNull();
  });

  it('replaces and removes values', () => {
    const storage = storageWith({ a: '1' });
    storage.setItem('a', 'one');
    expect(storage.getItem('a')).toBe('one');
    storage.removeItem('a');
    expect(storage.length).toBe(0);
    expect(storage.getItem('a')).toBeNull();
  });

  it('gives each storage its own data', () => {
    createMemoryStorage().setItem('a', '1');
    expect(createMemoryStorage().getItem('a')).toBeNull();
  });
});

describe('listKeys', () => {
  it.each<[string, Record<string, string>, string, string[]]>([
    ['an empty storage', {}, ASSESSMENT_KEY_PREFIX, []],
    [
      'a storage shared with other sites and records',
      {
        [`${ASSESSMENT_KEY_PREFIX}a`]: '{}',
        'other-app/settings': '{}',
        [`${BACKUP_KEY_PREFIX}x`]: '{}',
        [`${ASSESSMENT_KEY_PREFIX}b`]: '{}',
      },
      ASSESSMENT_KEY_PREFIX,
      [`${ASSESSMENT_KEY_PREFIX}a`, `${ASSESSMENT_KEY_PREFIX}b`],
    ],
    [
      'a storage where the prefix appears mid-key',
      { [`x/${ASSESSMENT_KEY_PREFIX}a`]: '{}' },
      ASSESSMENT_KEY_PREFIX,
      [],
    ],
  ])('lists only the keys with the prefix, in order, in %s', (_name, entries, prefix, expected) => {
    expect(listKeys(storageWith(entries), prefix)).toEqual(expected);
  });
});

describe('readKey', () => {
  it.each<[string, KeyValueStorage, string | null]>([
    ['the stored text', storageWith({ [key]: '{"a":1}' }), '{"a":1}'],
    ['null for a missing key', createMemoryStorage(), null],
    ['null when the browser refuses to read', createFailingStorage('getItem'), null],
  ])('returns %s', (_name, storage, expected) => {
    expect(readKey(storage, key)).toBe(expected);
  });
});

describe('createKeyValueBackend', () => {
  it('writes the text and says ok', () => {
    const storage = createMemoryStorage();
    expect(createKeyValueBackend(storage).update(key, () => 'new')).toBe('ok');
    expect(storage.getItem(key)).toBe('new');
  });

  it('says full when the browser refuses the write, and keeps the old text', () => {
    const storage = createFailingStorage();
    storage.setItem(key, 'old');
    storage.failing.add('setItem');
    expect(createKeyValueBackend(storage).update(key, () => 'new')).toBe('full');
    expect(storage.getItem(key)).toBe('old');
  });

  it('says failed when the browser refuses to read the stored text', () => {
    const storage = createFailingStorage();
    storage.setItem(key, 'old');
    storage.failing.add('getItem');
    expect(createKeyValueBackend(storage).update(key, () => 'new')).toBe('failed');
  });

  it('is of kind memory, where nothing outlives the page, without a storage', () => {
    expect(createKeyValueBackend().kind).toBe('memory');
    expect(createKeyValueBackend(null).kind).toBe('memory');
    expect(createKeyValueBackend(createMemoryStorage()).kind).toBe('localstorage');
  });
});

describe('removeKey', () => {
  it('removes the key', () => {
    const storage = storageWith({ [key]: 'x', other: 'y' });
    removeKey(storage, key);
    expect(allKeys(storage)).toEqual(['other']);
  });

  it('ignores a refusal, leaving the record in place', () => {
    const storage = createFailingStorage();
    storage.setItem(key, 'x');
    storage.failing.add('removeItem');
    expect(() => {
      removeKey(storage, key);
    }).not.toThrow();
    expect(storage.getItem(key)).toBe('x');
  });
});

describe('openLocalStorage', () => {
  /** Replaces `globalThis.localStorage` with `descriptor` while `run` runs. */
  function withLocalStorage(descriptor: PropertyDescriptor, run: () => void): void {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, ...descriptor });
    try {
      run();
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else Reflect.deleteProperty(globalThis, 'localStorage');
    }
  }

  it.each<[string, PropertyDescriptor]>([
    ['localStorage is missing', { value: undefined }],
    [
      'reading localStorage throws (storage blocked by the user)',
      {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      },
    ],
    [
      'localStorage refuses writes (full, or a private window)',
      { value: createFailingStorage('setItem') },
    ],
  ])('returns null when %s', (_name, descriptor) => {
    withLocalStorage(descriptor, () => {
      expect(openLocalStorage()).toBeNull();
    });
  });

  it('returns localStorage when it accepts writes, leaving no probe behind', () => {
    const storage = storageWith({ kept: '1' });
    withLocalStorage({ value: storage }, () => {
      expect(openLocalStorage()).toBe(storage);
    });
    expect(allKeys(storage)).toEqual(['kept']);
  });
});

describe('onOtherTabChange', () => {
  it('does nothing where there are no events, such as in Node', () => {
    vi.stubGlobal('addEventListener', undefined);
    const listener = vi.fn();
    const unsubscribe = onOtherTabChange(ASSESSMENT_KEY_PREFIX, listener);
    expect(() => {
      unsubscribe();
    }).not.toThrow();
  });

  it.each<[string, string | null, string | null, [string | null, string | null][]]>([
    ['a written key with the prefix', key, 'new', [[key, 'new']]],
    ['a removed key with the prefix', key, null, [[key, null]]],
    ['a key without the prefix', 'other-app/settings', 'x', []],
    ['storage cleared by another tab (a null key)', null, null, [[null, null]]],
  ])('reports %s, and only keys with the prefix', (_name, changedKey, newValue, expected) => {
    const events = installStorageEvents();
    const listener = vi.fn();
    onOtherTabChange(ASSESSMENT_KEY_PREFIX, listener);
    events.fire(changedKey, newValue);
    expect(listener.mock.calls).toEqual(expected);
  });

  it('stops reporting once unsubscribed', () => {
    const events = installStorageEvents();
    const listener = vi.fn();
    const unsubscribe = onOtherTabChange(ASSESSMENT_KEY_PREFIX, listener);
    expect(events.listenerCount).toBe(1);
    unsubscribe();
    events.fire(key, 'new');
    expect(events.listenerCount).toBe(0);
    expect(listener).not.toHaveBeenCalled();
  });
});
