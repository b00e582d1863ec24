// Whether a change is stored, as the pages ask it (#15): refused first, then written when the page
// tries again, for both stores.
import { describe, expect, it } from 'vitest';
import { createMemoryStorage, type KeyValueStorage } from '~/adapters/storage/browser-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import type { RecordBackend } from '~/adapters/storage/record-backend';
import {
  $storageHealth,
  assessmentSaved,
  initAssessmentStore,
  retrySaving,
  setDetails,
  startAssessment,
} from '~/stores/assessments';
import {
  $workshopStorageHealth,
  addParticipant,
  findWorkshopOf,
  initWorkshopStore,
  retryWorkshopSaving,
  setUpWorkshop,
  setWorkshopDetails,
  workshopSaved,
} from '~/stores/workshops';
import { tinyContext } from '../domain/assessment/helpers';
import { tinyContext as importContext } from '../domain/workshop/submission-helpers';

/** A memory storage that refuses every write while `full` is true. */
function fillable(): KeyValueStorage & { full: boolean } {
  const inner = createMemoryStorage();
  return {
    full: false,
    get length() {
      return inner.length;
    },
    key: (index) => inner.key(index),
    getItem: (key) => inner.getItem(key),
    setItem(key, value) {
      if (this.full) throw new DOMException('full', 'QuotaExceededError');
      inner.setItem(key, value);
    },
    removeItem: (key) => inner.removeItem(key),
  };
}

describe('saving, refused then tried again', () => {
  it('tells an assessment is not stored while storage refuses it, and stored once retried', async () => {
    const storage = fillable();
    initAssessmentStore(tinyContext, { backend: createKeyValueBackend(storage) });
    storage.full = true;
    const id = startAssessment({ name: 'Refused', organization: 'Full Ltd' });
    expect(await assessmentSaved(id)).toBe(false);
    expect($storageHealth.get()).toBe('full');
    storage.full = false;
    retrySaving();
    expect(await assessmentSaved(id)).toBe(true);
    expect($storageHealth.get()).toBe('ok');
    expect(storage.getItem(`crm-readiness/assessment/${id}`)).toContain('Refused');
  });

  it('tells a workshop is not stored while storage refuses it, and stored once retried', async () => {
    const storage = fillable();
    initWorkshopStore({
      contentVersion: 1,
      importContext,
      backend: createKeyValueBackend(storage),
    });
    storage.full = true;
    const id = setUpWorkshop({
      organization: 'Full Ltd',
      date: '2025-05-06',
      facilitator: 'Marta',
      participants: [{ name: 'Ana', role: 'executive' }],
    });
    expect(await workshopSaved(id)).toBe(false);
    expect($workshopStorageHealth.get()).toBe('full');
    storage.full = false;
    retryWorkshopSaving();
    expect(await workshopSaved(id)).toBe(true);
    expect($workshopStorageHealth.get()).toBe('ok');
    expect(storage.getItem(`crm-readiness/workshop/${id}`)).toContain('Full Ltd');
  });
});

/** A backend whose writes start only when `run` is called: another tab may write meanwhile. */
function lateBackend(storage: KeyValueStorage): { backend: RecordBackend; run: () => void } {
  const inner = createKeyValueBackend(storage);
  const waiting: (() => void)[] = [];
  return {
    backend: {
      ...inner,
      update: (key, next) =>
        new Promise((resolve) => waiting.push(() => resolve(inner.update(key, next)))),
    },
    run: () => {
      for (const start of waiting.splice(0)) start();
    },
  };
}

/** Another tab's edit of the stored text under `key`. */
function editStored(storage: KeyValueStorage, key: string, from: string, to: string): void {
  storage.setItem(key, (storage.getItem(key) ?? '').replace(from, to));
}

describe('a change written after another tab wrote the record', () => {
  it('is applied to the assessment as stored, and never brings back a deleted one', async () => {
    const storage = createMemoryStorage();
    const { backend, run } = lateBackend(storage);
    initAssessmentStore(tinyContext, { backend });
    const id = startAssessment({ name: 'Mine', organization: 'Shared Ltd' });
    run();
    expect(await assessmentSaved(id)).toBe(true);
    const key = `crm-readiness/assessment/${id}`;

    setDetails(id, { name: 'Renamed here' });
    editStored(storage, key, 'Shared Ltd', 'Renamed there');
    run();
    expect(await assessmentSaved(id)).toBe(true);
    expect(storage.getItem(key)).toContain('Renamed here');
    expect(storage.getItem(key)).toContain('Renamed there');

    setDetails(id, { name: 'Too late' });
    storage.removeItem(key);
    run();
    expect(await assessmentSaved(id)).toBe(true);
    expect(storage.getItem(key)).toBeNull();
  });

  it('is applied to the workshop as stored, and never brings back a deleted one', async () => {
    const storage = createMemoryStorage();
    const { backend, run } = lateBackend(storage);
    initWorkshopStore({ contentVersion: 1, importContext, backend });
    const id = setUpWorkshop({
      organization: 'Shared Ltd',
      date: '2025-05-06',
      facilitator: 'Marta',
      participants: [{ name: 'Ana', role: 'executive' }],
    });
    run();
    expect(await workshopSaved(id)).toBe(true);
    const key = `crm-readiness/workshop/${id}`;

    setWorkshopDetails(id, { facilitator: 'Marta Here' });
    editStored(storage, key, 'Shared Ltd', 'Renamed there');
    run();
    expect(await workshopSaved(id)).toBe(true);
    expect(storage.getItem(key)).toContain('Marta Here');
    expect(storage.getItem(key)).toContain('Renamed there');

    setWorkshopDetails(id, { facilitator: 'Too late' });
    storage.removeItem(key);
    run();
    expect(await workshopSaved(id)).toBe(true);
    expect(storage.getItem(key)).toBeNull();
  });
});

describe('workshops that are not there', () => {
  it('adds no participant to a workshop this browser does not hold', () => {
    initWorkshopStore({
      contentVersion: 1,
      importContext,
      backend: createKeyValueBackend(createMemoryStorage()),
    });
    expect(addParticipant('missing', { name: 'Ana', role: 'executive' })).toBeNull();
  });

  it('finds no workshop under a key whose text is gone', () => {
    const inner = createKeyValueBackend(createMemoryStorage());
    const backend: RecordBackend = {
      ...inner,
      keys: (prefix) => [`${prefix}gone`],
      peek: () => null,
    };
    initWorkshopStore({ contentVersion: 1, importContext, backend });
    expect(findWorkshopOf('any-assessment')).toBeNull();
  });
});
