import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { EMPTY_PLAN, type AssessmentPlan } from '~/domain/assessment/assessment';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { $assessments, initAssessmentStore } from '~/stores/assessments';
import {
  compareWith,
  setAmbition,
  setChannelOrder,
  setIncluded,
  setKpiSetting,
  setOwner,
  setPlanStart,
  setStartWeek,
  setTarget,
} from '~/stores/plan';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';

const base = makeAssessment({ plan: EMPTY_PLAN });
const id = base.id;
let storage: KeyValueStorage;

beforeEach(() => {
  storage = createMemoryStorage();
  storage.setItem(`${ASSESSMENT_KEY_PREFIX}${id}`, JSON.stringify(toStoredAssessment(base)));
  initAssessmentStore(tinyContext, {
    backend: createKeyValueBackend(storage),
    now: () => new Date('2025-05-01T10:00:00Z'),
  });
});

afterEach(() => {
  cleanStores($assessments);
});

/** The plan as the store holds it now. */
const plan = (): AssessmentPlan | undefined => $assessments.get()[id]?.plan;
/** The plan as it was saved in storage. */
const saved = (): unknown =>
  (
    JSON.parse(storage.getItem(`${ASSESSMENT_KEY_PREFIX}${id}`) ?? '{}') as {
      assessment?: { plan?: unknown };
    }
  ).assessment?.plan;

describe('plan actions', () => {
  it('an ambition replaces the targets typed before, and is saved', () => {
    setTarget(id, 'strategy', 90);
    expect(plan()?.targets).toEqual({ strategy: 90 });
    setAmbition(id, 'leading');
    expect(plan()).toMatchObject({ ambition: 'leading', targets: {} });
    expect(saved()).toMatchObject({ ambition: 'leading', targets: {} });
  });

  it('targets add up per area', () => {
    setTarget(id, 'strategy', 90);
    setTarget(id, 'processes', 40);
    expect(plan()?.targets).toEqual({ strategy: 90, processes: 40 });
  });

  it('compares with another assessment, then with none', () => {
    compareWith(id, 'earlier');
    expect(plan()?.compareWith).toBe('earlier');
    compareWith(id, undefined);
    expect(plan()?.compareWith).toBeUndefined();
  });

  it('leaves initiatives out once each, and puts them back', () => {
    setIncluded(id, 'kickoff', false);
    setIncluded(id, 'training', false);
    setIncluded(id, 'kickoff', false);
    expect(plan()?.excluded).toEqual(['training', 'kickoff']);
    setIncluded(id, 'kickoff', true);
    expect(plan()?.excluded).toEqual(['training']);
  });

  it('names owners and moves start weeks, and a reset forgets only that start', () => {
    setOwner(id, 'kickoff', 'Marta Núñez');
    setStartWeek(id, 'kickoff', 3);
    setStartWeek(id, 'training', 8);
    setStartWeek(id, 'kickoff', null);
    expect(plan()).toMatchObject({
      owners: { kickoff: 'Marta Núñez' },
      startWeeks: { training: 8 },
    });
  });

  it('keeps a KPI’s other figures when one changes', () => {
    setKpiSetting(id, 'retention', { baseline: '70 %' });
    setKpiSetting(id, 'retention', { target: '80 %' });
    setKpiSetting(id, 'nps', { frequency: 'monthly' });
    expect(plan()?.kpis).toEqual({
      retention: { baseline: '70 %', target: '80 %' },
      nps: { frequency: 'monthly' },
    });
  });

  it('sets the start date and the channel order', () => {
    const order = ['internet', 'sales-force'] as const;
    setPlanStart(id, '2026-01-05');
    setChannelOrder(id, order);
    expect(plan()).toMatchObject({ planStart: '2026-01-05', channelOrder: order });
  });

  it('changes nothing for an assessment that is not there', () => {
    const before = $assessments.get();
    setAmbition('missing', 'leading');
    setIncluded('missing', 'kickoff', false);
    expect($assessments.get()).toBe(before);
  });
});
