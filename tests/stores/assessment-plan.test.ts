/** The results page's choices, saved through the assessments store. */
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, type KeyValueStorage } from '~/adapters/storage/browser-storage';
import {
  $assessmentList,
  $assessments,
  initAssessmentStore,
  startAssessment,
  updateAssessment,
  updatePlan,
} from '~/stores/assessments';
import { tinyContext } from '../domain/assessment/helpers';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';

let clock = new Date('2025-05-06T09:00:00.000Z');
let storage: KeyValueStorage;

function init(): void {
  initAssessmentStore(tinyContext, { backend: createKeyValueBackend(storage), now: () => clock });
}

beforeEach(() => {
  clock = new Date('2025-05-06T09:00:00.000Z');
  storage = createMemoryStorage();
  keepMount($assessmentList);
  init();
});

afterEach(() => {
  cleanStores($assessments, $assessmentList);
});

describe('updatePlan', () => {
  it('saves a change to the plan, stamped, so a reload reads it back', () => {
    const id = startAssessment({ name: 'Spring', organization: 'Acme', assessor: 'Ana' });
    clock = new Date('2025-05-07T10:00:00.000Z');
    updatePlan(id, (plan) => ({ ...plan, ambition: 'leading', targets: { strategy: 90 } }));
    init();
    const saved = $assessments.get()[id];
    expect(saved?.plan?.ambition).toBe('leading');
    expect(saved?.plan?.targets).toEqual({ strategy: 90 });
    expect(saved?.updatedAt).toBe('2025-05-07T10:00:00.000Z');
  });

  it('changes nothing for an assessment that is not there', () => {
    updatePlan('gone', (plan) => ({ ...plan, ambition: 'leading' }));
    updateAssessment('gone', (a) => ({ ...a, name: 'x' }));
    expect($assessments.get()).toEqual({});
    expect(storage.length).toBe(0);
  });
});
