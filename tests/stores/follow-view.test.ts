import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import { EMPTY_PLAN } from '~/domain/assessment/assessment';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { $assessments, initAssessmentStore } from '~/stores/assessments';
import { $currentAssessment, showAssessment } from '~/stores/current-assessment';
import { setInitiativeStatus } from '~/stores/follow';
import { $followToday, $followView, openFollow } from '~/stores/follow-view';
import { $resultsContent, type ResultsContent } from '~/stores/results';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';
import { initiative } from '../domain/roadmap/helpers';

const content: ResultsContent = {
  model: {
    dimensions: [{ id: 'd1', weight: 1 }],
    questions: [
      {
        id: 'q-plain',
        dimensionId: 'd1',
        phase: 'analysis',
        weight: 1,
        critical: false,
        notApplicable: false,
      },
    ],
  },
  dimensionIds: ['d1'],
  roadmap: {
    initiatives: [initiative('kickoff')],
    texts: {},
    kpis: {},
    phaseNames: { analysis: 'Analysis', diagnosis: 'Diagnosis', action: 'Action' },
    dimensionTitles: { d1: 'Strategy' },
    prompts: {},
    phaseGateTitle: (phase) => `End of ${phase}`,
  },
};
const base = makeAssessment({ plan: { ...EMPTY_PLAN, planStart: '2025-01-06' } });
let storage: KeyValueStorage;

beforeEach(() => {
  storage = createMemoryStorage();
  storage.setItem(`${ASSESSMENT_KEY_PREFIX}${base.id}`, JSON.stringify(toStoredAssessment(base)));
  initAssessmentStore(tinyContext, {
    backend: createKeyValueBackend(storage),
    now: () => new Date('2025-05-01T10:00:00Z'),
  });
});

afterEach(() => {
  showAssessment('');
  $resultsContent.set(null);
  cleanStores($assessments, $currentAssessment, $followView);
});

describe('the follow page store', () => {
  it('shows nothing for an id that is not stored', () => {
    openFollow(content, 'constructor');
    keepMount($followView);
    expect($followView.get()).toBeNull();
  });

  it('derives the plan standing on the day opened, and follows each recorded change', () => {
    openFollow(content, base.id, new Date('2025-05-01T10:00:00Z'));
    keepMount($followView);
    expect($followToday.get()).toBe('2025-05-01');
    expect($followView.get()?.initiatives.map((i) => [i.doc.id, i.standing.status])).toEqual([
      ['kickoff', 'late'],
    ]);
    expect(setInitiativeStatus(base.id, 'kickoff', 'done')).toEqual({ ok: true });
    expect($followView.get()?.standing.total.done).toBe(1);
  });
});
