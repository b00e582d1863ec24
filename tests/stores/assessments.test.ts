import { readFileSync } from 'node:fs';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  BACKUP_KEY_PREFIX,
  createMemoryStorage,
  listKeys,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import type { Assessment } from '~/domain/assessment/assessment';
import type { AnswerValue } from '~/domain/scoring/model';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { StoredAssessmentSchema } from '~/domain/schemas/assessment-file';
import {
  $assessmentList,
  $assessments,
  $lastDeleted,
  $loaded,
  $storageHealth,
  $unreadable,
  addImported,
  answerQuestion,
  deleteAssessment,
  duplicate,
  goToStep,
  initAssessmentStore,
  setDetails,
  setNote,
  setProfileAnswer,
  startAssessment,
  undoDelete,
  whenAssessmentsRead,
} from '~/stores/assessments';
import { continueToFullAssessment } from '~/stores/continue-assessment';
import { createFailingStorage, installStorageEvents } from '../adapters/storage-stubs';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';
import { realContext } from '../domain/assessment/real-content';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';

/** When the tests start; the clock moves a minute at a time from here. */
const START = '2025-05-01T10:00:00.000Z';
const base = makeAssessment();
const id = base.id;

let clock = new Date(START);
/** Moves the injected clock one minute on and returns the new time as ISO text. */
function tick(): string {
  clock = new Date(clock.getTime() + 60_000);
  return clock.toISOString();
}

let storage: KeyValueStorage;

/** Starts the store on `from` (the shared storage by default) with the test clock. */
function init(from: KeyValueStorage | null = storage): void {
  initAssessmentStore(tinyContext, { backend: createKeyValueBackend(from), now: () => clock });
}

function keyOf(assessmentId: string): string {
  return `${ASSESSMENT_KEY_PREFIX}${assessmentId}`;
}

/** Writes an assessment the way the store does, as this tab did earlier or another tab does now. */
function writeRecord(assessment: Assessment, into: KeyValueStorage = storage): string {
  const raw = JSON.stringify(toStoredAssessment(assessment));
  into.setItem(keyOf(assessment.id), raw);
  return raw;
}

/** Reads one stored record back, failing the test if it is missing or invalid. */
function readRecord(assessmentId: string, from: KeyValueStorage = storage): Assessment {
  const raw = from.getItem(keyOf(assessmentId));
  if (raw === null) throw new Error(`Nothing stored for ${assessmentId}.`);
  return StoredAssessmentSchema.parse(JSON.parse(raw)).assessment;
}

/** The assessment the store holds under `assessmentId`. */
function held(assessmentId: string = id): Assessment | undefined {
  return $assessments.get()[assessmentId];
}

beforeEach(() => {
  clock = new Date(START);
  storage = createMemoryStorage();
});

afterEach(() => {
  // Restarting unsubscribes from the fake storage events while they are still installed, and with
  // `addEventListener` gone the new start subscribes to nothing, so no later test calls a stale stub.
  vi.stubGlobal('addEventListener', undefined);
  init(createMemoryStorage());
  vi.unstubAllGlobals();
  // Starting the store does not empty the undo slot, so one test's deletion could leak into the next.
  $lastDeleted.set(null);
  cleanStores($assessments, $assessmentList, $storageHealth, $unreadable, $lastDeleted, $loaded);
});

describe('starting the assessment store', () => {
  it('loads every valid stored assessment', () => {
    const other = makeAssessment({ id: 'second', name: 'Autumn review' });
    writeRecord(base);
    writeRecord(other);
    init();
    expect($assessments.get()).toEqual({ [id]: base, second: other });
    expect($loaded.get()).toBe(true);
    expect($unreadable.get()).toEqual([]);
    expect($storageHealth.get()).toBe('ok');
  });

  it('loads the stored record fixture of version 1 once the codec has migrated it (#12)', async () => {
    const raw = readFileSync(
      new URL('../fixtures/assessment/v1/stored.json', import.meta.url),
      'utf8',
    );
    storage.setItem(keyOf('fixture'), raw);
    initAssessmentStore(realContext, { backend: createKeyValueBackend(storage), now: () => clock });
    // The first reading is without zod: a record to migrate waits for the codec, left untouched.
    expect($assessments.get()).toEqual({});
    expect(storage.getItem(keyOf('fixture'))).toBe(raw);
    await whenAssessmentsRead();
    expect(Object.values($assessments.get())).toMatchObject([
      { name: 'Initial readiness check', position: 'processes' },
    ]);
    expect($unreadable.get()).toEqual([]);
  });

  it('keeps the later reading when the store is opened again before the codec arrives (#12)', async () => {
    const older = JSON.stringify({ schemaVersion: 1, assessment: { ...base, mode: undefined } });
    storage.setItem(keyOf(id), older);
    init();
    const first = whenAssessmentsRead();
    const other = createMemoryStorage();
    const current = makeAssessment({ id: 'current' });
    other.setItem(keyOf('current'), JSON.stringify(toStoredAssessment(current)));
    init(other);
    await first;
    await whenAssessmentsRead();
    expect($assessments.get()).toEqual({ current });
    expect(storage.getItem(keyOf(id))).toBe(older);
  });

  it.each<[string, string]>([
    ['text that is not JSON', '{"schemaVersion":1,"assessment":{"id":'],
    ['JSON that is not a record', '"crm"'],
    ['a record without a version', JSON.stringify({ assessment: base })],
    [
      'a record that fails the schema',
      JSON.stringify({ schemaVersion: 1, assessment: { ...base, answers: { 'q-plain': 7 } } }),
    ],
  ])('moves %s aside with its raw text intact, and loads the others', async (_name, raw) => {
    const good = makeAssessment({ id: 'good' });
    writeRecord(good);
    storage.setItem(keyOf('broken'), raw);
    init();
    await whenAssessmentsRead();
    const backupKey = `${BACKUP_KEY_PREFIX}${START}/${keyOf('broken')}`;
    expect($unreadable.get()).toEqual([{ backupKey, raw }]);
    expect(storage.getItem(backupKey)).toBe(raw);
    expect(storage.getItem(keyOf('broken'))).toBeNull();
    expect($assessments.get()).toEqual({ good });
  });

  it('keeps an unreadable record where it is when the backup cannot be written', () => {
    const full = createFailingStorage();
    full.setItem(keyOf('broken'), '{oops');
    full.failing.add('setItem');
    init(full);
    expect($unreadable.get()).toEqual([{ backupKey: null, raw: '{oops' }]);
    expect(listKeys(full, '')).toEqual([keyOf('broken')]);
  });

  it('leaves a record from a newer version of the site untouched, and does not load it', () => {
    const raw = JSON.stringify({ schemaVersion: 99, assessment: { ...base, futureField: 1 } });
    storage.setItem(keyOf(id), raw);
    init();
    expect($assessments.get()).toEqual({});
    expect($unreadable.get()).toEqual([]);
    expect(listKeys(storage, '')).toEqual([keyOf(id)]);
    expect(storage.getItem(keyOf(id))).toBe(raw);
  });

  it('keeps answers and notes to questions the content no longer has in setAside', () => {
    writeRecord(
      makeAssessment({
        answers: { 'q-plain': 3, 'retired-question': 2 },
        notes: { 'retired-question': 'Asked in 2024 only.' },
      }),
    );
    init();
    const setAside = {
      answers: { 'retired-question': 2 },
      notes: { 'retired-question': 'Asked in 2024 only.' },
    };
    expect(held()).toMatchObject({ answers: { 'q-plain': 3 }, notes: {}, setAside });
    answerQuestion(id, 'q-na', 1);
    expect(readRecord(id)).toMatchObject({ answers: { 'q-plain': 3, 'q-na': 1 }, setAside });
  });

  it('skips records the browser refuses to read, leaving them where they are', () => {
    const locked = createFailingStorage();
    writeRecord(base, locked);
    locked.failing.add('getItem');
    init(locked);
    expect($assessments.get()).toEqual({});
    expect($unreadable.get()).toEqual([]);
    expect(listKeys(locked, '')).toEqual([keyOf(id)]);
  });

  it('replaces everything loaded before when started again', () => {
    writeRecord(base);
    init();
    const other = createMemoryStorage();
    writeRecord(makeAssessment({ id: 'elsewhere' }), other);
    init(other);
    expect(Object.keys($assessments.get())).toEqual(['elsewhere']);
  });
});

describe('assessment actions', () => {
  beforeEach(() => {
    writeRecord(makeAssessment({ answers: { 'q-plain': 3 } }));
    init();
  });

  /** Checks that what the store holds for `assessmentId` is exactly what storage holds. */
  function expectSaved(assessmentId: string = id): Assessment {
    const stored = readRecord(assessmentId);
    expect(held(assessmentId)).toEqual(stored);
    return stored;
  }

  it('starts an assessment at the profile step, stamped now, and saves it', () => {
    const newId = startAssessment({ name: '  Q3 check ', organization: 'Acme', assessor: 'Luis' });
    expect(newId).not.toBe(id);
    expect(expectSaved(newId)).toEqual({
      id: newId,
      name: 'Q3 check',
      organization: 'Acme',
      assessor: 'Luis',
      createdAt: START,
      updatedAt: START,
      contentVersion: tinyContext.contentVersion,
      mode: 'full',
      profile: {},
      answers: {},
      notes: {},
      position: 'profile',
      setAside: { answers: {}, notes: {} },
    });
  });

  it('starts a quick scan and continues it into the full assessment, answers kept (#13)', () => {
    const newId = startAssessment({ name: 'Quick', organization: 'Acme', mode: 'quick' });
    expect(expectSaved(newId).mode).toBe('quick');
    answerQuestion(newId, 'q-crit', 2);
    const now = tick();
    continueToFullAssessment(newId);
    expect(expectSaved(newId)).toMatchObject({
      mode: 'full',
      answers: { 'q-crit': 2 },
      updatedAt: now,
    });
  });

  it.each<[string, string, AnswerValue | undefined, Assessment['answers']]>([
    ['sets an unanswered question', 'q-crit', 0, { 'q-plain': 3, 'q-crit': 0 }],
    ['changes an answer', 'q-plain', 'dont-know', { 'q-plain': 'dont-know' }],
    ['clears an answer', 'q-plain', undefined, {}],
  ])('%s and saves it at once', (_name, questionId, value, answers) => {
    const now = tick();
    answerQuestion(id, questionId, value);
    expect(expectSaved()).toMatchObject({ answers, updatedAt: now });
    expect(held()?.answers).toEqual(answers);
  });

  it.each<[string, string, string, Assessment['notes']]>([
    [
      'writes a note',
      'q-na',
      'Only one site.',
      { 'q-plain': 'Sales and service share one list.', 'q-na': 'Only one site.' },
    ],
    ['replaces a note', 'q-plain', 'Two lists now.', { 'q-plain': 'Two lists now.' }],
    ['removes a note left empty', 'q-plain', '  \n ', {}],
  ])('%s and saves it at once', (_name, questionId, note, notes) => {
    const now = tick();
    setNote(id, questionId, note);
    expect(expectSaved()).toMatchObject({ updatedAt: now });
    expect(held()?.notes).toEqual(notes);
  });

  it.each<[string, string, string | readonly string[], Assessment['profile']]>([
    [
      'changes a single-choice answer',
      'company-size',
      'medium',
      { 'company-size': 'medium', channels: ['internet', 'sales-force'] },
    ],
    [
      'changes a multiple-choice answer',
      'channels',
      ['internet'],
      { 'company-size': 'small', channels: ['internet'] },
    ],
    ['removes an answer left empty', 'channels', [], { 'company-size': 'small' }],
  ])('%s in the profile and saves it at once', (_name, fieldId, value, profile) => {
    const now = tick();
    setProfileAnswer(id, fieldId, value);
    expect(expectSaved()).toMatchObject({ updatedAt: now });
    expect(held()?.profile).toEqual(profile);
  });

  it('renames an assessment, keeping what was not given, and saves it at once', () => {
    const now = tick();
    setDetails(id, { name: '  Spring review, final ', assessor: '' });
    expect(expectSaved()).toMatchObject({
      name: 'Spring review, final',
      organization: base.organization,
      assessor: '',
      updatedAt: now,
    });
  });

  it('remembers the step the user is on without counting it as a change', () => {
    tick();
    goToStep(id, 'strategy');
    expect(expectSaved()).toMatchObject({ position: 'strategy', updatedAt: base.updatedAt });
  });

  it('writes nothing when going to the step already remembered', () => {
    const setItem = vi.spyOn(storage, 'setItem');
    goToStep(id, base.position);
    expect(setItem).not.toHaveBeenCalled();
  });

  it('duplicates an assessment under a new id and name, with the same answers', () => {
    const copyId = duplicate(id, 'Spring review (copy)');
    expect(copyId).not.toBeNull();
    expect(copyId).not.toBe(id);
    const source = expectSaved();
    expect(expectSaved(copyId ?? '')).toEqual({
      ...source,
      id: copyId,
      name: 'Spring review (copy)',
      createdAt: START,
      updatedAt: START,
    });
  });

  it('deletes an assessment, and undoing brings back the very same record', () => {
    const before = storage.getItem(keyOf(id));
    const assessment = held();
    deleteAssessment(id);
    expect(storage.getItem(keyOf(id))).toBeNull();
    expect(held()).toBeUndefined();
    expect($lastDeleted.get()).toEqual(assessment);
    expect(undoDelete()).toEqual(assessment);
    expect(storage.getItem(keyOf(id))).toBe(before);
    expect(held()).toEqual(assessment);
    expect($lastDeleted.get()).toBeNull();
    expect(undoDelete()).toBeNull();
  });

  it('can undo only the last deletion', () => {
    const secondId = duplicate(id, 'Second') ?? '';
    deleteAssessment(id);
    deleteAssessment(secondId);
    expect(undoDelete()?.id).toBe(secondId);
    expect(Object.keys($assessments.get())).toEqual([secondId]);
  });

  it.each<['replace' | 'copy' | undefined, number]>([
    [undefined, 1],
    ['replace', 1],
    ['copy', 2],
  ])('adds an imported assessment with mode %s, leaving %i assessments', (mode, count) => {
    const imported = makeAssessment({ name: 'From file', answers: { 'q-crit': 4 } });
    const savedId = addImported(imported, mode);
    expect(expectSaved(savedId)).toEqual({ ...imported, id: savedId });
    expect(Object.keys($assessments.get())).toHaveLength(count);
    expect(listKeys(storage, ASSESSMENT_KEY_PREFIX)).toHaveLength(count);
    if (mode === 'copy') {
      expect(savedId).not.toBe(id);
      expect(expectSaved(id).answers).toEqual({ 'q-plain': 3 });
    } else {
      expect(savedId).toBe(id);
    }
  });

  it.each<[string, () => unknown]>([
    ['answerQuestion', () => answerQuestion('missing', 'q-plain', 1)],
    ['setNote', () => setNote('missing', 'q-plain', 'x')],
    ['setProfileAnswer', () => setProfileAnswer('missing', 'channels', ['internet'])],
    ['setDetails', () => setDetails('missing', { name: 'x' })],
    ['goToStep', () => goToStep('missing', 'review')],
    ['duplicate', () => duplicate('missing', 'x')],
    ['deleteAssessment', () => deleteAssessment('missing')],
  ])('%s on an unknown assessment changes nothing', (_name, act) => {
    const before = $assessments.get();
    expect(act() ?? null).toBeNull();
    expect($assessments.get()).toBe(before);
    expect(listKeys(storage, '')).toEqual([keyOf(id)]);
    expect($lastDeleted.get()).toBeNull();
  });
});

describe('two tabs on one assessment', () => {
  beforeEach(() => {
    writeRecord(base);
  });

  /** The answers in another tab's newer copy. */
  const theirs = { ...base.answers, 'q-crit': 4 } as const;

  /** Another tab's newer copy of `base`: it has answered `q-crit` with 4. */
  function otherTabCopy(): Assessment {
    return {
      ...base,
      answers: theirs,
      updatedAt: '2025-05-01T10:30:00.000Z',
    };
  }

  it.each<[string, () => void, Partial<Assessment>]>([
    [
      'answers another question',
      () => answerQuestion(id, 'q-plain', 1),
      { answers: { ...theirs, 'q-plain': 1 } },
    ],
    [
      'writes a note',
      () => setNote(id, 'q-na', 'Ours'),
      { answers: theirs, notes: { ...base.notes, 'q-na': 'Ours' } },
    ],
    [
      'changes the profile',
      () => setProfileAnswer(id, 'company-size', 'large'),
      { answers: theirs, profile: { ...base.profile, 'company-size': 'large' } },
    ],
    ['renames it', () => setDetails(id, { name: 'Ours' }), { answers: theirs, name: 'Ours' }],
    [
      'moves to another step',
      () => goToStep(id, 'strategy'),
      { answers: theirs, position: 'strategy' },
    ],
  ])('keeps the other tab’s newer answer when this tab %s', (_name, act, expected) => {
    init();
    writeRecord(otherTabCopy());
    act();
    expect(readRecord(id)).toMatchObject(expected);
    expect(held()).toEqual(readRecord(id));
  });

  it('duplicates the other tab’s newer copy', () => {
    init();
    writeRecord(otherTabCopy());
    const copyId = duplicate(id, 'Copy') ?? '';
    expect(readRecord(copyId).answers).toEqual(otherTabCopy().answers);
  });

  it('shows a change another tab made as soon as its storage event arrives', () => {
    const events = installStorageEvents();
    init();
    const raw = writeRecord(otherTabCopy());
    events.fire(keyOf(id), raw);
    expect(held()).toEqual(otherTabCopy());
  });

  it('shows an assessment another tab started', () => {
    const events = installStorageEvents();
    init();
    const started = makeAssessment({ id: 'from-other-tab' });
    events.fire(keyOf(started.id), writeRecord(started));
    expect(held(started.id)).toEqual(started);
  });

  it('drops an assessment another tab deleted', () => {
    const events = installStorageEvents();
    init();
    storage.removeItem(keyOf(id));
    events.fire(keyOf(id), null);
    expect($assessments.get()).toEqual({});
  });

  it.each<[string, string, string]>([
    ['another site’s key', 'other-app/settings', '{}'],
    ['an unreadable record', keyOf(id), '{oops'],
    [
      'a record from a newer version',
      keyOf(id),
      JSON.stringify({ schemaVersion: 99, assessment: base }),
    ],
    [
      'a record stored under another id',
      keyOf(id),
      JSON.stringify(toStoredAssessment({ ...base, id: 'other' })),
    ],
  ])('ignores an event for %s', (_name, changedKey, newValue) => {
    const events = installStorageEvents();
    init();
    const before = $assessments.get();
    events.fire(changedKey, newValue);
    expect($assessments.get()).toBe(before);
  });

  it('empties the list when another tab clears the whole storage', () => {
    const events = installStorageEvents();
    init();
    storage.removeItem(keyOf(id));
    events.fire(null, null);
    expect($assessments.get()).toEqual({});
  });

  it('does not bring back, by editing it, an assessment another tab deleted', () => {
    init();
    storage.removeItem(keyOf(id));
    answerQuestion(id, 'q-plain', 2);
    expect(storage.getItem(keyOf(id))).toBeNull();
    expect($assessments.get()[id]).toBeUndefined();
  });

  it('listens once, however often the store is started', () => {
    const events = installStorageEvents();
    init();
    init();
    expect(events.listenerCount).toBe(1);
  });

  // Regression test: this once failed (found by these tests, fixed in the store).
  it('keeps the other tab’s answer when going to the step already shown, then answering', () => {
    init();
    writeRecord(otherTabCopy());
    goToStep(id, base.position);
    answerQuestion(id, 'q-plain', 1);
    expect(readRecord(id).answers).toEqual({ ...base.answers, 'q-plain': 1, 'q-crit': 4 });
  });

  // Regression test: this once failed (found by these tests, fixed in the store).
  it('keeps the other tab’s answer when duplicating, then answering', () => {
    init();
    writeRecord(otherTabCopy());
    duplicate(id, 'Copy');
    answerQuestion(id, 'q-plain', 1);
    expect(readRecord(id).answers).toEqual({ ...base.answers, 'q-plain': 1, 'q-crit': 4 });
  });

  // Regression test: this once failed (found by these tests, fixed in the store).
  it('does not overwrite a record a newer version of the site wrote in another tab', () => {
    init();
    const newer = JSON.stringify({
      schemaVersion: 99,
      assessment: { ...otherTabCopy(), extra: 1 },
    });
    storage.setItem(keyOf(id), newer);
    answerQuestion(id, 'q-plain', 1);
    expect(storage.getItem(keyOf(id))).toBe(newer);
  });
});

describe('storage health', () => {
  it('is unavailable where the browser refuses storage, and actions still work in memory', () => {
    init(null);
    expect($storageHealth.get()).toBe('unavailable');
    const newId = startAssessment({ name: 'Offline', organization: 'Acme' });
    answerQuestion(newId, 'q-plain', 2);
    expect(held(newId)).toMatchObject({ name: 'Offline', answers: { 'q-plain': 2 } });
    expect($storageHealth.get()).toBe('unavailable');
  });

  it('opens localStorage and reads the real clock by default, which in Node means memory only', () => {
    const before = Date.now();
    initAssessmentStore(tinyContext);
    expect($storageHealth.get()).toBe('unavailable');
    const newId = startAssessment({ name: 'Now', organization: 'Acme' });
    expect(Date.parse(held(newId)?.createdAt ?? '')).toBeGreaterThanOrEqual(before);
  });

  it('works in memory when used before the store is started', async () => {
    vi.resetModules();
    const fresh = await import('~/stores/assessments');
    expect(fresh.$loaded.get()).toBe(false);
    const newId = fresh.startAssessment({ name: 'Early', organization: 'Acme' });
    fresh.answerQuestion(newId, 'q-plain', 4);
    const copyId = fresh.duplicate(newId, 'Early copy') ?? '';
    fresh.deleteAssessment(newId);
    expect(Object.keys(fresh.$assessments.get())).toEqual([copyId]);
    expect(fresh.$assessments.get()[copyId]).toMatchObject({
      contentVersion: 1,
      answers: { 'q-plain': 4 },
    });
    expect(fresh.undoDelete()?.id).toBe(newId);
    expect(Object.keys(fresh.$assessments.get()).sort()).toEqual([copyId, newId].sort());
  });

  it('turns full when a write is refused and ok after the next write succeeds, keeping every change', () => {
    const quota = createFailingStorage();
    writeRecord(base, quota);
    init(quota);
    expect($storageHealth.get()).toBe('ok');

    quota.failing.add('setItem');
    answerQuestion(id, 'q-plain', 0);
    expect($storageHealth.get()).toBe('full');
    expect(held()?.answers['q-plain']).toBe(0);
    expect(readRecord(id, quota).answers['q-plain']).toBe(3);

    quota.failing.delete('setItem');
    setNote(id, 'q-na', 'Saved at last.');
    expect($storageHealth.get()).toBe('ok');
    expect(readRecord(id, quota)).toMatchObject({
      answers: { 'q-plain': 0 },
      notes: { 'q-na': 'Saved at last.' },
    });
  });

  it('turns full when a new assessment cannot be saved, and keeps it in memory', () => {
    const quota = createFailingStorage('setItem');
    init(quota);
    const newId = startAssessment({ name: 'Big', organization: 'Acme' });
    expect($storageHealth.get()).toBe('full');
    expect(held(newId)).toMatchObject({ name: 'Big' });
  });
});

describe('$assessmentList', () => {
  const at = (minutes: number) => new Date(Date.parse(START) + minutes * 60_000).toISOString();

  it('puts the most recently changed assessment first', () => {
    writeRecord(makeAssessment({ id: 'old', updatedAt: at(1) }));
    writeRecord(makeAssessment({ id: 'new', updatedAt: at(3) }));
    writeRecord(makeAssessment({ id: 'mid', updatedAt: at(2) }));
    init();
    keepMount($assessmentList);
    expect($assessmentList.get().map((a) => a.id)).toEqual(['new', 'mid', 'old']);

    clock = new Date(at(10));
    answerQuestion('old', 'q-plain', 1);
    expect($assessmentList.get().map((a) => a.id)).toEqual(['old', 'new', 'mid']);
  });

  // Regression test: this once failed (found by these tests, fixed in the store).
  it('orders timestamps with an offset by the moment they name', () => {
    init();
    keepMount($assessmentList);
    addImported(makeAssessment({ id: 'utc', updatedAt: '2025-03-15T01:00:00.000Z' }));
    addImported(makeAssessment({ id: 'bogota', updatedAt: '2025-03-14T23:00:00-05:00' }));
    expect($assessmentList.get().map((a) => a.id)).toEqual(['bogota', 'utc']);
  });
});
