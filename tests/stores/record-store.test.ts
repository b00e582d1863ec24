import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  BACKUP_KEY_PREFIX,
  createMemoryStorage,
} from '~/adapters/storage/browser-storage';
import {
  $assessments,
  $unreadable,
  initAssessmentStore,
  whenAssessmentsRead,
} from '~/stores/assessments';
import {
  createRecordStore,
  hasUnsavedChanges,
  whenAllSaved,
  type ParsedRecord,
} from '~/stores/record-store';
import { installStorageEvents } from '../adapters/storage-stubs';
import { FakeDisk, openTab, settle } from '../adapters/storage/fake-backend';
import { realContext } from '../domain/assessment/real-content';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';

/** A tiny record kind: an id and a note, stored as JSON under `test/`. */
interface Note {
  readonly id: string;
  readonly text: string;
}

function parseNote(raw: string): ParsedRecord<Note> {
  try {
    const value = JSON.parse(raw) as Partial<Note>;
    return typeof value.id === 'string' && typeof value.text === 'string'
      ? { id: value.id, text: value.text }
      : null;
  } catch {
    return null;
  }
}

/** Like parseNote, and a note with a `version` above 1 is a newer version's. */
function parseNewerNote(raw: string): ParsedRecord<Note> {
  try {
    const value = JSON.parse(raw) as { version?: unknown };
    if (typeof value.version === 'number' && value.version > 1) return 'newer';
  } catch {
    return null;
  }
  return parseNote(raw);
}

function openNotes() {
  const store = createRecordStore<Note>({
    prefix: 'test/',
    idOf: (note) => note.id,
    serialize: (note) => JSON.stringify(note),
  });
  const storage = createMemoryStorage();
  storage.setItem('test/a', JSON.stringify({ id: 'a', text: 'first' }));
  store.open({ parse: parseNote, backend: createKeyValueBackend(storage) });
  return { store, storage };
}

describe('createRecordStore', () => {
  it('has no storage before it is opened, and keeps saved records in memory only', () => {
    const store = createRecordStore<Note>({
      prefix: 'test/',
      idOf: (note) => note.id,
      serialize: (note) => JSON.stringify(note),
    });
    expect(store.backend()).toBeNull();
    store.save({ id: 'b', text: 'kept in memory' });
    expect(store.$records.get()).toEqual({ b: { id: 'b', text: 'kept in memory' } });
    expect(store.getFresh('b')).toEqual({ id: 'b', text: 'kept in memory' });
  });

  it('keeps the last good copy when another tab leaves an unreadable one under its key', () => {
    const { store, storage } = openNotes();
    storage.setItem('test/a', '{"id": "a", "te');
    expect(store.getFresh('a')).toEqual({ id: 'a', text: 'first' });
    expect(store.$records.get()['a']).toEqual({ id: 'a', text: 'first' });
    // Nothing is lost: the damaged text stays where the other tab put it.
    expect(storage.getItem('test/a')).toBe('{"id": "a", "te');
  });

  it('takes the copy another tab wrote since it last looked', () => {
    const { store, storage } = openNotes();
    storage.setItem('test/a', JSON.stringify({ id: 'a', text: 'edited elsewhere' }));
    expect(store.getFresh('a')).toEqual({ id: 'a', text: 'edited elsewhere' });
    expect(store.$records.get()['a']).toEqual({ id: 'a', text: 'edited elsewhere' });
  });
});

describe('a store opened again while unreadable records are still being moved aside', () => {
  it('keeps each aside once and reports it once (an older record makes the page read twice)', async () => {
    const disk = new FakeDisk();
    const corrupt = '{"schemaVersion":2,"assessment":{"id":"c';
    const older = readFileSync(
      new URL('../fixtures/assessment/v1/stored.json', import.meta.url),
      'utf8',
    );
    disk.data.set(`${ASSESSMENT_KEY_PREFIX}corrupt`, corrupt);
    disk.data.set(`${ASSESSMENT_KEY_PREFIX}older`, older);
    const tab = openTab(disk);
    // IndexedDB answers every write later: the first reading's move is under way when the codec
    // arrives and the records are read again.
    tab.outcomes.push(
      ...Array.from({ length: 10 }, () => ({ result: 'ok' as const, async: true })),
    );
    const release = disk.hold();
    initAssessmentStore(realContext, { backend: tab, now: () => new Date('2026-12-01T12:00:00Z') });
    await whenAssessmentsRead();
    release();
    await settle();
    expect($unreadable.get()).toEqual([
      {
        backupKey: `${BACKUP_KEY_PREFIX}2026-12-01T12:00:00.000Z/${ASSESSMENT_KEY_PREFIX}corrupt`,
        raw: corrupt,
      },
    ]);
    expect([...disk.data.keys()].filter((key) => key.startsWith(BACKUP_KEY_PREFIX))).toHaveLength(
      1,
    );
    expect(disk.data.has(`${ASSESSMENT_KEY_PREFIX}corrupt`)).toBe(false);
    expect(Object.values($assessments.get()).map((a) => a.name)).toEqual([
      'Initial readiness check',
    ]);
    initAssessmentStore(realContext, { backend: createKeyValueBackend(createMemoryStorage()) });
  });
});

describe('the record store on a backend that answers later and fails', () => {
  const kind = {
    prefix: 'test/',
    idOf: (note: Note) => note.id,
    serialize: (note: Note) => JSON.stringify(note),
  };
  const later = (result: 'ok' | 'full' | 'failed' = 'ok') => ({ result, async: true });

  function setUp(
    stored: Record<string, string> = { 'test/a': JSON.stringify({ id: 'a', text: 'first' }) },
  ) {
    const disk = new FakeDisk();
    for (const [key, raw] of Object.entries(stored)) disk.data.set(key, raw);
    const tab = openTab(disk);
    const store = createRecordStore<Note>(kind);
    store.open({
      parse: parseNewerNote,
      backend: tab,
      now: () => new Date('2026-12-01T12:00:00Z'),
    });
    return { disk, tab, store };
  }

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('says a change is unsaved on every store until it is stored, and false once it is refused', async () => {
    const { tab, store } = setUp();
    tab.outcomes.push(later());
    store.save({ id: 'a', text: 'second' });
    expect(hasUnsavedChanges()).toBe(true);
    expect(await whenAllSaved()).toBe(true);
    expect(hasUnsavedChanges()).toBe(false);
    tab.outcomes.push(later('failed'));
    store.save({ id: 'a', text: 'third' });
    expect(await whenAllSaved()).toBe(false);
    expect(store.$health.get()).toBe('failed');
    // Refused and waiting: saved() answers false at once.
    expect(await store.saved('a')).toBe(false);
    store.retryNow();
    await settle();
    expect(store.$health.get()).toBe('ok');
    expect(hasUnsavedChanges()).toBe(false);
  });

  it('leaves a record a newer version wrote meanwhile, and drops the change made on it', async () => {
    const { disk, store } = setUp();
    const pending = store.saved('a');
    expect(await pending).toBe(true);
    // A newer version of the site rewrote it, and this tab has not heard yet.
    const newer = JSON.stringify({ id: 'a', text: 'newer', version: 2 });
    disk.data.set('test/a', newer);
    store.save({ id: 'a', text: 'mine' });
    expect(await store.saved('a')).toBe(true);
    expect(disk.data.get('test/a')).toBe(newer);
    expect(store.$records.get()['a']).toBeUndefined();
    expect(store.$unsaved.get()).toEqual([]);
  });

  it('writes a change over damaged text from the last good copy', () => {
    const { disk, store } = setUp();
    disk.data.set('test/a', '{"id": "a", "te');
    store.change('a', { id: 'a', text: 'first' }, { id: 'a', text: 'fixed' }, (base) =>
      base ? { ...base, text: `${base.text}, fixed` } : null,
    );
    expect(JSON.parse(disk.data.get('test/a') ?? '')).toEqual({ id: 'a', text: 'first, fixed' });
  });

  it('writes changes made while a write is under way right after it, in order', async () => {
    const { disk, tab, store } = setUp();
    tab.outcomes.push(later(), later());
    store.save({ id: 'a', text: 'one' });
    store.save({ id: 'a', text: 'two' });
    expect(store.$unsaved.get()).toEqual(['a']);
    expect(await store.saved('a')).toBe(true);
    expect(JSON.parse(disk.data.get('test/a') ?? '')).toEqual({ id: 'a', text: 'two' });
  });

  it('removes, and brings back the record removed last', async () => {
    const { disk, store } = setUp();
    store.remove({ id: 'a', text: 'first' });
    expect(disk.data.has('test/a')).toBe(false);
    expect(store.$lastRemoved.get()).toEqual({ id: 'a', text: 'first' });
    expect(store.undoRemove()).toEqual({ id: 'a', text: 'first' });
    expect(store.undoRemove()).toBeNull();
    expect(await store.saved('a')).toBe(true);
    expect(disk.data.get('test/a')).toBe(JSON.stringify({ id: 'a', text: 'first' }));
  });

  it('keeps queued changes on top when opened again on the same backend, and writes them', async () => {
    const { disk, tab, store } = setUp({
      'test/a': JSON.stringify({ id: 'a', text: 'first' }),
      'test/b': JSON.stringify({ id: 'b', text: 'bee' }),
    });
    tab.outcomes.push({ result: 'failed', async: false }, { result: 'failed', async: false });
    store.save({ id: 'a', text: 'waiting' });
    store.remove({ id: 'b', text: 'bee' });
    store.open({ parse: parseNewerNote, backend: tab });
    await settle();
    expect({ ...store.$records.get() }).toEqual({ a: { id: 'a', text: 'waiting' } });
    expect(disk.data.has('test/b')).toBe(false);
  });

  it('answers false to a wait and ignores a late answer once opened on another backend', async () => {
    const { disk, tab, store } = setUp();
    tab.outcomes.push(later());
    store.save({ id: 'a', text: 'late' });
    const pending = store.saved('a');
    store.open({ parse: parseNewerNote, backend: openTab(new FakeDisk()) });
    expect(await pending).toBe(false);
    await settle();
    expect(disk.data.get('test/a')).toContain('late');
    expect(store.$records.get()['a']).toBeUndefined();
  });

  it('reads everything again when another tab clears the storage, and not after it is reopened', () => {
    const events = installStorageEvents();
    const storage = createMemoryStorage();
    storage.setItem('test/a', JSON.stringify({ id: 'a', text: 'first' }));
    const store = createRecordStore<Note>(kind);
    store.open({ parse: parseNote, backend: createKeyValueBackend(storage) });
    storage.removeItem('test/a');
    events.fire(null, null);
    expect(store.$records.get()).toEqual({});
    storage.setItem('test/b', JSON.stringify({ id: 'b', text: 'bee' }));
    store.open({ parse: parseNote, backend: createKeyValueBackend(createMemoryStorage()) });
    events.fire(null, null);
    expect(store.$records.get()).toEqual({});
  });

  it('lets a write under way catch up with another tab instead of taking its message', async () => {
    const { disk, tab, store } = setUp();
    const other = openTab(disk);
    tab.outcomes.push(later());
    store.save({ id: 'a', text: 'mine' });
    expect(other.update('test/b', () => JSON.stringify({ id: 'b', text: 'other tab' }))).toBe('ok');
    disk.deliver();
    expect(await store.saved('a')).toBe(true);
    expect(store.$records.get()['b']).toEqual({ id: 'b', text: 'other tab' });
    expect(store.$records.get()['a']).toEqual({ id: 'a', text: 'mine' });
  });

  it('says there is no backup when the copy aside is refused, at once or later', async () => {
    const corrupt = { 'test/x': 'not json', 'test/y': 'nor this' };
    const disk = new FakeDisk();
    for (const [key, raw] of Object.entries(corrupt)) disk.data.set(key, raw);
    const tab = openTab(disk, [
      { result: 'full', async: false },
      { result: 'full', async: true },
    ]);
    const store = createRecordStore<Note>(kind);
    store.open({
      parse: parseNewerNote,
      backend: tab,
      now: () => new Date('2026-12-01T12:00:00Z'),
    });
    await settle();
    expect(store.$unreadable.get()).toEqual([
      { backupKey: null, raw: 'not json' },
      { backupKey: null, raw: 'nor this' },
    ]);
    expect(Object.fromEntries(disk.data)).toEqual(corrupt);
  });

  it('files a record found under another key under its own, once that write is stored', async () => {
    const raw = JSON.stringify({ id: 'right', text: 'misfiled' });
    const { disk } = setUp({ 'test/wrong': raw });
    await settle();
    expect(Object.fromEntries(disk.data)).toEqual({ 'test/right': raw });
    const refused = new FakeDisk();
    refused.data.set('test/wrong', raw);
    const store = createRecordStore<Note>(kind);
    store.open({
      parse: parseNewerNote,
      backend: openTab(refused, [{ result: 'failed', async: true }]),
    });
    await settle();
    expect(Object.fromEntries(refused.data)).toEqual({ 'test/wrong': raw });
    expect(store.$records.get()['right']).toEqual({ id: 'right', text: 'misfiled' });
  });
});

describe('leavingWouldLose', () => {
  /** A backend whose writes end only when the test says, each with the result it is given. */
  function heldBackend() {
    const inner = createKeyValueBackend(createMemoryStorage());
    const held: ((result: 'ok' | 'full') => void)[] = [];
    const backend = {
      ...inner,
      update: (key: string, next: (stored: string | null) => string | null | undefined) =>
        new Promise<'ok' | 'full'>((resolve) => {
          held.push((result) => {
            if (result === 'ok') void inner.update(key, next);
            resolve(result);
          });
        }),
    };
    return { backend, held };
  }

  it('asks only while a change is refused: every other one is handed over at once', async () => {
    // A fresh module: the stores other tests opened must not count.
    vi.resetModules();
    const { createRecordStore: create, leavingWouldLose } = await import('~/stores/record-store');
    const { backend, held } = heldBackend();
    const store = create<Note>({
      prefix: 'test/',
      idOf: (note) => note.id,
      serialize: (note) => JSON.stringify(note),
    });
    store.open({ parse: parseNote, backend });
    expect(leavingWouldLose()).toBe(false);

    store.save({ id: 'a', text: 'one' });
    store.save({ id: 'a', text: 'two' });
    // Both handed over at once, the second while the first is under way: the database writes
    // them in order even if the page closes now.
    expect(held).toHaveLength(2);
    expect(leavingWouldLose()).toBe(false);
    expect(store.$unsaved.get()).toEqual(['a']);

    held.shift()?.('ok');
    held.shift()?.('full');
    await vi.waitFor(() => {
      expect(store.$health.get()).toBe('full');
    });
    // Refused: it lives only in this page until a write succeeds.
    expect(leavingWouldLose()).toBe(true);
    store.retryNow();
    held.shift()?.('ok');
    await vi.waitFor(() => {
      expect(store.$health.get()).toBe('ok');
    });
    expect(leavingWouldLose()).toBe(false);
    expect(store.$unsaved.get()).toEqual([]);
    expect(backend.peek('test/a')).toBe(JSON.stringify({ id: 'a', text: 'two' }));
  });

  it('applies each change once when writes of one record overlap', async () => {
    const { backend, held } = heldBackend();
    const store = createRecordStore<Note>({
      prefix: 'test/',
      idOf: (note) => note.id,
      serialize: (note) => JSON.stringify(note),
    });
    store.open({ parse: parseNote, backend });
    const shout = (note: Note | null): Note | null => note && { ...note, text: `${note.text}!` };
    store.save({ id: 'a', text: 'hi' });
    held.shift()?.('ok');
    expect(await store.saved('a')).toBe(true);
    // Two changes that are not idempotent, the second handed over while the first is under way.
    for (let i = 0; i < 2; i += 1) {
      const shown = store.$records.get()['a'] ?? null;
      store.change('a', shown, shout(shown), shout);
    }
    expect(held).toHaveLength(2);
    held.shift()?.('ok');
    held.shift()?.('ok');
    expect(await store.saved('a')).toBe(true);
    expect(backend.peek('test/a')).toBe(JSON.stringify({ id: 'a', text: 'hi!!' }));
    expect(store.$records.get()['a']).toEqual({ id: 'a', text: 'hi!!' });
  });
});
