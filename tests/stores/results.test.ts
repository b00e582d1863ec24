import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { EMPTY_PLAN, type Assessment } from '~/domain/assessment/assessment';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { $assessments, answerQuestion, initAssessmentStore } from '~/stores/assessments';
import { $currentAssessment, showAssessment } from '~/stores/current-assessment';
import { setOwner, setTarget } from '~/stores/plan';
import {
  $defaultPlanStart,
  $generatedRoadmap,
  $resultsContent,
  $resultsView,
  $roadmapView,
  openResults,
  type ResultsContent,
} from '~/stores/results';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';
import { initiative } from '../domain/roadmap/helpers';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';

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
const base = makeAssessment({ plan: EMPTY_PLAN });
const sibling = makeAssessment({ id: 'sibling', name: 'Last year', answers: { 'q-plain': 1 } });
let storage: KeyValueStorage;

function store(assessment: Assessment): void {
  storage.setItem(
    `${ASSESSMENT_KEY_PREFIX}${assessment.id}`,
    JSON.stringify(toStoredAssessment(assessment)),
  );
}

beforeEach(() => {
  storage = createMemoryStorage();
  store(base);
  store(sibling);
  initAssessmentStore(tinyContext, {
    backend: createKeyValueBackend(storage),
    now: () => new Date('2025-05-01T10:00:00Z'),
  });
});

afterEach(() => {
  showAssessment('');
  $resultsContent.set(null);
  cleanStores($assessments, $currentAssessment, $resultsView, $generatedRoadmap, $roadmapView);
});

describe('the results stores', () => {
  it('show nothing until the page opens, and nothing for an id that is not stored', () => {
    keepMount($roadmapView);
    expect($resultsView.get()).toBeNull();
    expect($roadmapView.get()).toBeNull();
    openResults(content, 'constructor');
    expect($currentAssessment.get()).toBeUndefined();
    expect($resultsView.get()).toBeNull();
    expect($roadmapView.get()).toBeNull();
  });

  it('derive the results and the roadmap of the assessment opened, from the Monday after today', () => {
    openResults(content, base.id, new Date('2025-05-01T10:00:00Z'));
    keepMount($roadmapView);
    expect($defaultPlanStart.get()).toBe('2025-05-05');
    expect($resultsView.get()?.score.dimensions[0]?.score).toBe(75);
    expect($resultsView.get()?.candidates.map((c) => c.id)).toEqual(['sibling']);
    expect($roadmapView.get()?.doc.planStart).toBe('2025-05-05');
    expect($roadmapView.get()?.doc.initiatives.map((i) => i.id)).toEqual(['kickoff']);
  });

  it('build the view on the generated roadmap, computed once and readable first', () => {
    openResults(content, base.id);
    keepMount($generatedRoadmap);
    const generated = $generatedRoadmap.get();
    expect(generated?.items.map((item) => item.id)).toEqual(['kickoff']);
    keepMount($roadmapView);
    expect($roadmapView.get()?.roadmap).toBe(generated);
    setOwner(base.id, 'kickoff', 'Marta');
    expect($roadmapView.get()?.roadmap).toBe($generatedRoadmap.get());
    expect($roadmapView.get()?.doc.initiatives[0]?.owner).toBe('Marta');
  });

  it('compute once per change, whoever reads them, and follow each named action', () => {
    openResults(content, base.id);
    keepMount($roadmapView);
    const results = $resultsView.get();
    const roadmap = $roadmapView.get();
    expect($resultsView.get()).toBe(results);
    expect($roadmapView.get()).toBe(roadmap);
    setTarget(base.id, 'd1', 90);
    expect($resultsView.get()?.rows[0]).toMatchObject({ target: 90, gap: 15 });
    setOwner(base.id, 'kickoff', 'Marta');
    expect($roadmapView.get()?.doc.initiatives[0]?.owner).toBe('Marta');
    answerQuestion(base.id, 'q-plain', 4);
    expect($resultsView.get()?.score.index).toBe(100);
  });
});
