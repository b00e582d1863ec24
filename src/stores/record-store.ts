/**
 * What the assessments store and the workshops store share: a set of records kept in localStorage
 * under `<prefix><id>`, one key each, and read back with a parser the store gives.
 *
 * - Reading moves an unreadable record aside under a backup key (never deletes it) and reports it;
 *   a record filed under another record's key is re-filed under its own when that key is free.
 * - A record written by a newer version of the site is left untouched and out of the store.
 * - Every change is applied to the freshest stored copy and written at once, in the same
 *   synchronous step, so two tabs never silently overwrite each other's newer changes; other tabs'
 *   writes arrive through storage events.
 * - A browser that refuses storage gets an in-memory stand-in, and the health says so.
 */
import { atom, map } from 'nanostores';
import {
  createMemoryStorage,
  listKeys,
  moveAside,
  onOtherTabChange,
  openLocalStorage,
  readKey,
  removeKey,
  writeKey,
  type KeyValueStorage,
  type StorageHealth,
} from '../adapters/storage/browser-storage';
import { findById } from '../domain/assessment/find-by-id';

/** Whether saving works ('ok'), the browser refuses it, or storage is full; islands read it here. */
export type { StorageHealth } from '../adapters/storage/browser-storage';

/** A stored record that could not be read, kept under a backup key. */
export interface UnreadableRecord {
  readonly backupKey: string | null;
  readonly raw: string;
}

/** A record read back: the record, `newer` (written by a newer version: leave it), or null. */
export type ParsedRecord<T> = T | 'newer' | null;

/** How one kind of record is stored. */
export interface RecordKind<T> {
  /** Key prefix; the record's id follows it. */
  readonly prefix: string;
  readonly idOf: (record: T) => string;
  readonly serialize: (record: T) => string;
}

/** What a store is opened with: how to read records, plus an injected storage and clock for tests. */
export interface OpenOptions<T> {
  readonly parse: (raw: string) => ParsedRecord<T>;
  /** `null` stands for a browser that refuses storage; absent means localStorage. */
  readonly storage?: KeyValueStorage | null | undefined;
  readonly now?: (() => Date) | undefined;
}

interface StorageState<T> {
  readonly storage: KeyValueStorage;
  readonly parse: (raw: string) => ParsedRecord<T>;
  readonly now: () => Date;
  /** The last raw text read or written per id: a different text in storage means another tab wrote. */
  readonly lastRaw: Map<string, string>;
}

interface OpenState<T> extends StorageState<T> {
  readonly unsubscribe: () => void;
}

/** Creates the stores and the storage plumbing for one kind of record. */
export function createRecordStore<T>(kind: RecordKind<T>) {
  /** Every record in this browser, by id. */
  const $records = map<Record<string, T>>({});
  /** Whether saving works. */
  const $health = atom<StorageHealth>('ok');
  /** Records found unreadable and moved aside. */
  const $unreadable = atom<readonly UnreadableRecord[]>([]);
  /** The record removed last, until it is restored or another is removed. */
  const $lastRemoved = atom<T | null>(null);
  /** True once the stored records have been read. */
  const $loaded = atom(false);
  let state: OpenState<T> | null = null;

  const keyOf = (id: string) => `${kind.prefix}${id}`;

  function loadAll({ storage, parse, now, lastRaw }: StorageState<T>): void {
    lastRaw.clear();
    // A Map, not an object: an id such as `__proto__` or `constructor` must be a key like any other (#8).
    const all = new Map<string, T>();
    const unreadable: UnreadableRecord[] = [...$unreadable.get()];
    for (const key of listKeys(storage, kind.prefix)) {
      const raw = readKey(storage, key);
      if (raw === null) continue;
      const parsed = parse(raw);
      if (parsed === 'newer') continue;
      const id = parsed === null ? null : kind.idOf(parsed);
      const rightKey = id === null ? key : keyOf(id);
      // Unreadable, or filed under a key that another record already holds: keep it aside.
      if (
        parsed === null ||
        id === null ||
        (rightKey !== key && (all.has(id) || readKey(storage, rightKey) !== null))
      ) {
        unreadable.push({ backupKey: moveAside(storage, key, raw, now()), raw });
        continue;
      }
      if (rightKey !== key && writeKey(storage, rightKey, raw) === 'ok') removeKey(storage, key);
      all.set(id, parsed);
      lastRaw.set(id, raw);
    }
    // Object.fromEntries defines own keys, even `__proto__`.
    $records.set(Object.fromEntries(all));
    $unreadable.set(unreadable);
  }

  function applyOtherTabChange(opened: StorageState<T>, id: string, raw: string | null): void {
    if (raw === null) {
      opened.lastRaw.delete(id);
      $records.setKey(id, undefined);
      return;
    }
    const parsed = opened.parse(raw);
    if (parsed === null || parsed === 'newer' || kind.idOf(parsed) !== id) return;
    opened.lastRaw.set(id, raw);
    $records.setKey(id, parsed);
  }

  /** Puts a record in the store and writes it (mutates storage). */
  function save(record: T): void {
    const id = kind.idOf(record);
    $records.setKey(id, record);
    if (!state) return;
    const raw = kind.serialize(record);
    const result = writeKey(state.storage, keyOf(id), raw);
    if (result === 'ok') {
      state.lastRaw.set(id, raw);
      if ($health.get() === 'full') $health.set('ok');
    } else {
      // The in-memory stand-in never refuses a write: a refused write means localStorage is full.
      $health.set('full');
    }
  }

  return {
    $records,
    $health,
    $unreadable,
    $lastRemoved,
    $loaded,

    /**
     * Reads every stored record (once per page), moving unreadable ones aside, and starts
     * listening to other tabs. Opening again re-reads everything.
     */
    open: (options: OpenOptions<T>): void => {
      state?.unsubscribe();
      const opened = options.storage === undefined ? openLocalStorage() : options.storage;
      const stored: StorageState<T> = {
        storage: opened ?? createMemoryStorage(),
        parse: options.parse,
        now: options.now ?? (() => new Date()),
        lastRaw: new Map(),
      };
      const unsubscribe = onOtherTabChange(kind.prefix, (key, raw) =>
        key === null
          ? loadAll(stored)
          : applyOtherTabChange(stored, key.slice(kind.prefix.length), raw),
      );
      state = { ...stored, unsubscribe };
      $lastRemoved.set(null);
      $unreadable.set([]);
      $health.set(opened ? 'ok' : 'unavailable');
      loadAll(stored);
      $loaded.set(true);
    },

    /** The clock the store was opened with. */
    now: (): Date => {
      return state?.now() ?? new Date();
    },

    /** The storage in use, or null before the store is opened. */
    storage: (): KeyValueStorage | null => {
      return state?.storage ?? null;
    },

    /**
     * The freshest copy of a record: storage's if another tab wrote since we last looked (and then
     * the store is updated too). Undefined when another tab deleted it or a newer version rewrote it.
     */
    getFresh: (id: string): T | undefined => {
      const known = findById($records.get(), id);
      if (!state) return known;
      const raw = readKey(state.storage, keyOf(id));
      if (raw === state.lastRaw.get(id)) return known;
      if (raw === null) {
        // It was stored and is gone: another tab deleted it. Do not bring it back by editing it.
        if (state.lastRaw.has(id)) {
          state.lastRaw.delete(id);
          $records.setKey(id, undefined);
          return undefined;
        }
        return known;
      }
      const parsed = state.parse(raw);
      if (parsed === null) return known;
      if (parsed === 'newer') {
        // A newer version of the site owns this record now: never overwrite it with an older shape.
        $records.setKey(id, undefined);
        return undefined;
      }
      state.lastRaw.set(id, raw);
      $records.setKey(id, parsed);
      return parsed;
    },

    save,

    /** Removes a record from the store and storage; `undoRemove` brings it back until the next removal. */
    remove: (record: T): void => {
      const id = kind.idOf(record);
      if (state) {
        removeKey(state.storage, keyOf(id));
        state.lastRaw.delete(id);
      }
      $records.setKey(id, undefined);
      $lastRemoved.set(record);
    },

    /** Brings back the record removed last, or returns null when there is none. */
    undoRemove: (): T | null => {
      const record = $lastRemoved.get();
      if (!record) return null;
      save(record);
      $lastRemoved.set(null);
      return record;
    },
  };
}
