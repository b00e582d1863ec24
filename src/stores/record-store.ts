/**
 * What the assessments store and the workshops store share: a set of records kept in the page's
 * backend (IndexedDB; see adapters/storage) under `<prefix><id>`, one key each, and read back with a
 * parser the store gives.
 *
 * - Reading moves an unreadable record aside under a backup key (never deletes it) and reports it;
 *   a record filed under another record's key is re-filed under its own when that key is free.
 * - A record written by a newer version of the site is left untouched and out of the store.
 * - Every change is shown at once, queued as a step that can be applied again, and handed to the
 *   database at once (even while an earlier write of the record is under way: the database runs
 *   them in order), so a page that closes right after a change keeps it. Each write is one atomic
 *   read-modify-write that applies the queued steps to the copy stored at that moment, so two tabs
 *   never overwrite each other's newer changes; other tabs' writes arrive as messages.
 * - A change is unsaved until its write is reported done. A refused write keeps the change in
 *   memory, says so (`$health`), and is tried again: after any write that succeeds, and every few
 *   seconds. While a refused change waits, leaving the page asks first.
 * - A browser that refuses storage gets an in-memory stand-in, and the health says so.
 */
import { atom, map } from 'nanostores';
import type { StorageHealth } from '../adapters/storage/browser-storage';
import { holdLinksWhile } from '../adapters/storage/hold-navigation';
import { guardLeaving } from '../adapters/storage/leave-guard';
import { askToPersist, openRecordBackend } from '../adapters/storage/open-backend';
import {
  BACKUP_KEY_PREFIX,
  whenDone,
  type RecordBackend,
  type WriteResult,
} from '../adapters/storage/record-backend';
import { findById } from '../domain/assessment/find-by-id';

/** Whether saving works ('ok'), the browser refuses it, or writes fail; islands read it here. */
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

/** What a store is opened with: how to read records, plus an injected backend and clock for tests. */
export interface OpenOptions<T> {
  readonly parse: (raw: string) => ParsedRecord<T>;
  /**
   * Where to keep the records (tests: `createKeyValueBackend` over a memory storage, or with none
   * for a browser that refuses storage); absent means the page's backend.
   */
  readonly backend?: RecordBackend | undefined;
  readonly now?: (() => Date) | undefined;
}

/** How long a refused write waits before it is tried again. */
export const RETRY_MS = 3000;

/**
 * The page's backend, opened before any island that imports a store is drawn; also for reading
 * records of a kind whose store the page does not open.
 */
export const pageBackend: RecordBackend = await openRecordBackend();

/** Every store on the page: the ids with changes not stored yet, and a wait for one of them. */
const everyStore: {
  readonly unsaved: () => readonly string[];
  readonly saved: (id: string) => Promise<boolean>;
  readonly atRisk: () => boolean;
}[] = [];

/** Whether any store on the page has a change not stored yet (being written, or refused). */
export function hasUnsavedChanges(): boolean {
  return everyStore.some((store) => store.unsaved().length > 0);
}

/**
 * Resolves true once every change made so far, in every store, is stored; false as soon as one is
 * refused. Pages wait on it before they go to another page.
 */
export async function whenAllSaved(): Promise<boolean> {
  const waits = everyStore.flatMap((store) => store.unsaved().map((id) => store.saved(id)));
  return (await Promise.all(waits)).every(Boolean);
}

/**
 * Whether closing the page now would lose a change: one refused. One handed to the database (every
 * other) is written even if the page closes, so a reload right after typing asks nothing.
 */
export function leavingWouldLose(): boolean {
  return everyStore.some((store) => store.atRisk());
}

holdLinksWhile(hasUnsavedChanges, whenAllSaved);
guardLeaving(leavingWouldLose);

/**
 * One queued change: the record it was shown on (`base`), what it showed (`result`), and the step
 * that makes it again on another copy. null stands for "no record".
 */
interface Step<T> {
  readonly base: T | null;
  readonly result: T | null;
  readonly apply: (base: T | null) => T | null;
}

/** One write under way: the steps it takes, and what it stored (once it knows). */
interface Write<T> {
  readonly steps: readonly Step<T>[];
  after: { raw: string | null; record: T | null } | 'newer' | null;
}

interface OpenState<T> {
  readonly backend: RecordBackend;
  readonly parse: (raw: string) => ParsedRecord<T>;
  readonly now: () => Date;
  /** The stored text this tab last read or wrote per id: a different one means another tab wrote. */
  readonly lastRaw: Map<string, string>;
  /** The record that text holds. */
  readonly confirmed: Map<string, T>;
  readonly unsubscribe: () => void;
}

/** Creates the stores and the storage plumbing for one kind of record. */
export function createRecordStore<T>(kind: RecordKind<T>) {
  /** Every record in this browser, by id, with the changes not yet stored already applied. */
  const $records = map<Record<string, T>>({});
  /** Whether saving works. */
  const $health = atom<StorageHealth>('ok');
  /** Ids of records with changes not stored yet (being written, or refused and waiting). */
  const $unsaved = atom<readonly string[]>([]);
  /** Records found unreadable and moved aside. */
  const $unreadable = atom<readonly UnreadableRecord[]>([]);
  /** The record removed last, until it is restored or another is removed. */
  const $lastRemoved = atom<T | null>(null);
  /** True once the stored records have been read. */
  const $loaded = atom(false);
  let state: OpenState<T> | null = null;
  /** Queued changes per id, oldest first; the first ones may be being written now. */
  const queued = new Map<string, Step<T>[]>();
  /**
   * Writes under way per id, oldest first. Each change is handed to the database at once, even
   * while an earlier write of the record is under way: the database runs them in order, and a page
   * that closes keeps every change it handed over.
   */
  const writing = new Map<string, Write<T>[]>();
  const isWriting = (id: string) => (writing.get(id)?.length ?? 0) > 0;
  const waiting = new Map<string, ((saved: boolean) => void)[]>();
  let retry: ReturnType<typeof setTimeout> | null = null;
  /** Texts moved aside, by key: one still there (its move under way, or refused) is not read again. */
  const aside = new Map<string, string>();

  const keyOf = (id: string) => `${kind.prefix}${id}`;
  const shown = (id: string): T | null => findById($records.get(), id) ?? null;
  const show = (id: string, record: T | null) => $records.setKey(id, record ?? undefined);

  function markUnsaved(): void {
    const ids = [...queued.keys()];
    const before = $unsaved.get();
    if (ids.length !== before.length || ids.some((id, i) => id !== before[i])) $unsaved.set(ids);
  }

  function resolveWaiting(id: string, saved: boolean): void {
    const list = waiting.get(id);
    if (!list) return;
    waiting.delete(id);
    for (const resolve of list) resolve(saved);
  }

  /** Shows the confirmed copy with the queued changes applied again on top. */
  function reapply(opened: OpenState<T>, id: string): void {
    let record: T | null = opened.confirmed.get(id) ?? null;
    for (const step of queued.get(id) ?? []) record = step.apply(record);
    show(id, record);
  }

  /** Forgets a record that a newer version of the site now owns: it must never be overwritten. */
  function dropNewer(opened: OpenState<T>, id: string): void {
    opened.lastRaw.delete(id);
    opened.confirmed.delete(id);
    queued.delete(id);
    show(id, null);
    markUnsaved();
    resolveWaiting(id, false);
  }

  /**
   * Takes a stored text this tab has not seen (another tab wrote it) as the confirmed copy, unless
   * it is unreadable (the last good copy stays) or newer (with `leaveNewer`, the record stays shown
   * until it is next changed; otherwise it is left to that version at once).
   */
  function takeStored(
    opened: OpenState<T>,
    id: string,
    raw: string | null,
    leaveNewer = false,
  ): void {
    if (raw === opened.lastRaw.get(id)) return;
    if (raw === null) {
      // Stored before and gone now: another tab deleted it. Queued edits must not bring it back.
      if (!opened.lastRaw.has(id)) return;
      opened.lastRaw.delete(id);
      opened.confirmed.delete(id);
      reapply(opened, id);
      return;
    }
    const parsed = opened.parse(raw);
    if (parsed === 'newer') {
      if (!leaveNewer) dropNewer(opened, id);
      return;
    }
    if (parsed === null || kind.idOf(parsed) !== id) return;
    opened.lastRaw.set(id, raw);
    opened.confirmed.set(id, parsed);
    reapply(opened, id);
  }

  /** The record a write starts from, given the text stored at that moment. */
  function baseOf(opened: OpenState<T>, id: string, stored: string | null): T | null | 'newer' {
    if (stored === null) return null;
    const confirmed = opened.confirmed.get(id) ?? null;
    if (stored === opened.lastRaw.get(id)) return confirmed;
    const parsed = opened.parse(stored);
    if (parsed === 'newer') return 'newer';
    // Damaged text under the key (another tab, another program): write over it from the good copy.
    return parsed === null || kind.idOf(parsed) !== id ? confirmed : parsed;
  }

  function scheduleRetry(): void {
    if (retry !== null) return;
    retry = setTimeout(() => {
      retry = null;
      for (const id of [...queued.keys()]) write(id);
    }, RETRY_MS);
  }

  /** Writes the queued changes of one record that no write under way has taken yet. */
  function write(id: string): void {
    const opened = state;
    const steps = queued.get(id);
    const last = steps?.at(-1);
    if (!opened || !steps || !last) return;
    const flying = writing.get(id) ?? [];
    if (flying.some((earlier) => earlier.steps.includes(last))) return;
    const earlier = [...flying];
    const mine: Write<T> = { steps: [...steps], after: null };
    writing.set(id, [...flying, mine]);
    const result = opened.backend.update(keyOf(id), (stored) => {
      // What an earlier write of ours stored already holds its steps: go on from there.
      const from = earlier.findLast(
        (write) => write.after !== null && write.after !== 'newer' && write.after.raw === stored,
      );
      const known = from?.after;
      const base = known && known !== 'newer' ? known.record : baseOf(opened, id, stored);
      if (base === 'newer') {
        mine.after = 'newer';
        return undefined;
      }
      const skip = from ? mine.steps.indexOf(from.steps.at(-1) as Step<T>) + 1 : 0;
      let record = base;
      for (const step of mine.steps.slice(skip)) {
        record = record === step.base ? step.result : step.apply(record);
      }
      if (record === base) {
        mine.after = { raw: stored, record };
        return undefined;
      }
      const raw = record === null ? null : kind.serialize(record);
      mine.after = { raw, record };
      return raw;
    });
    whenDone(result, (written) => settle(opened, id, mine, written));
  }

  function settle(opened: OpenState<T>, id: string, mine: Write<T>, written: WriteResult): void {
    const flying = (writing.get(id) ?? []).filter((write) => write !== mine);
    if (flying.length > 0) writing.set(id, flying);
    else writing.delete(id);
    if (state !== opened) return;
    const { after } = mine;
    if (written !== 'ok' || after === null) {
      $health.set(written === 'ok' ? 'failed' : written);
      markUnsaved();
      resolveWaiting(id, false);
      scheduleRetry();
      return;
    }
    if (after === 'newer') {
      dropNewer(opened, id);
      return;
    }
    const steps = queued.get(id) ?? [];
    steps.splice(0, steps.indexOf(mine.steps.at(-1) as Step<T>) + 1);
    if (steps.length === 0) queued.delete(id);
    if (after.raw === null || after.record === null) {
      opened.lastRaw.delete(id);
      opened.confirmed.delete(id);
    } else {
      opened.lastRaw.set(id, after.raw);
      opened.confirmed.set(id, after.record);
    }
    reapply(opened, id);
    markUnsaved();
    if (opened.backend.kind !== 'memory') askToPersist();
    // Another tab may have written while this write was under way (unless ours still are).
    if (!isWriting(id)) takeStored(opened, id, opened.backend.peek(keyOf(id)));
    if (queued.has(id)) {
      write(id);
    } else {
      resolveWaiting(id, true);
    }
    const health = $health.get();
    if (health === 'full' || health === 'failed') {
      // Space is back: write every change still waiting, not only this record's.
      $health.set('ok');
      for (const other of [...queued.keys()]) write(other);
    }
  }

  /**
   * Shows `result` for `id` at once and queues the change (`apply` makes it again on another
   * copy), then writes it.
   */
  function change(id: string, base: T | null, result: T | null, apply: Step<T>['apply']): void {
    show(id, result);
    if (!state) return;
    const steps = queued.get(id) ?? [];
    steps.push({ base, result, apply });
    queued.set(id, steps);
    markUnsaved();
    write(id);
  }

  /**
   * Resolves true once every change of `id` made so far is stored (at once when there is none),
   * false as soon as a write of it is refused (at once when one was and waits to be tried again).
   */
  function saved(id: string): Promise<boolean> {
    if (!queued.has(id) || !state) return Promise.resolve(true);
    const health = $health.get();
    if (!isWriting(id) && (health === 'full' || health === 'failed')) return Promise.resolve(false);
    return new Promise((resolve) => {
      waiting.set(id, [...(waiting.get(id) ?? []), resolve]);
    });
  }

  everyStore.push({
    unsaved: () => [...queued.keys()],
    saved,
    // Every change is handed to the database at once: only a refused one is lost with the page.
    atRisk: () => queued.size > 0 && ($health.get() === 'full' || $health.get() === 'failed'),
  });

  /** Puts a record in the store and writes it. */
  function save(record: T): void {
    const id = kind.idOf(record);
    change(id, shown(id), record, () => record);
  }

  /** Moves an unreadable stored text aside under a backup key, then removes the original. */
  function moveAside(opened: OpenState<T>, key: string, raw: string): UnreadableRecord {
    const backupKey = `${BACKUP_KEY_PREFIX}${opened.now().toISOString()}/${key}`;
    aside.set(key, raw);
    let answered = false;
    let refusedAtOnce = false;
    whenDone(
      opened.backend.update(backupKey, () => raw),
      (written) => {
        if (written === 'ok') {
          void opened.backend.update(key, (stored) => (stored === raw ? null : undefined));
        } else if (!answered) {
          refusedAtOnce = true;
        } else {
          // The copy failed: the original stays where it is, and the notice says there is no backup.
          $unreadable.set(
            $unreadable
              .get()
              .map((r) => (r.backupKey === backupKey ? { backupKey: null, raw } : r)),
          );
        }
      },
    );
    answered = true;
    return { backupKey: refusedAtOnce ? null : backupKey, raw };
  }

  function loadAll(opened: OpenState<T>): void {
    opened.lastRaw.clear();
    opened.confirmed.clear();
    // A Map, not an object: an id such as `__proto__` or `constructor` must be a key like any other (#8).
    const all = new Map<string, T>();
    const unreadable: UnreadableRecord[] = [...$unreadable.get()];
    const { backend } = opened;
    for (const key of backend.keys(kind.prefix)) {
      const raw = backend.peek(key);
      if (raw === null || aside.get(key) === raw) continue;
      const parsed = opened.parse(raw);
      if (parsed === 'newer') continue;
      const id = parsed === null ? null : kind.idOf(parsed);
      const rightKey = id === null ? key : keyOf(id);
      // Unreadable, or filed under a key that another record already holds: keep it aside.
      if (
        parsed === null ||
        id === null ||
        (rightKey !== key && (all.has(id) || backend.peek(rightKey) !== null))
      ) {
        unreadable.push(moveAside(opened, key, raw));
        continue;
      }
      all.set(id, parsed);
      if (rightKey === key) {
        opened.lastRaw.set(id, raw);
        opened.confirmed.set(id, parsed);
        continue;
      }
      whenDone(
        backend.update(rightKey, (stored) => stored ?? raw),
        (written) => {
          if (written !== 'ok' || backend.peek(rightKey) !== raw) return;
          opened.lastRaw.set(id, raw);
          opened.confirmed.set(id, parsed);
          void backend.update(key, (stored) => (stored === raw ? null : undefined));
        },
      );
    }
    // Changes still queued from before (the store opened again on the same backend) stay on top.
    for (const [id, steps] of queued) {
      let record: T | null = all.get(id) ?? null;
      for (const step of steps) record = step.apply(record);
      if (record === null) all.delete(id);
      else all.set(id, record);
    }
    // Object.fromEntries defines own keys, even `__proto__`.
    $records.set(Object.fromEntries(all));
    $unreadable.set(unreadable);
  }

  return {
    $records,
    $health,
    $unsaved,
    $unreadable,
    $lastRemoved,
    $loaded,

    /**
     * Reads every stored record (once per page), moving unreadable ones aside, and starts
     * listening to other tabs. Opening again re-reads everything; changes still waiting to be
     * written stay queued when the backend is the same, and are dropped with another one.
     */
    open: (options: OpenOptions<T>): void => {
      const previous = state;
      previous?.unsubscribe();
      const backend = options.backend ?? pageBackend;
      if (previous?.backend !== backend) {
        queued.clear();
        writing.clear();
        aside.clear();
        for (const id of [...waiting.keys()]) resolveWaiting(id, false);
      }
      if (retry !== null) clearTimeout(retry);
      retry = null;
      const opened: OpenState<T> = {
        backend,
        parse: options.parse,
        now: options.now ?? (() => new Date()),
        lastRaw: new Map(),
        confirmed: new Map(),
        unsubscribe: backend.onOtherTabChange(kind.prefix, (key, raw) => {
          if (state !== opened) return;
          if (key === null) {
            loadAll(opened);
            return;
          }
          const id = key.slice(kind.prefix.length);
          // A write of this record is under way: it read the freshest copy, and catches up after.
          if (!isWriting(id)) takeStored(opened, id, raw, true);
        }),
      };
      state = opened;
      $lastRemoved.set(null);
      $unreadable.set([]);
      $health.set(backend.kind === 'memory' ? 'unavailable' : 'ok');
      loadAll(opened);
      markUnsaved();
      for (const id of [...queued.keys()]) write(id);
      $loaded.set(true);
    },

    /** The clock the store was opened with. */
    now: (): Date => {
      return state?.now() ?? new Date();
    },

    /** The backend in use, or null before the store is opened. */
    backend: (): RecordBackend | null => {
      return state?.backend ?? null;
    },

    /**
     * The freshest copy of a record, with this tab's unsaved changes on top: the stored one if
     * another tab wrote since we last looked (and then the store is updated too). Undefined when
     * another tab deleted it or a newer version rewrote it.
     */
    getFresh: (id: string): T | undefined => {
      if (state && !isWriting(id)) takeStored(state, id, state.backend.peek(keyOf(id)));
      return shown(id) ?? undefined;
    },

    /** Applies `next` to a record shown now and queues the change; `next` may be applied again. */
    change,

    save,

    saved,

    /** Tries every waiting change again now (the retry timer does the same every few seconds). */
    retryNow: (): void => {
      for (const id of [...queued.keys()]) write(id);
    },

    /** Removes a record from the store and storage; `undoRemove` brings it back until the next removal. */
    remove: (record: T): void => {
      const id = kind.idOf(record);
      change(id, shown(id), null, () => null);
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
