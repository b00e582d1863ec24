/**
 * Bad input: what localStorage holds for an assessment (#8). Another tab, an extension, an older
 * or newer version of the site, or a person in the developer tools may have written anything
 * there. Starting the store never throws; a valid record is loaded, one from a newer version is
 * left untouched, anything else is moved aside with its text intact, and the other records are
 * never changed. (A store test kept here with the rest of the campaign.)
 */
import fc from 'fast-check';
import { cleanStores } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  BACKUP_KEY_PREFIX,
  createMemoryStorage,
  listKeys,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { MAX_IMPORT_BYTES } from '~/domain/assessment/parse-import';
import { restoreStoredAssessment, toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { ASSESSMENT_EXPORT_FORMAT } from '~/domain/schemas/assessment-file';
import { findAssessment } from '~/domain/assessment/find-assessment';
import { $assessments, $unreadable, initAssessmentStore } from '~/stores/assessments';
import { makeAssessment, tinyContext } from '../assessment/helpers';
import {
  expectNoPollution,
  expectPlainData,
  expectRefusal,
  fileCases,
  hostileTexts,
} from './hostile-inputs';

const NOW = new Date('2025-05-01T10:00:00.000Z');
const assessment = makeAssessment();
const stored = toStoredAssessment(assessment);
/** A good record stored beside every hostile one: it must load and stay as it is. */
const neighbour = makeAssessment({ id: 'neighbour', name: 'Autumn review' });
const neighbourRaw = JSON.stringify(toStoredAssessment(neighbour));
const hostileKey = `${ASSESSMENT_KEY_PREFIX}${assessment.id}`;
const neighbourKey = `${ASSESSMENT_KEY_PREFIX}${neighbour.id}`;

afterEach(() => {
  initAssessmentStore(tinyContext, { storage: createMemoryStorage() });
  cleanStores($assessments, $unreadable);
});

/** Starts the store on a storage holding `raw` and the neighbour; returns the storage. */
function startWith(raw: string): KeyValueStorage {
  const storage = createMemoryStorage();
  storage.setItem(hostileKey, raw);
  storage.setItem(neighbourKey, neighbourRaw);
  initAssessmentStore(tinyContext, { storage, now: () => NOW });
  expectNoPollution();
  expect($assessments.get()[neighbour.id]).toEqual(neighbour);
  expect(storage.getItem(neighbourKey)).toBe(neighbourRaw);
  return storage;
}

/** Checks that `raw` was moved aside whole, and that nothing else was written. */
function expectMovedAside(storage: KeyValueStorage, raw: string): void {
  const backupKey = `${BACKUP_KEY_PREFIX}${NOW.toISOString()}/${hostileKey}`;
  expect($unreadable.get()).toEqual([{ backupKey, raw }]);
  expect(storage.getItem(backupKey)).toBe(raw);
  expect(listKeys(storage, '').sort()).toEqual([backupKey, neighbourKey].sort());
  expect(Object.keys($assessments.get())).toEqual([neighbour.id]);
}

describe('a stored record that is not one', () => {
  it.each(hostileTexts(MAX_IMPORT_BYTES, ASSESSMENT_EXPORT_FORMAT))(
    'is moved aside whole: $name',
    ({ text }) => {
      expectMovedAside(startWith(text), text);
    },
  );
});

describe('a stored record edited by hand', () => {
  it.each(fileCases(stored, 'assessment'))('$name: $hostility', ({ text, hostility }) => {
    const storage = startWith(text);
    if (hostility === 'valid') {
      expect($assessments.get()[assessment.id]).toEqual(assessment);
      expectPlainData($assessments.get());
    } else if (hostility === 'newer') {
      // Written by a newer version of the site: left where it is, for that version to read.
      expect(storage.getItem(hostileKey)).toBe(text);
      expect($unreadable.get()).toEqual([]);
      expect(Object.keys($assessments.get())).toEqual([neighbour.id]);
    } else {
      expectMovedAside(storage, text);
    }
  });

  it('moves aside a record filed under the neighbour’s key, keeping the neighbour', () => {
    const storage = createMemoryStorage();
    storage.setItem(neighbourKey, neighbourRaw);
    storage.setItem(
      `${ASSESSMENT_KEY_PREFIX}elsewhere`,
      JSON.stringify(toStoredAssessment({ ...assessment, id: neighbour.id })),
    );
    initAssessmentStore(tinyContext, { storage, now: () => NOW });
    expect($assessments.get()).toEqual({ [neighbour.id]: neighbour });
    expect($unreadable.get()).toHaveLength(1);
  });
});

describe('a stored assessment whose id is a name Object.prototype has (#8)', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'loads %s like any other, and finds nothing under such a name otherwise',
    (id) => {
      const odd = makeAssessment({ id, name: 'Odd id' });
      const storage = startWith(JSON.stringify(toStoredAssessment(odd)));
      // Filed under the first assessment's key, the record moves to its own.
      expect(storage.getItem(`${ASSESSMENT_KEY_PREFIX}${id}`)).not.toBeNull();
      expect(findAssessment($assessments.get(), id)).toEqual(odd);
      expect($assessments.get()).toEqual({ [id]: odd, [neighbour.id]: neighbour });
      expect(Object.getPrototypeOf($assessments.get())).toBe(Object.prototype);
      initAssessmentStore(tinyContext, { storage: createMemoryStorage() });
      expect(findAssessment($assessments.get(), id)).toBeUndefined();
    },
  );
});

describe('restoring any value as a stored record', () => {
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
    ['a version of 2', { ...stored, schemaVersion: 2 }, 'newer-version'],
    ['a record without a prototype', nullPrototype, 'ok'],
  ])('%s: %s', (_name, value, outcome) => {
    const result = restoreStoredAssessment(value, tinyContext);
    if (outcome === 'ok') expect(result).toMatchObject({ ok: true, assessment });
    else expectRefusal(result, outcome);
  });

  it('never throws on any JSON value, and refuses with a known reason', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = restoreStoredAssessment(value, tinyContext);
        if (!result.ok) expect(['invalid', 'newer-version']).toContain(result.reason);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws when starting on any stored text, and never changes the neighbour', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (raw) => {
        startWith(raw);
      }),
      { numRuns: 300 },
    );
  });
});
