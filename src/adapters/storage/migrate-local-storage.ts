/** Moves the records an earlier version of the site kept in localStorage into the backend. */
// Imports types only: a runtime import would split the shared storage helpers into a chunk of
// their own, and every page would load it.
import type { KeyValueStorage } from './browser-storage';
import type { RecordBackend } from './record-backend';

/** Every record key the site has ever written (assessments, workshops, backups) matches this. */
export const RECORD_KEYS = /^crm-readiness\/(assessment|workshop|backup)\//;

/** Reads a key; null when missing or refused. */
function read(from: KeyValueStorage, key: string): string | null {
  try {
    return from.getItem(key);
  } catch {
    return null;
  }
}

/** What moving records out of localStorage did. */
export interface Migration {
  /** Keys copied, read back identical and removed from localStorage. */
  readonly moved: number;
  /** Keys left in localStorage because the copy failed or read back different. */
  readonly kept: number;
}

/** Where an old text that clashes with the stored one is kept (BACKUP_KEY_PREFIX, not imported). */
const BACKUP = 'crm-readiness/backup/';

/**
 * Moves every record from localStorage into `to`: copy, read back and compare, and only then
 * remove the old key. A key already in `to` with other text (an earlier move could not remove the
 * old key and the record has changed since, or a tab of an older version of the site wrote it
 * since) keeps its stored text, and the old text is kept aside under a backup key: neither is
 * lost, and a change made since is never undone. A record that cannot be read as ours is moved as
 * it is; the store moves it aside when it reads it, as it always has. Never throws.
 */
export async function migrateLocalStorage(
  from: KeyValueStorage,
  to: RecordBackend,
): Promise<Migration> {
  let moved = 0;
  let kept = 0;
  const keys: string[] = [];
  for (let i = 0; i < from.length; i += 1) {
    const key = from.key(i);
    if (key !== null && RECORD_KEYS.test(key)) keys.push(key);
  }
  for (const key of keys) {
    const raw = read(from, key);
    if (raw === null) continue;
    let target = key;
    let written = await to.update(key, (stored) => {
      if (stored === null || stored === raw) return raw;
      target = `${BACKUP}${new Date().toISOString()}/${key}`;
      return undefined;
    });
    if (written === 'ok' && target !== key) written = await to.update(target, () => raw);
    if (written === 'ok' && (await to.read(target)) === raw) {
      try {
        from.removeItem(key);
        moved += 1;
      } catch {
        // Copied, but the old key stays: the next load copies it again, which changes nothing.
        kept += 1;
      }
    } else {
      kept += 1;
    }
  }
  return { moved, kept };
}
