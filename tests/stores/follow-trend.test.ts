import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSESSMENT_KEY_PREFIX, createMemoryStorage } from '~/adapters/storage/browser-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import type { ScoringModel } from '~/domain/scoring/model';
import { $assessments, initAssessmentStore } from '~/stores/assessments';
import { setOrganizationLink } from '~/stores/follow';
import {
  $organizationChoices,
  $organizationRuns,
  $trendContent,
  $trendView,
  openTrend,
} from '~/stores/follow-trend';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';

const FULL: ScoringModel = {
  dimensions: [{ id: 'strategy', weight: 1 }],
  questions: [
    {
      id: 'q-plain',
      dimensionId: 'strategy',
      phase: 'analysis',
      weight: 1,
      critical: false,
      notApplicable: false,
    },
    {
      id: 'q-crit',
      dimensionId: 'strategy',
      phase: 'analysis',
      weight: 1,
      critical: true,
      notApplicable: false,
    },
  ],
};
/** A quick scan asks only the plain question. */
const QUICK: ScoringModel = { dimensions: FULL.dimensions, questions: [FULL.questions[0]!] };

const first = makeAssessment({
  id: 'first',
  createdAt: '2027-01-04T09:00:00.000Z',
  answers: { 'q-plain': 1, 'q-crit': 0 },
});
const second = makeAssessment({
  id: 'second',
  createdAt: '2027-07-05T09:00:00.000Z',
  organizationId: 'first',
  answers: { 'q-plain': 3, 'q-crit': 4 },
});
const quick = makeAssessment({
  id: 'quick',
  createdAt: '2027-04-05T09:00:00.000Z',
  mode: 'quick',
  answers: { 'q-plain': 4, 'q-crit': 0 },
});

beforeEach(() => {
  const storage = createMemoryStorage();
  for (const a of [first, second, quick]) {
    storage.setItem(`${ASSESSMENT_KEY_PREFIX}${a.id}`, JSON.stringify(toStoredAssessment(a)));
  }
  initAssessmentStore(tinyContext, { backend: createKeyValueBackend(storage) });
});

afterEach(() => {
  cleanStores($assessments, $trendContent, $organizationRuns, $trendView, $organizationChoices);
});

const open = (assessmentId: string) =>
  openTrend({ assessmentId, models: { full: FULL, quick: QUICK }, areaOrder: ['strategy'] });

describe('the follow page trend', () => {
  it('shows nothing until the section opens', () => {
    keepMount($trendView);
    expect($organizationRuns.get()).toBeNull();
    expect($trendView.get()).toBeNull();
    expect($organizationChoices.get()).toBeNull();
  });

  it('shows nothing for an assessment that is not in this browser', () => {
    open('gone');
    expect($organizationRuns.get()).toBeNull();
    expect($organizationChoices.get()).toBeNull();
  });

  it('scores each run of the organization and draws their trend', () => {
    open('second');
    expect($organizationRuns.get()?.map((r) => [r.id, r.index, r.blockers])).toEqual([
      ['first', 12.5, ['q-crit']],
      ['second', 87.5, []],
    ]);
    const view = $trendView.get();
    expect(view?.rows).toEqual([
      { id: 'index', values: [13, 88], change: 75 },
      { id: 'strategy', values: [13, 88], change: 75 },
    ]);
    expect(view?.blockersResolved).toEqual(['q-crit']);
    expect($organizationChoices.get()?.selected).toBe('first');
  });

  it('scores a quick scan over its own questions, and follows a change of link', () => {
    open('quick');
    expect($trendView.get()).toBeNull();
    expect($organizationChoices.get()?.selected).toBeNull();
    expect(setOrganizationLink('quick', 'first')).toEqual({ ok: true });
    const runs = $organizationRuns.get() ?? [];
    expect(runs.map((r) => [r.id, r.index]).sort()).toEqual([
      ['first', 12.5],
      ['quick', 100],
      ['second', 87.5],
    ]);
    expect($trendView.get()?.runs.map((r) => r.id)).toEqual(['first', 'quick', 'second']);
    expect($organizationChoices.get()?.selected).toBe('first');
  });
});
