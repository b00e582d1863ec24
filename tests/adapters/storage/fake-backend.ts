/**
 * A RecordBackend over a shared fake "disk", for the storage contract tests: each backend is one
 * tab (its own mirror, refreshed by the other tabs' messages, as indexed-db.ts does), and a new
 * backend over the same disk is that tab after a reload. Writes fail on demand, answer at once or
 * later, and the disk is only changed by a write that is reported 'ok'.
 */
import type { NextValue, RecordBackend, WriteResult } from '~/adapters/storage/record-backend';

/** How the next write ends, and whether it answers at once or later (a promise). */
export interface Outcome {
  readonly result: WriteResult;
  readonly async: boolean;
}

/** What every tab shares: the stored text by key, and the tabs listening. */
export class FakeDisk {
  readonly data = new Map<string, string>();
  readonly tabs = new Set<FakeTab>();
  /** Messages between tabs not delivered yet (delivered by `deliver`, like BroadcastChannel). */
  readonly inFlight: (() => void)[] = [];

  /** While set, writes that answer later wait for it (a slow disk). */
  gate: Promise<void> = Promise.resolve();

  /** Holds every later write until the returned function is called. */
  hold(): () => void {
    let release = () => undefined as void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return release;
  }

  /** Delivers every message posted so far. */
  deliver(): void {
    while (this.inFlight.length > 0) this.inFlight.shift()?.();
  }
}

/** One tab's backend over a disk. */
export interface FakeTab extends RecordBackend {
  /** Outcomes of the next writes, first first; once empty, writes succeed at once. */
  readonly outcomes: Outcome[];
  /** Every write's result, in the order they were answered. */
  readonly log: WriteResult[];
  /** Hears another tab's committed write (what its BroadcastChannel message does). */
  receive(key: string, raw: string | null): void;
  /** Stops listening (the tab is closed). */
  close(): void;
}

export function openTab(disk: FakeDisk, outcomes: Outcome[] = []): FakeTab {
  const mirror = new Map(disk.data);
  const listeners = new Set<(key: string, raw: string | null) => void>();
  const log: WriteResult[] = [];

  const commit = (key: string, next: NextValue, result: WriteResult): WriteResult => {
    const stored = disk.data.get(key) ?? null;
    // Called even when the write fails: IndexedDB aborts the transaction after `next` ran.
    const written = next(stored);
    if (result !== 'ok') {
      log.push(result);
      return result;
    }
    if (written === null) disk.data.delete(key);
    else if (written !== undefined) disk.data.set(key, written);
    const now = disk.data.get(key) ?? null;
    if (now === null) mirror.delete(key);
    else mirror.set(key, now);
    if (written !== undefined) {
      for (const other of disk.tabs) {
        // A message may arrive after later writes: the backend hands on what is stored when it
        // arrives (indexed-db.ts reads the key again), never the stale text of the message.
        if (other !== tab) disk.inFlight.push(() => other.receive(key, disk.data.get(key) ?? null));
      }
    }
    log.push('ok');
    return 'ok';
  };

  const tab: FakeTab = {
    kind: 'indexeddb',
    outcomes,
    log,
    keys: (prefix) => [...mirror.keys()].filter((key) => key.startsWith(prefix)).sort(),
    peek: (key) => mirror.get(key) ?? null,
    read: (key) => disk.data.get(key) ?? null,
    update: (key, next) => {
      const outcome = outcomes.shift() ?? { result: 'ok', async: false };
      if (!outcome.async) return commit(key, next, outcome.result);
      // Later: the transaction runs when the promise settles, on what is stored then.
      return disk.gate.then(() => commit(key, next, outcome.result));
    },
    onOtherTabChange: (prefix, listener) => {
      const handle = (key: string, raw: string | null) => {
        if (key.startsWith(prefix)) listener(key, raw);
      };
      listeners.add(handle);
      return () => listeners.delete(handle);
    },
    receive: (key, raw) => {
      if (raw === null) mirror.delete(key);
      else mirror.set(key, raw);
      for (const listener of [...listeners]) listener(key, raw);
    },
    close: () => {
      disk.tabs.delete(tab);
    },
  };
  disk.tabs.add(tab);
  return tab;
}

/** Lets every pending promise settle (fake writes answer after a few microtasks). */
export async function settle(disk?: FakeDisk): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    disk?.deliver();
  }
}
