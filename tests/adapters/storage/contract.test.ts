/**
 * The storage contract (issue #15), on a backend that fails at random: a write reported as done is
 * always readable after a reload; a failed write is always reported; no sequence of failures loses
 * a record that was stored before; once failures stop, waiting changes are written without a new
 * edit; and two tabs on one store never overwrite each other's newer answers.
 *
 * The record store is driven through create/change/remove sequences drawn by fast-check, over the
 * fake backend of fake-backend.ts (answers at once or later, refuses with 'full' or 'failed').
 * The same contract runs on the real IndexedDB in Chromium: tests/e2e/storage-contract.e2e.test.ts.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRecordStore, RETRY_MS, type ParsedRecord } from '~/stores/record-store';
import { SLOW_TEST_MS } from '../../slow-test';
import { FakeDisk, openTab, settle, type FakeTab, type Outcome } from './fake-backend';

/** A record with answers by question, like an assessment. */
interface Note {
  readonly id: string;
  readonly answers: Readonly<Record<string, string>>;
}

const PREFIX = 'note/';
const IDS = ['a', 'b', 'c'] as const;

function parseNote(raw: string): ParsedRecord<Note> {
  try {
    const value = JSON.parse(raw) as { id?: unknown; answers?: unknown; version?: unknown };
    if (value.version !== 1) return typeof value.version === 'number' ? 'newer' : null;
    if (typeof value.id !== 'string' || typeof value.answers !== 'object' || !value.answers)
      return null;
    return { id: value.id, answers: value.answers as Record<string, string> };
  } catch {
    return null;
  }
}

const serialize = (note: Note) => JSON.stringify({ version: 1, ...note });

/** A store of notes opened on one tab's backend. */
function openStore(tab: FakeTab) {
  const store = createRecordStore<Note>({ prefix: PREFIX, idOf: (n) => n.id, serialize });
  store.open({ parse: parseNote, backend: tab });
  return store;
}
type NoteStore = ReturnType<typeof openStore>;

/** Sets one answer on the record shown now (creates it when there is none), as the wizard does. */
function answer(store: NoteStore, id: string, question: string, value: string): void {
  const apply = (base: Note | null): Note => ({
    id,
    answers: { ...base?.answers, [question]: value },
  });
  const base = store.$records.get()[id] ?? null;
  store.change(id, base, apply(base), apply);
}

/** The records stored on the disk now, read as a reloaded tab would. */
function onDisk(disk: FakeDisk): Record<string, Note> {
  const all: Record<string, Note> = {};
  for (const [key, raw] of disk.data) {
    const note = parseNote(raw);
    if (key.startsWith(PREFIX) && note && note !== 'newer') all[note.id] = note;
  }
  return all;
}

/** What a reload shows: a new tab and store over a copy of the disk (so the test's tabs go on). */
function reloadCopy(disk: FakeDisk): Record<string, Note> {
  const copy = new FakeDisk();
  for (const [key, raw] of disk.data) copy.data.set(key, raw);
  return { ...openStore(openTab(copy)).$records.get() };
}

const outcomeArb: fc.Arbitrary<Outcome> = fc.record({
  result: fc.constantFrom<Outcome['result']>('ok', 'ok', 'full', 'failed'),
  async: fc.boolean(),
});

type Op =
  | { readonly type: 'answer'; readonly id: string; readonly q: string; readonly v: string }
  | { readonly type: 'remove'; readonly id: string }
  | { readonly type: 'retry' }
  | { readonly type: 'reload' };

const opArb: fc.Arbitrary<{ op: Op; outcomes: Outcome[] }> = fc.record({
  op: fc.oneof(
    {
      arbitrary: fc.record({
        type: fc.constant('answer' as const),
        id: fc.constantFrom(...IDS),
        q: fc.constantFrom('q1', 'q2', 'q3'),
        v: fc.string({ maxLength: 4 }),
      }),
      weight: 6,
    },
    {
      arbitrary: fc.record({ type: fc.constant('remove' as const), id: fc.constantFrom(...IDS) }),
      weight: 2,
    },
    { arbitrary: fc.constant({ type: 'retry' as const }), weight: 1 },
    { arbitrary: fc.constant({ type: 'reload' as const }), weight: 1 },
  ),
  outcomes: fc.array(outcomeArb, { maxLength: 3 }),
});

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the storage contract on a backend that fails at random', () => {
  it(
    'keeps every write reported done, reports every failure, loses nothing, and catches up',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
          const disk = new FakeDisk();
          let tab = openTab(disk);
          let store = openStore(tab);
          /** Ids stored once (reported done with a record) and not removed by the user since. */
          const stored = new Set<string>();

          for (const { op, outcomes } of ops) {
            tab.outcomes.push(...outcomes);
            const logged = tab.log.length;
            let saved: Promise<boolean> | null = null;
            if (op.type === 'answer') {
              answer(store, op.id, op.q, op.v);
              saved = store.saved(op.id);
            } else if (op.type === 'remove') {
              const note = store.$records.get()[op.id];
              if (note) {
                store.remove(note);
                stored.delete(op.id);
                saved = store.saved(op.id);
              }
            } else if (op.type === 'retry') {
              vi.advanceTimersByTime(RETRY_MS);
            } else {
              // The tab reloads: changes not stored yet are gone with it (the page asked first), and
              // the old page writes nothing more.
              tab.close();
              store.open({ parse: parseNote, backend: openTab(new FakeDisk()) });
              tab = openTab(disk, tab.outcomes.splice(0));
              store = openStore(tab);
            }
            await settle();

            const unsaved = new Set(store.$unsaved.get());
            const shown = store.$records.get();
            const disked = onDisk(disk);
            // A change reported done is on the disk, and a reload reads it.
            for (const id of IDS) {
              if (!unsaved.has(id)) {
                expect(disked[id]).toEqual(shown[id]);
                if (shown[id]) stored.add(id);
              }
            }
            // No failure loses a record stored before.
            for (const id of stored) expect(disked[id]).toBeDefined();
            expect(reloadCopy(disk)).toEqual(disked);
            // A failed write is reported: the health says so, the change waits, `saved` says false.
            const answered = tab.log.slice(logged);
            const last = answered.at(-1);
            if (last !== undefined && last !== 'ok') {
              expect(store.$health.get()).toBe(last);
              expect(unsaved.size).toBeGreaterThan(0);
            }
            if (saved && answered.length > 0 && answered.every((r) => r !== 'ok')) {
              expect(await saved).toBe(false);
            }
            if (store.$health.get() === 'ok') expect(tab.log.at(-1) ?? 'ok').toBe('ok');
          }

          // Failures stop: what waits is written by the retry, without a new edit.
          tab.outcomes.splice(0);
          vi.advanceTimersByTime(RETRY_MS);
          await settle();
          expect(store.$unsaved.get()).toEqual([]);
          expect(store.$health.get()).toBe('ok');
          const shown = { ...store.$records.get() };
          expect(onDisk(disk)).toEqual(shown);
          expect(reloadCopy(disk)).toEqual(shown);
        }),
        { numRuns: 150 },
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'two tabs on one store never overwrite each other’s newer answers',
    async () => {
      const tabOp = fc.record({
        tab: fc.constantFrom(0, 1),
        id: fc.constantFrom('a', 'b'),
        q: fc.constantFrom('1', '2'),
        v: fc.string({ minLength: 1, maxLength: 3 }),
        outcomes: fc.array(outcomeArb, { maxLength: 2 }),
        deliver: fc.boolean(),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(tabOp, { minLength: 1, maxLength: 20 }), async (ops) => {
          const disk = new FakeDisk();
          disk.data.set(`${PREFIX}a`, serialize({ id: 'a', answers: {} }));
          disk.data.set(`${PREFIX}b`, serialize({ id: 'b', answers: {} }));
          const tabs = [openTab(disk), openTab(disk)] as const;
          const stores = [openStore(tabs[0]), openStore(tabs[1])] as const;
          /** Each tab answers its own questions (`t0-1`, `t1-2`, …): the last value set wins. */
          const expected: Record<string, Record<string, string>> = { a: {}, b: {} };
          for (const { tab, id, q, v, outcomes, deliver } of ops) {
            tabs[tab].outcomes.push(...outcomes);
            const question = `t${tab}-${q}`;
            answer(stores[tab], id, question, v);
            (expected[id] ?? {})[question] = v;
            await settle(deliver ? disk : undefined);
          }
          for (const tab of tabs) tab.outcomes.splice(0);
          vi.advanceTimersByTime(RETRY_MS);
          await settle(disk);
          const want = {
            a: { id: 'a', answers: expected['a'] },
            b: { id: 'b', answers: expected['b'] },
          };
          expect(onDisk(disk)).toEqual(want);
          for (const store of stores) {
            expect(store.$unsaved.get()).toEqual([]);
            expect({ ...store.$records.get() }).toEqual(want);
          }
        }),
        { numRuns: 150 },
      );
    },
    SLOW_TEST_MS,
  );
});
