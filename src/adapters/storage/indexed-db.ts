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

  const update = (key: string, next: NextValue): Promise<WriteResult> =>
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
      const known = mirror.get(key) ?? null;
      let stored = known;
      let written: string | null | undefined;
      const apply = (from: string | null) => {
        try {
          written = next(from);
          if (written === null) records.delete(key);
          else if (written !== undefined) records.put(written, key);
        } catch {
          transaction.abort();
        }
      };
      // The stored text is read first, and the new one written at once from what this tab knows:
      // a request made only in a callback may never be made when the page closes meanwhile.
      const get = records.get(key);
      apply(known);
      get.onsuccess = () => {
        stored = asText(get.result);
        if (stored === known) return;
        // Another tab wrote since this one heard: write again from the stored text, or put it back.
        apply(stored);
        if (written === undefined) {
          if (get.result === undefined) records.delete(key);
          else records.put(get.result, key);
        }
      };
      transaction.oncomplete = () => {
        const now = written === undefined ? stored : written;
        if (now === null) mirror.delete(key);
        else mirror.set(key, now);
        if (written !== undefined) channel?.postMessage({ key });
        resolve('ok');
      };
      transaction.onabort = () => {
        resolve(transaction.error?.name === 'QuotaExceededError' ? 'full' : 'failed');
      };
    });

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
