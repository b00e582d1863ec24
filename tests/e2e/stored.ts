// What the site keeps in the browser, read and written the way another tab would: straight in its
// IndexedDB database (`crm-readiness`, object store `records`, text values by key), telling the
// open pages through the BroadcastChannel the site listens on.
import type { Page } from 'playwright-core';

/** Where an assessment is kept. */
export function assessmentKey(id: string): string {
  return `crm-readiness/assessment/${id}`;
}

/** Every key stored, in key order. */
export function storedKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('crm-readiness', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('records').objectStore('records').getAllKeys();
          request.onsuccess = () => {
            db.close();
            resolve(request.result.map(String));
          };
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      }),
  );
}

/** The text stored under `key`, or null. */
export function readStored(page: Page, key: string): Promise<string | null> {
  return page.evaluate(
    (key) =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('crm-readiness', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction('records').objectStore('records').get(key);
          request.onsuccess = () => {
            db.close();
            resolve(typeof request.result === 'string' ? request.result : null);
          };
          request.onerror = () => reject(request.error ?? new Error('read failed'));
        };
      }),
    key,
  );
}

/** The JSON stored under `key`, parsed; null when there is none. */
export async function readStoredJson<T>(page: Page, key: string): Promise<T | null> {
  const raw = await readStored(page, key);
  return raw === null ? null : (JSON.parse(raw) as T);
}

/** Stores `raw` under `key` (null deletes it) and tells the open pages, as another tab would. */
export function writeStored(page: Page, key: string, raw: string | null): Promise<void> {
  return page.evaluate(
    ([key, raw]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('crm-readiness', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('records');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const transaction = db.transaction('records', 'readwrite');
          const records = transaction.objectStore('records');
          if (raw === null) records.delete(key);
          else records.put(raw, key);
          transaction.oncomplete = () => {
            db.close();
            const channel = new BroadcastChannel('crm-readiness/records');
            channel.postMessage({ key, raw });
            channel.close();
            resolve();
          };
          transaction.onabort = () => reject(transaction.error ?? new Error('write failed'));
        };
      }),
    [key, raw] as const,
  );
}

/** Changes the assessment stored under `id` with `change` (run in the test, not the page). */
export async function changeStoredAssessment<R>(
  page: Page,
  id: string,
  change: (record: R) => void,
): Promise<void> {
  const key = assessmentKey(id);
  const record = await readStoredJson<R>(page, key);
  if (record === null) throw new Error(`No assessment is stored under ${id}`);
  change(record);
  await writeStored(page, key, JSON.stringify(record));
}
