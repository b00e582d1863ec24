/** The workshop store's smaller actions: each one saved, stamped, and read back by a reload. */
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStorage, type KeyValueStorage } from '~/adapters/storage/browser-storage';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import { $assessments, initAssessmentStore } from '~/stores/assessments';
import {
  $workshopList,
  $workshops,
  WORKSHOP_KEY_PREFIX,
  importSubmission,
  initWorkshopStore,
  recordAgreements,
  removeSubmission,
  restoreWorkshop,
  setWorkshopDetails,
  updateWorkshop,
} from '~/stores/workshops';
import { tinyContext as assessmentContext } from '../domain/assessment/helpers';
import {
  ANA,
  BEN,
  WORKSHOP_ID,
  makeSubmission,
  makeWorkshop,
  tinyContext,
} from '../domain/workshop/submission-helpers';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';

let clock = new Date('2025-05-06T09:00:00.000Z');
let storage: KeyValueStorage;

function init(): void {
  initAssessmentStore(assessmentContext, {
    backend: createKeyValueBackend(storage),
    now: () => clock,
  });
  initWorkshopStore({
    contentVersion: 1,
    importContext: tinyContext,
    backend: createKeyValueBackend(storage),
    now: () => clock,
  });
}

/** The stored workshop with the fixture id, read back as a reload would. */
function reloadFixture() {
  init();
  return $workshops.get()[WORKSHOP_ID];
}

beforeEach(() => {
  clock = new Date('2025-05-06T09:00:00.000Z');
  storage = createMemoryStorage();
  storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
  keepMount($workshopList);
  init();
});

afterEach(() => {
  cleanStores($workshops, $workshopList, $assessments);
});

describe('workshop actions', () => {
  it('changes the organization, date and facilitator, stamped with the time of the change', () => {
    clock = new Date('2025-05-07T10:00:00.000Z');
    setWorkshopDetails(WORKSHOP_ID, { organization: 'Hijos de Pérez', facilitator: 'Luis' });
    const workshop = reloadFixture();
    expect([workshop?.organization, workshop?.date, workshop?.facilitator]).toEqual([
      'Hijos de Pérez',
      '2025-05-06',
      'Luis',
    ]);
    expect(workshop?.updatedAt).toBe('2025-05-07T10:00:00.000Z');
  });

  it('saves nothing, and stamps nothing, when a change gives the workshop back unchanged', () => {
    const before = storage.getItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`);
    clock = new Date('2025-05-07T10:00:00.000Z');
    const result = updateWorkshop(WORKSHOP_ID, (w) => w);
    expect(result).toBe($workshops.get()[WORKSHOP_ID]);
    expect(storage.getItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`)).toBe(before);
  });

  it('changes nothing for a workshop that is not there', () => {
    expect(updateWorkshop('gone', (w) => ({ ...w, facilitator: 'X' }))).toBeUndefined();
    expect(Object.keys($workshops.get())).toEqual([WORKSHOP_ID]);
  });

  it("removes one participant's answers and keeps them invited", async () => {
    await importSubmission(WORKSHOP_ID, serializeSubmissionFile(makeSubmission()));
    await importSubmission(
      WORKSHOP_ID,
      serializeSubmissionFile(makeSubmission({ participantId: BEN, role: 'sales' })),
    );
    removeSubmission(WORKSHOP_ID, ANA);
    const workshop = reloadFixture();
    expect(workshop?.submissions.map((s) => s.participantId)).toEqual([BEN]);
    expect(workshop?.participants.map((p) => p.id)).toContain(ANA);
  });

  it('records several agreements in one write, trims notes, clears with null, skips __proto__', () => {
    recordAgreements(WORKSHOP_ID, { 'q-plain': { value: 3, note: ' agreed ' } });
    recordAgreements(
      WORKSHOP_ID,
      JSON.parse(
        '{"q-crit": {"value": "dont-know", "note": ""}, "q-plain": null,' +
          ' "__proto__": {"value": 1, "note": "x"}}',
      ) as Parameters<typeof recordAgreements>[1],
    );
    const agreed = reloadFixture()?.agreed;
    expect(agreed).toEqual({ 'q-crit': { value: 'dont-know', note: '' } });
    expect(Object.getPrototypeOf(agreed)).toBe(Object.prototype);
  });

  it('restores a workshop from a backup over the one with the same id', () => {
    restoreWorkshop(
      makeWorkshop({ facilitator: 'Restored', updatedAt: '2025-06-01T00:00:00.000Z' }),
    );
    expect(reloadFixture()?.facilitator).toBe('Restored');
  });
});
