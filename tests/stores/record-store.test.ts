import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
import { createRecordStore, type ParsedRecord } from '~/stores/record-store';
import { FakeDisk, openTab, settle } from '../adapters/storage/fake-backend';
import { realContext } from '../domain/assessment/real-content';

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

function openNotes() {
  const store = createRecordStore<Note>({
    prefix: 'test/',
    idOf: (note) => note.id,
    serialize: (note) => JSON.stringify(note),
  });
  const storage = createMemoryStorage();
  storage.setItem('test/a', JSON.stringify({ id: 'a', text: 'first' }));
  store.open({ parse: parseNote, storage });
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
    initAssessmentStore(realContext, { storage: createMemoryStorage() });
  });
});
