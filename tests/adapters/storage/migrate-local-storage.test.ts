/**
 * Moving today's localStorage records into IndexedDB on first load (issue #15), on the fixture of
 * what the last localStorage version stored (tests/fixtures/storage/local-storage-v1.json): copy,
 * read back and compare, and only then remove the old key; a failure either way keeps the old key;
 * a record that cannot be read is moved as it is and kept aside by the store, as it always was.
 */
import { readFileSync } from 'node:fs';
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKUP_KEY_PREFIX,
  createMemoryStorage,
  listKeys,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { migrateLocalStorage } from '~/adapters/storage/migrate-local-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import type { RecordBackend } from '~/adapters/storage/record-backend';
import {
  $assessments,
  $unreadable,
  initAssessmentStore,
  whenAssessmentsRead,
} from '~/stores/assessments';
import { $workshops, initWorkshopStore } from '~/stores/workshops';
import { realContext, realQuestionnaire } from '../../domain/assessment/real-content';
import { createFailingStorage } from '../storage-stubs';

interface Fixture {
  readonly records: Readonly<Record<string, string>>;
  readonly notRecords: Readonly<Record<string, string>>;
}
const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/storage/local-storage-v1.json', import.meta.url), 'utf8'),
) as Fixture;
const RECORDS = Object.entries(fixture.records);
const NOT_RECORDS = Object.entries(fixture.notRecords);
const NOW = new Date('2026-12-01T12:00:00.000Z');

const V2 = 'crm-readiness/assessment/e8c4a1f0-6b2d-4c3e-9f7a-1d5b8e2c4a60';
const CORRUPT = 'crm-readiness/assessment/c0rrup7-0000-4000-8000-000000000000';
const NEWER = 'crm-readiness/assessment/9e1e2000-0000-4000-8000-000000000099';

/** A localStorage holding the fixture. */
function oldStorage(storage: KeyValueStorage = createMemoryStorage()): KeyValueStorage {
  for (const [key, raw] of [...RECORDS, ...NOT_RECORDS]) storage.setItem(key, raw);
  return storage;
}

/** Every key and text of a backend under `crm-readiness/`. */
function contents(backend: RecordBackend): Record<string, string | null> {
  return Object.fromEntries(backend.keys('').map((key) => [key, backend.peek(key)]));
}

afterEach(() => {
  initAssessmentStore(realContext, { backend: createKeyValueBackend(createMemoryStorage()) });
  cleanStores($assessments, $unreadable, $workshops);
});

describe('migrateLocalStorage', () => {
  it('moves every record of the fixture, text for text, and leaves other keys alone', async () => {
    const from = oldStorage();
    const to = createKeyValueBackend();
    expect(await migrateLocalStorage(from, to)).toEqual({ moved: RECORDS.length, kept: 0 });
    expect(contents(to)).toEqual(fixture.records);
    expect(listKeys(from, '').sort()).toEqual(NOT_RECORDS.map(([key]) => key).sort());
    for (const [key, raw] of NOT_RECORDS) expect(from.getItem(key)).toBe(raw);
    // A second load finds nothing to move and changes nothing.
    expect(await migrateLocalStorage(from, to)).toEqual({ moved: 0, kept: 0 });
    expect(contents(to)).toEqual(fixture.records);
  });

  it('gives the stores every readable record, keeps the corrupt one aside and the newer one as it is', async () => {
    const to = createKeyValueBackend();
    await migrateLocalStorage(oldStorage(), to);
    initAssessmentStore(realContext, { backend: to, now: () => NOW });
    await whenAssessmentsRead();
    expect(
      Object.values($assessments.get())
        .map((a) => a.name)
        .sort(),
    ).toEqual(['Initial readiness check', 'Quick scan before the board meeting']);
    // Corrupt: moved aside under a backup key with its text whole, as localStorage did.
    const backupKey = `${BACKUP_KEY_PREFIX}${NOW.toISOString()}/${CORRUPT}`;
    expect($unreadable.get()).toEqual([{ backupKey, raw: fixture.records[CORRUPT] }]);
    expect(to.peek(backupKey)).toBe(fixture.records[CORRUPT]);
    expect(to.peek(CORRUPT)).toBeNull();
    // Newer: left where it is, for that version to read.
    expect(to.peek(NEWER)).toBe(fixture.records[NEWER]);
    // The backup the old version made is kept.
    expect(to.keys(BACKUP_KEY_PREFIX)).toHaveLength(2);
    initWorkshopStore({
      contentVersion: 1,
      importContext: {
        questionIds: new Set(realQuestionnaire.questions.map((q) => q.id)),
        notApplicableAllowed: new Set(
          realQuestionnaire.questions.filter((q) => q.notApplicable).map((q) => q.id),
        ),
      },
      backend: to,
      now: () => NOW,
    });
    expect(Object.values($workshops.get()).map((w) => w.organization)).toEqual([
      'Pérez & Hijos, S.L.',
    ]);
  });

  it('keeps every old key when the copy is refused, and moves them on a later load', async () => {
    const from = oldStorage();
    const to = createKeyValueBackend(createFailingStorage('setItem'));
    expect(await migrateLocalStorage(from, to)).toEqual({ moved: 0, kept: RECORDS.length });
    for (const [key, raw] of RECORDS) expect(from.getItem(key)).toBe(raw);
    const working = createKeyValueBackend();
    expect(await migrateLocalStorage(from, working)).toEqual({ moved: RECORDS.length, kept: 0 });
    expect(contents(working)).toEqual(fixture.records);
  });

  it('keeps the old key when the copy reads back different', async () => {
    const from = oldStorage();
    const inner = createKeyValueBackend();
    const garbling: RecordBackend = {
      ...inner,
      read: (key) => (key === V2 ? '{"garbled": true}' : inner.read(key)),
    };
    expect(await migrateLocalStorage(from, garbling)).toEqual({
      moved: RECORDS.length - 1,
      kept: 1,
    });
    expect(listKeys(from, 'crm-readiness/assessment/')).toEqual([V2]);
    expect(from.getItem(V2)).toBe(fixture.records[V2]);
  });

  it('keeps the old key when the copy cannot be read back at all (an async backend)', async () => {
    const from = oldStorage();
    const inner = createKeyValueBackend();
    const unreadable: RecordBackend = {
      ...inner,
      update: (key, next) => Promise.resolve(inner.update(key, next)),
      read: () => Promise.resolve(null),
    };
    expect(await migrateLocalStorage(from, unreadable)).toEqual({ moved: 0, kept: RECORDS.length });
    for (const [key, raw] of RECORDS) expect(from.getItem(key)).toBe(raw);
  });

  it('skips a key localStorage lists but refuses to read', async () => {
    const from = oldStorage(createFailingStorage());
    (from as ReturnType<typeof createFailingStorage>).failing.add('getItem');
    const to = createKeyValueBackend();
    expect(await migrateLocalStorage(from, to)).toEqual({ moved: 0, kept: 0 });
    expect(contents(to)).toEqual({});
  });

  it('when the old keys cannot be removed, a later load makes no duplicate and undoes no change', async () => {
    const from = oldStorage(createFailingStorage());
    const stuck = from as ReturnType<typeof createFailingStorage>;
    stuck.failing.add('removeItem');
    const to = createKeyValueBackend();
    expect(await migrateLocalStorage(from, to)).toEqual({ moved: 0, kept: RECORDS.length });
    expect(contents(to)).toEqual(fixture.records);
    // Copied once more on the next load: the same text under the same key, nothing doubled.
    expect(await migrateLocalStorage(from, to)).toEqual({ moved: 0, kept: RECORDS.length });
    expect(contents(to)).toEqual(fixture.records);
    // The assessment is then changed on the new storage; the next load must not undo it.
    const changed = fixture.records[V2]?.replace('board meeting', 'board meeting, revised') ?? '';
    expect(to.update(V2, () => changed)).toBe('ok');
    stuck.failing.delete('removeItem');
    await migrateLocalStorage(from, to);
    expect(to.peek(V2)).toBe(changed);
    // The old text is not lost either: it is kept aside under a backup key.
    const kept = to.keys(BACKUP_KEY_PREFIX).filter((key) => key.endsWith(V2));
    expect(kept.map((key) => to.peek(key))).toEqual([fixture.records[V2]]);
    expect(listKeys(from, 'crm-readiness/assessment/')).toEqual([]);
  });
});
