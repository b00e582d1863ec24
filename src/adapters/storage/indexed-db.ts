/**
 * The records' home in the browser: one IndexedDB object store of text values by key, with the same
 * keys localStorage used (`crm-readiness/assessment/<id>`, …). Written with the raw API rather than a
 * wrapper: the backend needs four kinds of request (open, read everything, one read-modify-write
 * transaction, one read), about 1 KB, and `idb-keyval` would still leave the mirror, the messages
 * between tabs and the error mapping to us.
 *
 * - Every write is one readwrite transaction that reads the stored text and writes the new one, so
 *   two tabs changing one record are serialised by the database and neither overwrites the other.
 * - A write is reported done only when its transaction has committed.
 * - The other tabs hear of each committed write through a BroadcastChannel (its key), read the key
 *   and update their mirror: a message may arrive after later writes, so its text would be stale.
 */
import type { MaybePromise, NextValue, RecordBackend, WriteResult } from './record-backend';

const DATABASE = 'crm-readiness';
const STORE = 'records';
const CHANNEL = 'crm-readiness/records';
/** A database that neither opens nor fails (a blocked upgrade, a broken profile) is given up on. */
const OPEN_TIMEOUT_MS = 4000;

/** A stored value as text: ours are always strings; anything else is shown to the parser as JSON. */
function asText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

function openDatabase(factory: IDBFactory): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), OPEN_TIMEOUT_MS);
    const done = (db: IDBDatabase | null) => {
      clearTimeout(timer);
      resolve(db);
    };
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DATABASE, 1);
    } catch {
      done(null);
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => done(request.result);
    request.onerror = () => done(null);
  });
}

/**
 * Reads every key and value, in key order: one getAllKeys and one getAll in one transaction (a
 * cursor took a task per record, about 1 s for 300 assessments on a slow machine).
 */
function readEverything(db: IDBDatabase): Promise<Map<string, string> | null> {
  return new Promise((resolve) => {
    try {
      const records = db.transaction(STORE, 'readonly').objectStore(STORE);
      const keys = records.getAllKeys();
      const values = records.getAll();
      values.onsuccess = () => {
        const all = new Map<string, string>();
        keys.result.forEach((key, i) => {
          const raw = asText(values.result[i]);
          if (typeof key === 'string' && raw !== null) all.set(key, raw);
        });
        resolve(all);
      };
      values.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

/** Opens the records' database and reads it; null where the browser has no usable IndexedDB. */
export async function openIndexedDbBackend(): Promise<RecordBackend | null> {
  let factory: IDBFactory | undefined;
  try {
    factory = globalThis.indexedDB;
  } catch {
    // Some browsers throw on access when the user blocks site data.
    return null;
  }
  if (!factory) return null;
  const db = await openDatabase(factory);
  if (!db) return null;
  const mirror = await readEverything(db);
  if (!mirror) return null;
  // Another tab upgrading the database (a later version of the site) needs this connection closed;
  // writes then fail and are reported, and that tab's "use the new version" reloads this one.
  db.onversionchange = () => db.close();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  const listeners = new Set<(key: string, raw: string | null) => void>();

  /** The text stored under `key` now; undefined when it cannot be read. */
  const get = (key: string): Promise<string | null | undefined> =>
    new Promise((resolve) => {
      try {
        const request = db.transaction(STORE, 'readonly').objectStore(STORE).get(key);
        request.onsuccess = () => resolve(asText(request.result));
        request.onerror = () => resolve(undefined);
      } catch {
        resolve(undefined);
      }
    });

  if (channel) {
    channel.onmessage = (event: MessageEvent<unknown>) => {
      const key = (event.data as { key?: unknown } | null)?.key;
      if (typeof key !== 'string') return;
      // Read after the write the message tells of (and any since): tell what is stored now.
      void get(key).then((raw) => {
        if (raw === undefined || raw === (mirror.get(key) ?? null)) return;
        if (raw === null) mirror.delete(key);
        else mirror.set(key, raw);
        for (const listener of [...listeners]) listener(key, raw);
      });
    };
  }

  /**
   * What the newest write this tab has requested for a key will leave stored, while it is under
   * way: the next write of the key expects to find that, not the text last read, since the
   * database runs this tab's writes in the order they were requested.
   */
  const underWay = new Map<string, { readonly text: string | null }>();

  /**
   * One write of `next(base)`. The stored text is read first and the new one written at once, then
   * the transaction is committed straight away: Chromium otherwise commits only once the requests'
   * answers are back in the page, and a page that closes before (a reload right after typing)
   * would lose the change. When the text read was not the one expected (another tab wrote since
   * this one heard), this write went over it: a second one writes again from the stored text, or
   * puts it back when `next` leaves it.
   * @param expected the text this write expects to find stored
   * @param base the text `next` is given
   * @param restore what to put back if `next` leaves it (another tab's value this tab wrote over)
   */
  const write = (
    key: string,
    expected: string | null,
    base: string | null,
    next: NextValue,
    restore: { readonly value: unknown } | null,
  ): Promise<WriteResult> =>
    new Promise((resolve) => {
      let transaction: IDBTransaction;
      try {
        transaction = db.transaction(STORE, 'readwrite');
      } catch {
        // The connection was closed (a newer version took over) or the database is gone.
        resolve('failed');
        return;
      }
      const records = transaction.objectStore(STORE);
      let written: string | null | undefined;
      let read: { readonly value: unknown } | null = null;
      const get = records.get(key);
      get.onsuccess = () => {
        read = { value: get.result };
      };
      try {
        written = next(base);
        if (written === null) records.delete(key);
        else if (written !== undefined) records.put(written, key);
        else if (restore && restore.value === undefined) records.delete(key);
        else if (restore) records.put(restore.value, key);
        transaction.commit?.();
      } catch {
        transaction.abort();
      }
      const leaves = written !== undefined ? written : restore ? asText(restore.value) : undefined;
      const mark = leaves === undefined ? null : { text: leaves };
      if (mark) underWay.set(key, mark);
      const done = () => {
        if (mark && underWay.get(key) === mark) underWay.delete(key);
      };
      transaction.oncomplete = () => {
        done();
        // What this transaction left stored.
        const left =
          written !== undefined ? written : restore ? asText(restore.value) : asText(read?.value);
        const found = read;
        if (found && asText(found.value) !== expected) {
          // Another tab wrote since this one heard: again, from what it stored.
          const wroteOver = written !== undefined || restore !== null;
          resolve(write(key, left, asText(found.value), next, wroteOver ? found : null));
          return;
        }
        if (left === null) mirror.delete(key);
        else mirror.set(key, left);
        if (written !== undefined || restore) channel?.postMessage({ key });
        resolve('ok');
      };
      transaction.onabort = () => {
        done();
        resolve(transaction.error?.name === 'QuotaExceededError' ? 'full' : 'failed');
      };
    });

  const update = (key: string, next: NextValue): Promise<WriteResult> => {
    const way = underWay.get(key);
    const known = way ? way.text : (mirror.get(key) ?? null);
    return write(key, known, known, next, null);
  };

  return {
    kind: 'indexeddb',
    keys: (prefix) => [...mirror.keys()].filter((key) => key.startsWith(prefix)),
    peek: (key) => mirror.get(key) ?? null,
    read: (key): MaybePromise<string | null> => get(key).then((raw) => raw ?? null),
    update,
    onOtherTabChange: (prefix, listener) => {
      const handle = (key: string, raw: string | null) => {
        if (key.startsWith(prefix)) listener(key, raw);
      };
      listeners.add(handle);
      return () => listeners.delete(handle);
    },
  };
}
