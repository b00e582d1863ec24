/**
 * Bad input: what localStorage, and now IndexedDB (#15), holds for an assessment or a workshop (#8). Another tab, an
 * extension, an older or newer version of the site, or a person in the developer tools may have
 * written anything there. Starting a store never throws; a valid record is loaded, one from a
 * newer version is left untouched, anything else is moved aside with its text intact, and the
 * other records are never changed. (Store tests kept here with the rest of the campaign.)
 */
import fc from 'fast-check';
import { cleanStores, type MapStore, type ReadableAtom } from 'nanostores';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  BACKUP_KEY_PREFIX,
  createMemoryStorage,
  listKeys,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { MAX_IMPORT_BYTES } from '~/domain/assessment/parse-import';
import { findById } from '~/domain/assessment/find-by-id';
import { restoreStoredAssessment, toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { ASSESSMENT_EXPORT_FORMAT } from '~/domain/schemas/assessment-file';
import { WORKSHOP_FILE_FORMAT } from '~/domain/schemas/workshop-file';
import { buildWorkshopFile, serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import {
  $assessments,
  $unreadable,
  initAssessmentStore,
  whenAssessmentsRead,
  type UnreadableRecord,
} from '~/stores/assessments';
import {
  $unreadableWorkshops,
  $workshops,
  WORKSHOP_KEY_PREFIX,
  initWorkshopStore,
} from '~/stores/workshops';
import { makeAssessment, tinyContext } from '../assessment/helpers';
import { makeWorkshop, tinyContext as tinyImportContext } from '../workshop/submission-helpers';
import {
  expectNoPollution,
  expectPlainData,
  expectRefusal,
  fileCases,
  hostileTexts,
} from './hostile-inputs';
import { SLOW_TEST_MS } from '../../slow-test';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import { openIndexedDbBackend } from '~/adapters/storage/indexed-db';
import type { RecordBackend } from '~/adapters/storage/record-backend';
import { FakeChannels, FakeIndexedDb } from '../../adapters/storage/fake-indexed-db';

const NOW = new Date('2025-05-01T10:00:00.000Z');

/** One store of records kept in localStorage, as the campaign drives it. */
interface StoredKind {
  readonly name: string;
  readonly prefix: string;
  readonly format: string;
  /** A valid record, the text stored for it, and what the stored text wraps it in. */
  readonly record: { readonly id: string };
  readonly file: Readonly<Record<string, unknown>>;
  readonly payloadKey: string;
  /** A valid record with another id, and its stored text. */
  readonly withId: (id: string) => { readonly id: string };
  readonly toText: (record: { readonly id: string }) => string;
  /** Starts the store; resolves once every record is read (older ones wait for the codec). */
  readonly start: (storage: KeyValueStorage) => Promise<void>;
  /** The same on a backend (IndexedDB in the browser: #15). */
  readonly startOn: (backend: RecordBackend) => Promise<void>;
  readonly $all: MapStore<Record<string, unknown>>;
  readonly $unreadable: ReadableAtom<readonly UnreadableRecord[]>;
}

const assessment = makeAssessment();
const workshop = makeWorkshop();
const KINDS: readonly StoredKind[] = [
  {
    name: 'assessments',
    prefix: ASSESSMENT_KEY_PREFIX,
    format: ASSESSMENT_EXPORT_FORMAT,
    record: assessment,
    file: toStoredAssessment(assessment),
    payloadKey: 'assessment',
    withId: (id) => makeAssessment({ id, name: 'Other' }),
    toText: (record) => JSON.stringify(toStoredAssessment(record as typeof assessment)),
    start: (storage) => {
      initAssessmentStore(tinyContext, { backend: createKeyValueBackend(storage), now: () => NOW });
      return whenAssessmentsRead();
    },
    startOn: (backend) => {
      initAssessmentStore(tinyContext, { backend, now: () => NOW });
      return whenAssessmentsRead();
    },
    $all: $assessments,
    $unreadable,
  },
  {
    name: 'workshops',
    prefix: WORKSHOP_KEY_PREFIX,
    format: WORKSHOP_FILE_FORMAT,
    record: workshop,
    file: buildWorkshopFile(workshop),
    payloadKey: 'workshop',
    withId: (id) => makeWorkshop({ id, organization: 'Other' }),
    toText: (record) => serializeWorkshopFile(record as typeof workshop),
    start: (storage) => {
      initWorkshopStore({
        contentVersion: 1,
        importContext: tinyImportContext,
        backend: createKeyValueBackend(storage),
        now: () => NOW,
      });
      return Promise.resolve();
    },
    startOn: (backend) => {
      initWorkshopStore({
        contentVersion: 1,
        importContext: tinyImportContext,
        backend,
        now: () => NOW,
      });
      return Promise.resolve();
    },
    $all: $workshops,
    $unreadable: $unreadableWorkshops,
  },
];

afterEach(async () => {
  vi.unstubAllGlobals();
  for (const kind of KINDS) await kind.start(createMemoryStorage());
  cleanStores($assessments, $unreadable, $workshops, $unreadableWorkshops);
});

describe.each(KINDS)('stored $name', (kind) => {
  const key = `${kind.prefix}${kind.record.id}`;
  const neighbour = kind.withId('neighbour');
  const neighbourKey = `${kind.prefix}neighbour`;
  const neighbourText = kind.toText(neighbour);

  /** Starts the store on a storage holding `text` under `at` and the neighbour; returns the storage. */
  async function startWith(text: string, at = key): Promise<KeyValueStorage> {
    const storage = createMemoryStorage();
    storage.setItem(at, text);
    storage.setItem(neighbourKey, neighbourText);
    await kind.start(storage);
    expectNoPollution();
    expect(findById(kind.$all.get(), 'neighbour')).toEqual(neighbour);
    expect(storage.getItem(neighbourKey)).toBe(neighbourText);
    return storage;
  }

  /** Checks that `text` was moved aside whole, and that nothing else was written. */
  function expectMovedAside(storage: KeyValueStorage, text: string): void {
    const backupKey = `${BACKUP_KEY_PREFIX}${NOW.toISOString()}/${key}`;
    expect(kind.$unreadable.get()).toEqual([{ backupKey, raw: text }]);
    expect(storage.getItem(backupKey)).toBe(text);
    expect(listKeys(storage, '').sort()).toEqual([backupKey, neighbourKey].sort());
    expect(Object.keys(kind.$all.get())).toEqual(['neighbour']);
  }

  it.each(hostileTexts(MAX_IMPORT_BYTES, kind.format))(
    'moves aside whole: $name',
    async ({ text }) => {
      expectMovedAside(await startWith(text), text);
    },
  );

  it.each(fileCases(kind.file, kind.payloadKey))(
    '$name: $hostility',
    async ({ text, hostility }) => {
      const storage = await startWith(text);
      if (hostility === 'valid') {
        expect(findById(kind.$all.get(), kind.record.id)).toEqual(kind.record);
        expectPlainData(kind.$all.get());
      } else if (hostility === 'newer') {
        // Written by a newer version of the site: left where it is, for that version to read.
        expect(storage.getItem(key)).toBe(text);
        expect(kind.$unreadable.get()).toEqual([]);
        expect(Object.keys(kind.$all.get())).toEqual(['neighbour']);
      } else {
        expectMovedAside(storage, text);
      }
    },
  );

  // A plain object "has" these names through its prototype: they were taken for records (#8).
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'loads a record whose id is %s like any other, and finds nothing by that name otherwise',
    async (id) => {
      const odd = kind.withId(id);
      await startWith(kind.toText(odd), `${kind.prefix}${id}`);
      expect(findById(kind.$all.get(), id)).toEqual(odd);
      expect(kind.$all.get()).toEqual({ [id]: odd, neighbour });
      expect(Object.getPrototypeOf(kind.$all.get())).toBe(Object.prototype);
      await kind.start(createMemoryStorage());
      expect(findById(kind.$all.get(), id)).toBeUndefined();
    },
  );

  it(
    'never throws on any stored text, and never changes the neighbour',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })),
          async (text) => {
            await startWith(text);
          },
        ),
        { numRuns: 200 },
      );
    },
    SLOW_TEST_MS,
  );
});

describe('restoring any value as a stored assessment', () => {
  const stored = toStoredAssessment(assessment);
  const nullPrototype = Object.assign(Object.create(null) as object, stored);
  it.each<[string, unknown, 'ok' | 'invalid' | 'newer-version']>([
    ['undefined', undefined, 'invalid'],
    ['NaN', NaN, 'invalid'],
    ['Infinity', Infinity, 'invalid'],
    ['a symbol', Symbol('x'), 'invalid'],
    ['a function', () => stored, 'invalid'],
    ['a Map of the record', new Map(Object.entries(stored)), 'invalid'],
    ['the record in an array', [stored], 'invalid'],
    ['a version of Infinity', { ...stored, schemaVersion: Infinity }, 'invalid'],
    ['a version of NaN', { ...stored, schemaVersion: NaN }, 'invalid'],
    ['a newer version', { ...stored, schemaVersion: stored.schemaVersion + 1 }, 'newer-version'],
    ['a record without a prototype', nullPrototype, 'ok'],
  ])('%s: %s', (_name, value, outcome) => {
    const result = restoreStoredAssessment(value, tinyContext);
    if (outcome === 'ok') expect(result).toMatchObject({ ok: true, assessment });
    else expectRefusal(result, outcome);
  });

  it(
    'never throws on any JSON value, and refuses with a known reason',
    () => {
      fc.assert(
        fc.property(fc.jsonValue(), (value) => {
          const result = restoreStoredAssessment(value, tinyContext);
          if (!result.ok) expect(['invalid', 'newer-version']).toContain(result.reason);
        }),
        { numRuns: 1000 },
      );
    },
    SLOW_TEST_MS,
  );
});

/**
 * The same hostile values in IndexedDB (#15), through the real backend (indexed-db.ts) on the
 * stand-in IndexedDB: writes answer later there, and a stored value need not even be text.
 */
describe.each(KINDS)('stored $name in IndexedDB', (kind) => {
  const key = `${kind.prefix}${kind.record.id}`;
  const neighbour = kind.withId('neighbour');
  const neighbourKey = `${kind.prefix}neighbour`;
  const neighbourText = kind.toText(neighbour);
  const backupKey = `${BACKUP_KEY_PREFIX}${NOW.toISOString()}/${key}`;

  /** Starts the store on IndexedDB holding `value` under the record's key and the neighbour. */
  async function startWith(value: unknown): Promise<FakeIndexedDb> {
    const db = new FakeIndexedDb();
    db.stores.add('records');
    db.version = 1;
    db.data.set(key, value);
    db.data.set(neighbourKey, neighbourText);
    vi.stubGlobal('indexedDB', db.factory());
    vi.stubGlobal('BroadcastChannel', new FakeChannels().constructor_());
    const backend = await openIndexedDbBackend();
    if (!backend) throw new Error('IndexedDB did not open');
    await kind.startOn(backend);
    // The moves aside are written later: wait until the database has settled.
    await backend.read(key);
    await backend.read(key);
    expectNoPollution();
    expect(findById(kind.$all.get(), 'neighbour')).toEqual(neighbour);
    expect(db.data.get(neighbourKey)).toBe(neighbourText);
    return db;
  }

  function expectMovedAside(db: FakeIndexedDb, text: string): void {
    expect(kind.$unreadable.get()).toEqual([{ backupKey, raw: text }]);
    expect(db.data.get(backupKey)).toBe(text);
    expect([...db.data.keys()].sort()).toEqual([backupKey, neighbourKey].sort());
    expect(Object.keys(kind.$all.get())).toEqual(['neighbour']);
  }

  it.each(hostileTexts(MAX_IMPORT_BYTES, kind.format))(
    'moves aside whole: $name',
    async ({ text }) => {
      expectMovedAside(await startWith(text), text);
    },
  );

  it.each(fileCases(kind.file, kind.payloadKey))(
    '$name: $hostility',
    async ({ text, hostility }) => {
      const db = await startWith(text);
      if (hostility === 'valid') {
        expect(findById(kind.$all.get(), kind.record.id)).toEqual(kind.record);
      } else if (hostility === 'newer') {
        expect(db.data.get(key)).toBe(text);
        expect(kind.$unreadable.get()).toEqual([]);
        expect(Object.keys(kind.$all.get())).toEqual(['neighbour']);
      } else {
        expectMovedAside(db, text);
      }
    },
  );

  it.each<[string, unknown, string]>([
    ['a number', 42, '42'],
    ['true', true, 'true'],
    ['an array', [1, 'two'], '[1,"two"]'],
    ['an object of the wrong shape', { id: 7 }, '{"id":7}'],
  ])('keeps a value that is not text (%s) aside as its JSON', async (_name, value, text) => {
    expectMovedAside(await startWith(value), text);
  });

  it('loads the record stored as an object rather than text, and keeps it', async () => {
    const db = await startWith(kind.file);
    expect(findById(kind.$all.get(), kind.record.id)).toEqual(kind.record);
    expect(db.data.get(key)).toEqual(kind.file);
  });

  it('leaves a value with no JSON (a BigInt) where it is, untouched', async () => {
    const db = await startWith(10n);
    expect(db.data.get(key)).toBe(10n);
    expect(kind.$unreadable.get()).toEqual([]);
    expect(Object.keys(kind.$all.get())).toEqual(['neighbour']);
  });
});
