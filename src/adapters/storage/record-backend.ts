/**
 * Where the stores keep their records: a backend of text values by key. IndexedDB in the browser
 * (indexed-db.ts); localStorage where IndexedDB cannot be opened; memory where neither can (and in
 * tests: key-value-backend.ts). The stores see one shape:
 *
 * - `keys` and `peek` answer at once from what this tab knows now (IndexedDB keeps a mirror that
 *   its own writes and other tabs' messages keep current);
 * - `update` is one atomic read-modify-write of one key. `next` receives the text stored right now
 *   (not the mirror's), so a change is always applied to the freshest copy even when another tab
 *   wrote a moment ago. A key-value backend answers at once; IndexedDB answers with a promise.
 */

/** Key prefix of every assessment record. */
export const ASSESSMENT_KEY_PREFIX = 'crm-readiness/assessment/';
/** Key prefix of records moved aside because they could not be read. */
export const BACKUP_KEY_PREFIX = 'crm-readiness/backup/';

/** How a write ended: stored, refused for lack of space, or refused for another reason. */
export type WriteResult = 'ok' | 'full' | 'failed';

/** A value now, or later. Key-value backends answer at once, so tests and fallbacks stay synchronous. */
export type MaybePromise<T> = T | Promise<T>;

/**
 * The new text for a key given the text stored now: a string to store, null to delete, undefined
 * to leave it as it is. Called inside the write, and it must not wait for anything. IndexedDB calls
 * it first with the text this tab knows, and again with the stored text when another tab changed
 * it meanwhile: the last answer is the one written.
 */
export type NextValue = (stored: string | null) => string | null | undefined;

/** A store of text values by key, shared by every tab of the site. */
export interface RecordBackend {
  /** Where the records live, for the storage summary and tests. */
  readonly kind: 'indexeddb' | 'localstorage' | 'memory';
  /** Every key that starts with `prefix`, as this tab knows them now. */
  keys(prefix: string): string[];
  /** The text under `key` as this tab knows it now; null when there is none. */
  peek(key: string): string | null;
  /** Reads `key` from the store itself (not what this tab knows), to check a write. */
  read(key: string): MaybePromise<string | null>;
  /** Replaces the text under `key` in one atomic step; see `NextValue`. */
  update(key: string, next: NextValue): MaybePromise<WriteResult>;
  /**
   * Calls `listener` when another tab changes a key with `prefix` (`null` key: anything may have
   * changed), with the text stored when it is called (never an older one); returns the
   * unsubscribe function.
   */
  onOtherTabChange(
    prefix: string,
    listener: (key: string | null, raw: string | null) => void,
  ): () => void;
}

/** Calls `then` with the result, at once when there is one, or when the promise settles. */
export function whenDone<T>(value: MaybePromise<T>, then: (result: T) => void): void {
  if (value instanceof Promise) void value.then(then);
  else then(value);
}
