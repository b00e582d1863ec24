/**
 * The IndexedDB backend (indexed-db.ts) on a stand-in IndexedDB and BroadcastChannel
 * (fake-indexed-db.ts): what it reads at start, how each write ends and is reported, what other
 * tabs hear, and the browsers where it cannot open. The same backend runs in Chromium in
 * tests/e2e/storage-contract.e2e.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openIndexedDbBackend } from '~/adapters/storage/indexed-db';
import type { RecordBackend } from '~/adapters/storage/record-backend';
import { FakeChannels, FakeIndexedDb } from './fake-indexed-db';

/** Installs a fake IndexedDB and BroadcastChannel; returns them. */
function install(db = new FakeIndexedDb()) {
  const channels = new FakeChannels();
  db.stores.add('records');
  db.version = 1;
  vi.stubGlobal('indexedDB', db.factory());
  vi.stubGlobal('BroadcastChannel', channels.constructor_());
  return { db, channels };
}

/** Generous: the stand-in runs a transaction per timer turn, and CI is a busy 2-core machine. */
const WAIT = { timeout: 10_000 };

async function open(): Promise<RecordBackend> {
  const backend = await openIndexedDbBackend();
  if (!backend) throw new Error('The backend did not open');
  return backend;
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('openIndexedDbBackend', () => {
  it('reads every text record at start, in key order, and shows other values as JSON', async () => {
    const { db } = install();
    db.data.set('crm-readiness/assessment/b', '{"id":"b"}');
    db.data.set('crm-readiness/assessment/a', '{"id":"a"}');
    db.data.set('crm-readiness/assessment/number', 42);
    db.data.set('crm-readiness/assessment/object', { id: 'object' });
    db.data.set('crm-readiness/assessment/null', null);
    db.data.set('crm-readiness/assessment/big', 10n);
    db.data.set(7, 'a key that is not text');
    const backend = await open();
    expect(backend.kind).toBe('indexeddb');
    expect(backend.keys('crm-readiness/assessment/')).toEqual([
      'crm-readiness/assessment/a',
      'crm-readiness/assessment/b',
      'crm-readiness/assessment/number',
      'crm-readiness/assessment/object',
    ]);
    expect(backend.peek('crm-readiness/assessment/number')).toBe('42');
    expect(backend.peek('crm-readiness/assessment/object')).toBe('{"id":"object"}');
    expect(backend.peek('crm-readiness/assessment/null')).toBeNull();
    // A value that has no JSON (a BigInt) is left where it is, unread.
    expect(backend.peek('crm-readiness/assessment/big')).toBeNull();
    expect(db.data.get('crm-readiness/assessment/big')).toBe(10n);
    expect(await backend.read('crm-readiness/assessment/object')).toBe('{"id":"object"}');
    expect(await backend.read('crm-readiness/assessment/missing')).toBeNull();
  });

  it('creates the records store on first open', async () => {
    const db = new FakeIndexedDb();
    vi.stubGlobal('indexedDB', db.factory());
    vi.stubGlobal('BroadcastChannel', undefined);
    const backend = await open();
    expect(db.stores.has('records')).toBe(true);
    expect(await backend.update('k', () => 'v')).toBe('ok');
    expect(db.data.get('k')).toBe('v');
    // Without BroadcastChannel, other tabs are not heard, and nothing breaks.
    expect(backend.onOtherTabChange('k', () => undefined)).toBeTypeOf('function');
  });

  it.each([
    ['has no IndexedDB', () => vi.stubGlobal('indexedDB', undefined)],
    [
      'throws when IndexedDB is touched',
      () =>
        Object.defineProperty(globalThis, 'indexedDB', {
          configurable: true,
          get: () => {
            throw new DOMException('blocked', 'SecurityError');
          },
        }),
    ],
    ['throws from open', () => (install().db.open = 'throw')],
    ['fails to open', () => (install().db.open = 'error')],
    ['cannot read the records', () => (install().db.failReads = true)],
  ])('answers null when the browser %s', async (_name, setUp) => {
    setUp();
    expect(await openIndexedDbBackend()).toBeNull();
    Reflect.deleteProperty(globalThis, 'indexedDB');
  });

  it('gives up on a database that neither opens nor fails', async () => {
    install().db.open = 'hang';
    vi.useFakeTimers();
    const opening = openIndexedDbBackend();
    await vi.advanceTimersByTimeAsync(4000);
    expect(await opening).toBeNull();
  });
});

describe('writes', () => {
  it('stores, deletes, or leaves a key as `next` says, from the text stored now', async () => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    const seen: (string | null)[] = [];
    expect(await backend.update('k', (stored) => (seen.push(stored), `${stored}+1`))).toBe('ok');
    expect(db.data.get('k')).toBe('stored+1');
    expect(backend.peek('k')).toBe('stored+1');
    expect(await backend.update('k', () => undefined)).toBe('ok');
    expect(backend.peek('k')).toBe('stored+1');
    expect(await backend.update('k', () => null)).toBe('ok');
    expect(db.data.has('k')).toBe(false);
    expect(backend.peek('k')).toBeNull();
    expect(await backend.update('gone', () => undefined)).toBe('ok');
    expect(backend.peek('gone')).toBeNull();
    expect(seen).toEqual(['stored']);
  });

  it('hands the write over at once, from the text this tab knows, so a closing page keeps it', async () => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    const seen: (string | null)[] = [];
    const writing = backend.update('k', (stored) => (seen.push(stored), `${stored}+1`));
    // Called before anything is read back: the write is requested in the same turn.
    expect(seen).toEqual(['stored']);
    expect(await writing).toBe('ok');
    expect(db.data.get('k')).toBe('stored+1');
    expect(seen).toEqual(['stored']);
  });

  it('commits the write at once, so a page closed right after a change keeps it', async () => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    const writing = backend.update('k', (stored) => `${stored} and a note`);
    // A reload straight after typing: the page goes before any answer comes back to it.
    db.closePage();
    await writing;
    expect(db.data.get('k')).toBe('stored and a note');
  });

  it('writes from the stored text when it first left what it knew, and another tab wrote', async () => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    db.data.set('k', 'other');
    const next = (stored: string | null) => (stored === 'stored' ? undefined : `${stored}+1`);
    expect(await backend.update('k', next)).toBe('ok');
    expect(db.data.get('k')).toBe('other+1');
    expect(backend.peek('k')).toBe('other+1');
  });

  it('writes again from what a third tab stored while it wrote again', async () => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    db.data.set('k', 'other');
    const seen: (string | null)[] = [];
    const next = (stored: string | null) => {
      seen.push(stored);
      // A third tab writes while this one is about to write again.
      if (stored === 'other') db.data.set('k', 'third');
      return `${stored}+1`;
    };
    expect(await backend.update('k', next)).toBe('ok');
    expect(seen).toEqual(['stored', 'other', 'third']);
    expect(db.data.get('k')).toBe('third+1');
    expect(backend.peek('k')).toBe('third+1');
  });

  it.each([
    ['a change', (stored: string | null) => `${stored}+1`, 'stored+1+2'],
    ['a deletion', () => null, 'null+2'],
  ])(
    'writes after its own %s under way from what it will leave, not again',
    async (_name, first, result) => {
      const { db } = install();
      db.data.set('k', 'stored');
      const backend = await open();
      const seen: (string | null)[] = [];
      const one = backend.update('k', first);
      const two = backend.update('k', (stored) => (seen.push(stored), `${stored}+2`));
      expect(await Promise.all([one, two])).toEqual(['ok', 'ok']);
      expect(seen).toEqual([result.slice(0, -2) === 'null' ? null : result.slice(0, -2)]);
      expect(db.data.get('k')).toBe(result);
    },
  );

  it('writes again from the stored text when another tab wrote since this one heard', async () => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    db.data.set('k', 'other');
    const seen: (string | null)[] = [];
    expect(await backend.update('k', (stored) => (seen.push(stored), `${stored}+1`))).toBe('ok');
    expect(seen).toEqual(['stored', 'other']);
    expect(db.data.get('k')).toBe('other+1');
    expect(backend.peek('k')).toBe('other+1');
  });

  it.each([
    ['text', 'other'],
    ['a value that is not text', { id: 'x' }],
  ])('puts back what another tab stored (%s) when `next` leaves it', async (_name, other) => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    db.data.set('k', other);
    const next = (stored: string | null) => (stored === 'stored' ? 'mine' : undefined);
    expect(await backend.update('k', next)).toBe('ok');
    expect(db.data.get('k')).toEqual(other);
  });

  it('deletes again what this tab guessed when another tab had deleted the key', async () => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    db.data.delete('k');
    const next = (stored: string | null) => (stored === null ? undefined : `${stored}+1`);
    expect(await backend.update('k', next)).toBe('ok');
    expect(db.data.has('k')).toBe(false);
    expect(backend.peek('k')).toBeNull();
  });

  it('reports a full store as full and another refusal as failed, and changes nothing', async () => {
    const { db } = install();
    db.data.set('k', 'before');
    const backend = await open();
    db.commits.push('QuotaExceededError', 'UnknownError');
    expect(await backend.update('k', () => 'after')).toBe('full');
    expect(await backend.update('k', () => 'after')).toBe('failed');
    expect(
      await backend.update('k', () => {
        throw new Error('a step that breaks');
      }),
    ).toBe('failed');
    expect(db.data.get('k')).toBe('before');
    expect(backend.peek('k')).toBe('before');
    expect(await backend.read('k')).toBe('before');
  });

  it('fails every write and read once another tab upgrades the database', async () => {
    const { db } = install();
    db.data.set('k', 'before');
    const backend = await open();
    db.upgradeElsewhere();
    expect(await backend.update('k', () => 'after')).toBe('failed');
    expect(await backend.read('k')).toBeNull();
    expect(db.data.get('k')).toBe('before');
  });

  it('answers a failed read with null', async () => {
    const { db } = install();
    db.data.set('k', 'stored');
    const backend = await open();
    db.failReads = true;
    expect(await backend.read('k')).toBeNull();
  });
});

describe('other tabs', () => {
  it('hear each committed write, under their prefix only, until they stop listening', async () => {
    const { channels } = install();
    const [one, two] = [await open(), await open()];
    const heard: [string | null, string | null][] = [];
    const stop = two.onOtherTabChange('crm-readiness/assessment/', (key, raw) =>
      heard.push([key, raw]),
    );
    await one.update('crm-readiness/assessment/a', () => 'A');
    await one.update('crm-readiness/workshop/w', () => 'W');
    await one.update('crm-readiness/assessment/a', () => undefined);
    channels.deliver();
    await vi.waitFor(() => expect(heard).toEqual([['crm-readiness/assessment/a', 'A']]), WAIT);
    expect(two.peek('crm-readiness/workshop/w')).toBe('W');
    await one.update('crm-readiness/assessment/a', () => null);
    channels.deliver();
    await vi.waitFor(() => expect(two.peek('crm-readiness/assessment/a')).toBeNull(), WAIT);
    expect(heard.at(-1)).toEqual(['crm-readiness/assessment/a', null]);
    stop();
    await one.update('crm-readiness/assessment/b', () => 'B');
    channels.deliver();
    await vi.waitFor(() => expect(two.peek('crm-readiness/assessment/b')).toBe('B'), WAIT);
    expect(heard).toHaveLength(2);
  });

  it('ignore messages that are not changes', async () => {
    const { channels } = install();
    const backend = await open();
    const heard: unknown[] = [];
    backend.onOtherTabChange('', (key) => heard.push(key));
    const Channel = channels.constructor_();
    const stranger = new Channel('crm-readiness/records');
    for (const data of [null, 'text', { key: 1, raw: 'x' }, { key: 'k', raw: 2 }]) {
      stranger.postMessage(data);
    }
    channels.deliver();
    // A read queued now answers after the reads those messages started.
    await backend.read('k');
    expect(heard).toEqual([]);
    expect(backend.keys('')).toEqual([]);
  });

  it('hear what is stored now, not a message that later writes made stale', async () => {
    const { channels } = install();
    const [one, two] = [await open(), await open()];
    const heard: (string | null)[] = [];
    two.onOtherTabChange('k', (_key, raw) => heard.push(raw));
    // Tab one writes; before its message arrives, tab two writes on top of it.
    await one.update('k', () => 'one');
    await two.update('k', (stored) => `${stored}+two`);
    channels.deliver();
    await vi.waitFor(() => expect(one.peek('k')).toBe('one+two'), WAIT);
    // Tab two's read of tab one's message ran before tab one's read (transactions run in order).
    // Tab one's late message must not take tab two back to the older text.
    expect(two.peek('k')).toBe('one+two');
    expect(heard.every((raw) => raw === 'one+two')).toBe(true);
  });
});
