/**
 * Which backend a page gets (open-backend.ts): IndexedDB with today's localStorage records moved
 * in first; localStorage where IndexedDB cannot be opened; memory where neither works. And the
 * browser's request to keep the data, which never throws.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage } from '~/adapters/storage/browser-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import { createFailingStorage } from '../storage-stubs';
import { FakeChannels, FakeIndexedDb } from './fake-indexed-db';

/** A fresh copy of the module: it opens the backend once per page. */
async function load() {
  vi.resetModules();
  return import('~/adapters/storage/open-backend');
}

function installIndexedDb(): FakeIndexedDb {
  const db = new FakeIndexedDb();
  vi.stubGlobal('indexedDB', db.factory());
  vi.stubGlobal('BroadcastChannel', new FakeChannels().constructor_());
  return db;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openRecordBackend', () => {
  it('opens IndexedDB once per page, moving the localStorage records in first', async () => {
    const db = installIndexedDb();
    const local = createMemoryStorage();
    local.setItem('crm-readiness/assessment/a', '{"id":"a"}');
    local.setItem('crm-readiness/theme', 'dark');
    vi.stubGlobal('localStorage', local);
    const { openRecordBackend } = await load();
    const opened = await openRecordBackend();
    expect(opened.kind).toBe('indexeddb');
    expect(opened.peek('crm-readiness/assessment/a')).toBe('{"id":"a"}');
    expect(db.data.get('crm-readiness/assessment/a')).toBe('{"id":"a"}');
    expect(local.getItem('crm-readiness/assessment/a')).toBeNull();
    expect(local.getItem('crm-readiness/theme')).toBe('dark');
    expect(await openRecordBackend()).toBe(opened);
  });

  it('moves nothing when localStorage holds no record of the site', async () => {
    const db = installIndexedDb();
    const local = createMemoryStorage();
    local.setItem('other-site/theme', 'dark');
    // A storage that lists a key it then cannot name (removed meanwhile by another tab).
    vi.stubGlobal('localStorage', { ...local, length: 2, key: (i: number) => local.key(i) });
    const { openRecordBackend } = await load();
    expect((await openRecordBackend()).kind).toBe('indexeddb');
    expect([...db.data.keys()]).toEqual([]);
    expect(local.getItem('other-site/theme')).toBe('dark');
  });

  it('opens IndexedDB without localStorage at all', async () => {
    installIndexedDb();
    vi.stubGlobal('localStorage', undefined);
    const { openRecordBackend } = await load();
    expect((await openRecordBackend()).kind).toBe('indexeddb');
  });

  it('keeps records in localStorage where IndexedDB cannot be opened', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const local = createMemoryStorage();
    vi.stubGlobal('localStorage', local);
    const { openRecordBackend } = await load();
    const backend = await openRecordBackend();
    expect(backend.kind).toBe('localstorage');
    expect(backend.update('crm-readiness/assessment/b', () => 'B')).toBe('ok');
    expect(local.getItem('crm-readiness/assessment/b')).toBe('B');
  });

  it('keeps records in memory, and says they do not last, where neither works', async () => {
    vi.stubGlobal('indexedDB', undefined);
    vi.stubGlobal('localStorage', undefined);
    const { openRecordBackend } = await load();
    const backend = await openRecordBackend();
    expect(backend.kind).toBe('memory');
  });
});

describe('askToPersist', () => {
  it('asks the browser once per page, and never throws', async () => {
    const persist = vi.fn(() => Promise.reject(new Error('refused')));
    vi.stubGlobal('navigator', { storage: { persist } });
    const { askToPersist } = await load();
    askToPersist();
    askToPersist();
    expect(persist).toHaveBeenCalledTimes(1);
    await Promise.resolve();
  });

  it.each([
    ['has no storage manager', {}],
    [
      'throws when asked',
      {
        storage: {
          persist: () => {
            throw new Error('not here');
          },
        },
      },
    ],
  ])('does nothing where the browser %s', async (_name, navigator) => {
    vi.stubGlobal('navigator', navigator);
    const { askToPersist } = await load();
    expect(() => askToPersist()).not.toThrow();
  });
});

describe('createKeyValueBackend', () => {
  it('reports a storage that refuses to read as failed, and one that refuses to write as full', () => {
    const unreadable = createKeyValueBackend(createFailingStorage('getItem'));
    expect(unreadable.update('k', () => 'v')).toBe('failed');
    const full = createKeyValueBackend(createFailingStorage('setItem'));
    expect(full.update('k', () => 'v')).toBe('full');
    expect(full.read('k')).toBeNull();
  });
});
