// The results page reads which workshop an assessment came from without opening the workshop
// store: this file imports the store fresh and never opens it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStorage, type KeyValueStorage } from '~/adapters/storage/browser-storage';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import { $workshops, WORKSHOP_KEY_PREFIX, findWorkshopOf } from '~/stores/workshops';
import { WORKSHOP_ID, makeWorkshop } from '../domain/workshop/submission-helpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('findWorkshopOf on a page that never opened the workshop store', () => {
  it('reads localStorage itself and leaves the store empty', () => {
    const storage = createMemoryStorage();
    const saved = { ...makeWorkshop(), assessmentId: 'a-consolidated' };
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(saved));
    vi.stubGlobal('localStorage', storage);
    expect(findWorkshopOf('a-consolidated')?.organization).toBe(saved.organization);
    expect(findWorkshopOf('another-assessment')).toBeNull();
    expect($workshops.get()).toEqual({});
  });

  it('skips a workshop another tab removed between listing and reading', () => {
    const saved = serializeWorkshopFile({ ...makeWorkshop(), assessmentId: 'a-consolidated' });
    const gone = `${WORKSHOP_KEY_PREFIX}removed-meanwhile`;
    const kept = `${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`;
    const storage: KeyValueStorage = {
      length: 2,
      key: (index) => [gone, kept][index] ?? null,
      getItem: (key) => (key === kept ? saved : null),
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    vi.stubGlobal('localStorage', storage);
    expect(findWorkshopOf('a-consolidated')?.id).toBe(WORKSHOP_ID);
  });

  it('finds nothing, without throwing, when the browser refuses storage', () => {
    vi.stubGlobal('localStorage', {
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(findWorkshopOf('a-consolidated')).toBeNull();
  });
});
