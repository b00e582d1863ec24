// The results page reads which workshop an assessment came from without opening the workshop
// store: this file imports the store fresh and never opens it.
import { describe, expect, it } from 'vitest';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import { pageBackend } from '~/stores/record-store';
import { $workshops, WORKSHOP_KEY_PREFIX, findWorkshopOf } from '~/stores/workshops';
import { WORKSHOP_ID, makeWorkshop } from '../domain/workshop/submission-helpers';

describe('findWorkshopOf on a page that never opened the workshop store', () => {
  it('reads the page’s storage itself and leaves the store empty', async () => {
    const saved = { ...makeWorkshop(), assessmentId: 'a-consolidated' };
    const raw = serializeWorkshopFile(saved);
    expect(await pageBackend.update(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, () => raw)).toBe('ok');
    // An unreadable record and another kind's record under the prefix are passed over.
    await pageBackend.update(`${WORKSHOP_KEY_PREFIX}broken`, () => '{oops');
    expect(findWorkshopOf('a-consolidated')?.organization).toBe(saved.organization);
    expect(findWorkshopOf('another-assessment')).toBeNull();
    expect($workshops.get()).toEqual({});
  });
});
