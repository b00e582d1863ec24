import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BACKUP_KEY_PREFIX,
  createMemoryStorage,
  listKeys,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { serializeSubmissionFile } from '~/domain/workshop/submission-file';
import { serializeWorkshopFile } from '~/domain/workshop/workshop-backup';
import {
  $assessments,
  deleteAssessment,
  initAssessmentStore,
  startParticipation,
} from '~/stores/assessments';
import { buildInvitation } from '~/domain/workshop/create-workshop';
import {
  $lastDeletedWorkshop,
  $unreadableWorkshops,
  $workshopList,
  $workshops,
  WORKSHOP_KEY_PREFIX,
  addParticipant,
  consolidateWorkshop,
  deleteWorkshop,
  findWorkshopOf,
  importSubmission,
  initWorkshopStore,
  keepNewerSubmission,
  recordAgreement,
  removeParticipant,
  cancelSecondRound,
  setConsensusRule,
  setHideDistribution,
  setShowIndividual,
  startSecondRound,
  setUpWorkshop,
  undoDeleteWorkshop,
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

function tick(): void {
  clock = new Date(clock.getTime() + 60_000);
}

function init(from: KeyValueStorage | null = storage): void {
  initAssessmentStore(assessmentContext, {
    backend: createKeyValueBackend(from),
    now: () => clock,
  });
  initWorkshopStore({
    contentVersion: 1,
    importContext: tinyContext,
    backend: createKeyValueBackend(from),
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
  keepMount($workshopList);
});

afterEach(() => {
  cleanStores($workshops, $workshopList, $assessments);
});

describe('the workshop store', () => {
  it('sets up a workshop that a reload reads back', () => {
    init();
    const id = setUpWorkshop({
      organization: '  Pérez & Hijos ',
      date: '2025-05-06',
      facilitator: 'Marta',
      participants: [
        { name: 'Ana', role: 'executive' },
        { name: 'Ben', role: 'sales' },
      ],
    });
    init();
    const workshop = $workshops.get()[id];
    expect(workshop?.organization).toBe('Pérez & Hijos');
    expect(workshop?.participants.map((p) => [p.name, p.role])).toEqual([
      ['Ana', 'executive'],
      ['Ben', 'sales'],
    ]);
    expect($workshopList.get().map((w) => w.id)).toEqual([id]);
  });

  it('moves an unreadable record aside and keeps the others', () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    storage.setItem(`${WORKSHOP_KEY_PREFIX}broken`, '{"format":"crm-readiness/workshop"');
    init();
    expect(Object.keys($workshops.get())).toEqual([WORKSHOP_ID]);
    expect($unreadableWorkshops.get()).toHaveLength(1);
    expect(listKeys(storage, BACKUP_KEY_PREFIX)).toHaveLength(1);
    expect(storage.getItem(`${WORKSHOP_KEY_PREFIX}broken`)).toBeNull();
  });

  it('imports a submission, saves it, and refuses a second one without changing anything', async () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    const first = await importSubmission(WORKSHOP_ID, serializeSubmissionFile(makeSubmission()));
    expect(first.ok).toBe(true);
    const saved = storage.getItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`);
    tick();
    const again = await importSubmission(
      WORKSHOP_ID,
      serializeSubmissionFile(makeSubmission({ answers: { 'q-plain': 1 } })),
    );
    expect(again.ok).toBe(false);
    expect(!again.ok && again.reason).toBe('duplicate');
    expect(storage.getItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`)).toBe(saved);
    expect(reloadFixture()?.submissions.map((s) => s.participantId)).toEqual([ANA]);
  });

  it('keeps the newer answers when the facilitator chooses them after a duplicate', async () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    await importSubmission(WORKSHOP_ID, serializeSubmissionFile(makeSubmission()));
    const again = await importSubmission(
      WORKSHOP_ID,
      serializeSubmissionFile(makeSubmission({ answers: { 'q-plain': 1 } })),
    );
    if (again.ok || again.reason !== 'duplicate') throw new Error('expected a duplicate');
    keepNewerSubmission(WORKSHOP_ID, again.submission);
    expect(reloadFixture()?.submissions[0]?.answers).toEqual({ 'q-plain': 1 });
  });

  it('refuses a garbled submission with a reason and leaves the workshop as it was', async () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    const before = storage.getItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`);
    const result = await importSubmission(WORKSHOP_ID, 'CRMS1.not-really-a-code');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toBe('corrupt');
    expect(storage.getItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`)).toBe(before);
  });

  it('adds and removes participants; removing one removes their answers', async () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    await importSubmission(WORKSHOP_ID, serializeSubmissionFile(makeSubmission()));
    const dora = addParticipant(WORKSHOP_ID, { name: ' Dora ', role: 'finance' });
    expect(dora?.name).toBe('Dora');
    removeParticipant(WORKSHOP_ID, ANA);
    const workshop = reloadFixture();
    expect(workshop?.participants.map((p) => p.name)).toEqual(['Ben', 'Carla', 'Dora']);
    expect(workshop?.submissions).toEqual([]);
  });

  it('stamps every change and keeps the show-individual choice', () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    tick();
    setShowIndividual(WORKSHOP_ID, true);
    const workshop = reloadFixture();
    expect(workshop?.showIndividual).toBe(true);
    expect(workshop?.updatedAt).toBe(clock.toISOString());
  });

  it('stores the consensus rule the facilitator changes to, and nothing when it is the same (#18)', () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    tick();
    const before = reloadFixture()?.updatedAt;
    setConsensusRule(WORKSHOP_ID, 'range');
    expect(reloadFixture()?.updatedAt).toBe(before);
    setConsensusRule(WORKSHOP_ID, 'interquartile');
    expect(reloadFixture()?.consensusRule).toBe('interquartile');
  });

  it('keeps the consensus rule once an answer has come in (#18)', () => {
    const answered = makeWorkshop({ submissions: [makeSubmission()] });
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(answered));
    init();
    setConsensusRule(WORKSHOP_ID, 'interquartile');
    expect(reloadFixture()?.consensusRule).toBe(answered.consensusRule);
    expect(answered.consensusRule).not.toBe('interquartile');
  });

  it('hides the live distribution and reveals it (#18)', () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    setHideDistribution(WORKSHOP_ID, true);
    expect(reloadFixture()?.hideDistribution).toBe(true);
    setHideDistribution(WORKSHOP_ID, false);
    expect(reloadFixture()?.hideDistribution).toBe(false);
  });

  it('starts a second round, takes its answers apart from round 1, and ends it (#18)', async () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    startSecondRound(WORKSHOP_ID, ['q-plain'], { 'q-plain': ' Shared. ' });
    const started = reloadFixture();
    expect(started?.roundTwo).toMatchObject({
      questionIds: ['q-plain'],
      sharedNotes: { 'q-plain': 'Shared.' },
    });
    const answer = makeSubmission({
      answers: { 'q-plain': 2 },
      round: { number: 2, startedAt: started!.roundTwo!.startedAt, reasons: {} },
    });
    const result = await importSubmission(WORKSHOP_ID, serializeSubmissionFile(answer));
    expect(result.ok).toBe(true);
    expect(reloadFixture()?.roundTwo?.submissions).toHaveLength(1);
    cancelSecondRound(WORKSHOP_ID);
    expect(reloadFixture()?.roundTwo).toBeUndefined();
  });

  it('carries agreed answers into the consolidated assessment, before and after it exists', () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    recordAgreement(WORKSHOP_ID, 'q-plain', { value: 2, note: ' Sales disagreed at first. ' });
    const assessmentId = consolidateWorkshop(WORKSHOP_ID, 'Workshop 6 May');
    expect(assessmentId).not.toBeNull();
    const made = $assessments.get()[assessmentId!];
    expect(made?.answers).toEqual({ 'q-plain': 2 });
    expect(made?.notes).toEqual({ 'q-plain': 'Sales disagreed at first.' });
    expect(made?.organization).toBe('Pérez & Hijos, S.L.');
    expect(made?.assessor).toBe('Marta');

    recordAgreement(WORKSHOP_ID, 'q-crit', { value: 'dont-know', note: '' });
    recordAgreement(WORKSHOP_ID, 'q-plain', null);
    init();
    expect($assessments.get()[assessmentId!]?.answers).toEqual({ 'q-crit': 'dont-know' });
    expect($assessments.get()[assessmentId!]?.notes).toEqual({});
    expect(findWorkshopOf(assessmentId!)?.id).toBe(WORKSHOP_ID);
    expect(consolidateWorkshop(WORKSHOP_ID, 'again')).toBe(assessmentId);
  });

  it('finds the workshop of a consolidated assessment that another page saved after this one loaded', () => {
    init();
    const saved = { ...makeWorkshop(), assessmentId: 'a-consolidated' };
    storage.setItem(`${WORKSHOP_KEY_PREFIX}broken`, '{"format":"crm-readiness/workshop"');
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(saved));
    expect($workshops.get()[WORKSHOP_ID]).toBeUndefined();
    expect(findWorkshopOf('a-consolidated')?.organization).toBe(saved.organization);
    expect(findWorkshopOf('a-different-one')).toBeNull();
  });

  it('lists the workshop changed last first', () => {
    init();
    const older = setUpWorkshop({
      organization: 'Older',
      date: '2025-05-01',
      facilitator: 'Marta',
      participants: [],
    });
    tick();
    const newer = setUpWorkshop({
      organization: 'Newer',
      date: '2025-05-02',
      facilitator: 'Marta',
      participants: [],
    });
    expect($workshopList.get().map((w) => w.id)).toEqual([newer, older]);
  });

  it('refuses answers and consolidation for a workshop that is no longer here', async () => {
    init();
    const result = await importSubmission('gone', 'anything');
    expect(result).toMatchObject({ ok: false, reason: 'other-workshop' });
    expect(consolidateWorkshop('gone', 'Workshop')).toBeNull();
    deleteWorkshop('gone');
    expect(undoDeleteWorkshop()).toBeNull();
    expect($assessments.get()).toEqual({});
  });

  it('keeps recording agreements after the consolidated assessment was deleted, without remaking it', () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    const assessmentId = consolidateWorkshop(WORKSHOP_ID, 'Workshop 6 May');
    deleteAssessment(assessmentId ?? '');
    recordAgreement(WORKSHOP_ID, 'q-plain', { value: 1, note: '' });
    expect($workshops.get()[WORKSHOP_ID]?.agreed).toEqual({ 'q-plain': { value: 1, note: '' } });
    expect($assessments.get()).toEqual({});
  });

  it('leaves a workshop saved by a newer version of the site untouched, and does not load it', () => {
    const raw = JSON.stringify({
      ...JSON.parse(serializeWorkshopFile(makeWorkshop())),
      schemaVersion: 99,
    });
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, raw);
    init();
    expect($workshops.get()).toEqual({});
    expect($unreadableWorkshops.get()).toEqual([]);
    expect(storage.getItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`)).toBe(raw);
  });

  it('finds no workshop for an ordinary assessment', () => {
    init();
    expect(findWorkshopOf('not-a-consolidated-assessment')).toBeNull();
  });

  it('deletes a workshop and brings it back', () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    deleteWorkshop(WORKSHOP_ID);
    expect(reloadFixture()).toBeUndefined();
    expect($lastDeletedWorkshop.get()).toBeNull(); // a reload forgets what can be undone
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    deleteWorkshop(WORKSHOP_ID);
    expect(undoDeleteWorkshop()?.id).toBe(WORKSHOP_ID);
    expect(reloadFixture()?.participants.map((p) => p.id)).toContain(BEN);
  });

  it('applies a change another tab made before changing the workshop again', () => {
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(makeWorkshop()));
    init();
    // Another tab imports Ana's answers behind this tab's back.
    const elsewhere = makeWorkshop({ submissions: [makeSubmission()] });
    storage.setItem(`${WORKSHOP_KEY_PREFIX}${WORKSHOP_ID}`, serializeWorkshopFile(elsewhere));
    setShowIndividual(WORKSHOP_ID, true);
    const workshop = reloadFixture();
    expect(workshop?.submissions.map((s) => s.participantId)).toEqual([ANA]);
    expect(workshop?.showIndividual).toBe(true);
  });

  it('starts a participant’s answers that remember their workshop across a reload', () => {
    init();
    const invitation = buildInvitation(makeWorkshop(), BEN)!;
    const id = startParticipation(invitation, 'Workshop: Ben');
    init();
    const answering = $assessments.get()[id];
    expect(answering?.participation).toEqual({
      workshopId: WORKSHOP_ID,
      participant: { id: BEN, name: 'Ben', role: 'sales' },
    });
    expect(answering?.organization).toBe('Pérez & Hijos, S.L.');
    expect(answering?.answers).toEqual({});
  });
});
