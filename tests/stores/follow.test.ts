import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import { EMPTY_PLAN, type Assessment } from '~/domain/assessment/assessment';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { $assessments, initAssessmentStore } from '~/stores/assessments';
import {
  addMeasurement,
  removeMeasurement,
  setActualDates,
  setInitiativeStatus,
  setKpiTargetValues,
  setOrganizationLink,
  setProgressNote,
  setReassessDate,
  type FollowResult,
} from '~/stores/follow';
import { startNextAssessment } from '~/stores/reassess';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';

const base = makeAssessment({
  plan: {
    ...EMPTY_PLAN,
    planStart: '2027-01-04',
    kpis: { adoption: { baseline: '40 %', frequency: 'monthly' } },
  },
});
const id = base.id;
const PERCENT = { unit: 'percent', locale: 'en' } as const;
let storage: KeyValueStorage;

beforeEach(() => {
  storage = createMemoryStorage();
  storage.setItem(`${ASSESSMENT_KEY_PREFIX}${id}`, JSON.stringify(toStoredAssessment(base)));
  initAssessmentStore(tinyContext, {
    backend: createKeyValueBackend(storage),
    now: () => new Date('2027-03-01T10:00:00Z'),
  });
});

afterEach(() => {
  cleanStores($assessments);
});

/** The assessment as the store holds it now. */
const held = (assessmentId = id): Assessment | undefined => $assessments.get()[assessmentId];
/** The stored text of the assessment. */
const stored = (): string | null => storage.getItem(`${ASSESSMENT_KEY_PREFIX}${id}`);

/** Runs a refused action and checks that neither the store nor storage changed. */
function expectRefused(action: () => FollowResult, reason: string, field: string): void {
  const before = [held(), stored()];
  expect(action()).toEqual({ ok: false, reason, field });
  expect([held(), stored()]).toEqual(before);
}

describe('initiative progress actions (#16)', () => {
  it('sets a status, and a dropped one with its reason, which another status clears', () => {
    expect(setInitiativeStatus(id, 'design', 'in-progress')).toEqual({ ok: true });
    expect(held()?.plan?.progress?.['design']).toEqual({ status: 'in-progress' });
    setInitiativeStatus(id, 'design', 'dropped', ' Bought instead ');
    expect(held()?.plan?.progress?.['design']).toEqual({
      status: 'dropped',
      reason: 'Bought instead',
    });
    setInitiativeStatus(id, 'design', 'done');
    expect(held()?.plan?.progress?.['design']).toEqual({ status: 'done' });
    expect(stored()).toContain('"design":{"status":"done"}');
  });

  it('refuses a dropped status without a reason, or an unknown status, changing nothing', () => {
    expectRefused(
      () => setInitiativeStatus(id, 'design', 'dropped', '  '),
      'reason-required',
      'reason',
    );
    expectRefused(() => setInitiativeStatus(id, 'design', 'late'), 'unknown-status', 'status');
  });

  it('sets actual dates, keeping the status, and clears one given as empty text', () => {
    setInitiativeStatus(id, 'design', 'in-progress');
    expect(
      setActualDates(id, 'design', { actualStart: '2027-01-11', actualFinish: '2027-02-26' }),
    ).toEqual({ ok: true });
    expect(held()?.plan?.progress?.['design']).toEqual({
      status: 'in-progress',
      actualStart: '2027-01-11',
      actualFinish: '2027-02-26',
    });
    setActualDates(id, 'design', { actualStart: '2027-01-11', actualFinish: '' });
    expect(held()?.plan?.progress?.['design']).toEqual({
      status: 'in-progress',
      actualStart: '2027-01-11',
    });
  });

  it.each<[string, string, string, string]>([
    ['a future day', '2027-03-02', 'future-date', 'actualStart'],
    ['a day before the plan', '2027-01-03', 'before-plan-start', 'actualStart'],
    ['no day at all', '31/01/2027', 'invalid-date', 'actualStart'],
  ])('refuses %s as a start, changing nothing', (_name, actualStart, reason, field) => {
    expectRefused(
      () => setActualDates(id, 'design', { actualStart, actualFinish: '' }),
      reason,
      field,
    );
  });

  it('refuses a finish before the start, changing nothing', () => {
    expectRefused(
      () => setActualDates(id, 'design', { actualStart: '2027-02-10', actualFinish: '2027-02-01' }),
      'finish-before-start',
      'actualFinish',
    );
  });

  it('sets a progress note on an initiative not started yet, and removes a blank one', () => {
    expect(setProgressNote(id, 'design', 'Waiting for the partner.')).toEqual({ ok: true });
    expect(held()?.plan?.progress?.['design']).toEqual({
      status: 'not-started',
      note: 'Waiting for the partner.',
    });
    setProgressNote(id, 'design', '  ');
    expect(held()?.plan?.progress?.['design']).toEqual({ status: 'not-started' });
    expectRefused(() => setProgressNote(id, 'design', 'x'.repeat(501)), 'too-long', 'note');
  });
});

describe('KPI actions (#16)', () => {
  it('adds measurements in the UI language and removes one by its day', () => {
    expect(addMeasurement(id, 'adoption', { date: '2027-02-01', value: '45.5' }, PERCENT)).toEqual({
      ok: true,
    });
    addMeasurement(
      id,
      'adoption',
      { date: '2027-03-01', value: '50,5' },
      { unit: 'percent', locale: 'es' },
    );
    expect(held()?.plan?.measurements?.['adoption']).toEqual([
      { date: '2027-02-01', value: 45.5 },
      { date: '2027-03-01', value: 50.5 },
    ]);
    expect(removeMeasurement(id, 'adoption', '2027-02-01')).toEqual({ ok: true });
    expect(held()?.plan?.measurements?.['adoption']).toEqual([{ date: '2027-03-01', value: 50.5 }]);
    removeMeasurement(id, 'adoption', '2027-03-01');
    expect(held()?.plan?.measurements).toEqual({});
    removeMeasurement(id, 'other', '2027-03-01');
    expect(held()?.plan?.measurements).toEqual({});
  });

  it.each<[string, { date: string; value: string }, string, string]>([
    ['a percentage over 100', { date: '2027-02-01', value: '120' }, 'out-of-range', 'value'],
    [
      'pasted text',
      { date: '2027-02-01', value: 'see the attached report please' },
      'not-a-number',
      'value',
    ],
    ['a day in the future', { date: '2027-03-02', value: '50' }, 'future-date', 'date'],
    ['a day before the plan', { date: '2026-12-31', value: '50' }, 'before-plan-start', 'date'],
  ])('refuses %s, changing nothing', (_name, input, reason, field) => {
    expectRefused(() => addMeasurement(id, 'adoption', input, PERCENT), reason, field);
  });

  it('refuses a second measurement on one day, keeping the first', () => {
    addMeasurement(id, 'adoption', { date: '2027-02-01', value: '45' }, PERCENT);
    expectRefused(
      () => addMeasurement(id, 'adoption', { date: '2027-02-01', value: '46' }, PERCENT),
      'duplicate-date',
      'date',
    );
  });

  it('sets numeric figures beside the words, and clears one given as empty text', () => {
    const figures = { baselineValue: '40', targetValue: '80', targetDate: '2027-12-31' };
    expect(setKpiTargetValues(id, 'adoption', figures, PERCENT)).toEqual({ ok: true });
    expect(held()?.plan?.kpis['adoption']).toEqual({
      baseline: '40 %',
      frequency: 'monthly',
      baselineValue: 40,
      targetValue: 80,
      targetDate: '2027-12-31',
    });
    setKpiTargetValues(id, 'adoption', { ...figures, targetDate: '', baselineValue: ' ' }, PERCENT);
    expect(held()?.plan?.kpis['adoption']).toEqual({
      baseline: '40 %',
      frequency: 'monthly',
      targetValue: 80,
    });
    setKpiTargetValues(id, 'new-kpi', { ...figures, baselineValue: '' }, PERCENT);
    expect(held()?.plan?.kpis['new-kpi']).toEqual({ targetValue: 80, targetDate: '2027-12-31' });
  });

  it.each<
    [string, { baselineValue: string; targetValue: string; targetDate: string }, string, string]
  >([
    [
      'a baseline in words',
      { baselineValue: 'forty', targetValue: '', targetDate: '' },
      'not-a-number',
      'baselineValue',
    ],
    [
      'a target over 100 %',
      { baselineValue: '', targetValue: '101', targetDate: '' },
      'out-of-range',
      'targetValue',
    ],
    [
      'a date that is not a day',
      { baselineValue: '', targetValue: '', targetDate: '2027-02-30' },
      'invalid-date',
      'targetDate',
    ],
    [
      'a date before the plan',
      { baselineValue: '', targetValue: '', targetDate: '2027-01-04' },
      'target-before-start',
      'targetDate',
    ],
  ])('refuses %s, changing nothing', (_name, input, reason, field) => {
    expectRefused(() => setKpiTargetValues(id, 'adoption', input, PERCENT), reason, field);
  });
});

describe('reassess date and organization link (#16)', () => {
  it('sets and clears the reassess date', () => {
    expect(setReassessDate(id, '2027-06-30')).toEqual({ ok: true });
    expect(held()?.plan?.reassessOn).toBe('2027-06-30');
    setReassessDate(id, '');
    expect(held()?.plan).not.toHaveProperty('reassessOn');
    expectRefused(() => setReassessDate(id, 'soon'), 'invalid-date', 'reassessOn');
    expectRefused(() => setReassessDate(id, '2026-06-30'), 'before-plan-start', 'reassessOn');
  });

  it('links and unlinks an organization', () => {
    expect(setOrganizationLink(id, ' org-1 ')).toEqual({ ok: true });
    expect(held()?.organizationId).toBe('org-1');
    expect(held()?.updatedAt).toBe('2027-03-01T10:00:00.000Z');
    setOrganizationLink(id, null);
    expect(held()).not.toHaveProperty('organizationId');
    expectRefused(() => setOrganizationLink(id, '  '), 'invalid-id', 'organizationId');
    expectRefused(() => setOrganizationLink(id, 'x'.repeat(101)), 'invalid-id', 'organizationId');
  });

  it('refuses every action on an assessment not in this browser', () => {
    const none = 'missing';
    const results = [
      setInitiativeStatus(none, 'a', 'done'),
      setActualDates(none, 'a', { actualStart: '', actualFinish: '' }),
      setProgressNote(none, 'a', ''),
      addMeasurement(none, 'k', { date: '2027-01-05', value: '1' }, PERCENT),
      removeMeasurement(none, 'k', '2027-01-05'),
      setKpiTargetValues(
        none,
        'k',
        { baselineValue: '', targetValue: '', targetDate: '' },
        PERCENT,
      ),
      setReassessDate(none, ''),
      setOrganizationLink(none, null),
    ];
    expect(new Set(results.map((r) => JSON.stringify(r)))).toEqual(
      new Set([JSON.stringify({ ok: false, reason: 'not-found', field: 'assessment' })]),
    );
  });
});

describe('startNextAssessment (#16)', () => {
  it('creates the next run with the unfinished work and returns its id', () => {
    setInitiativeStatus(id, 'sponsor', 'done');
    setInitiativeStatus(id, 'design', 'in-progress');
    addMeasurement(id, 'adoption', { date: '2027-02-01', value: '45' }, PERCENT);
    const next = startNextAssessment(id, {
      name: 'Autumn review',
      planIds: ['sponsor', 'design', 'build'],
    });
    expect(next).not.toBeNull();
    const created = held(next ?? '');
    expect(created).toMatchObject({
      name: 'Autumn review',
      organizationId: id,
      previousId: id,
      contentVersion: tinyContext.contentVersion,
      createdAt: '2027-03-01T10:00:00.000Z',
      answers: {},
    });
    expect(created?.plan?.carriedOver).toEqual(['design', 'build']);
    expect(created?.plan?.measurements?.['adoption']).toHaveLength(1);
    expect(storage.getItem(`${ASSESSMENT_KEY_PREFIX}${next ?? ''}`)).toContain('"carriedOver"');
  });

  it('gives null for an earlier assessment not in this browser', () => {
    expect(startNextAssessment('missing', { name: 'x', planIds: [] })).toBeNull();
  });
});
