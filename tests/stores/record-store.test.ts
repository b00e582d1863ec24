import { describe, expect, it } from 'vitest';
import { createMemoryStorage } from '~/adapters/storage/browser-storage';
import { createRecordStore, type ParsedRecord } from '~/stores/record-store';
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
