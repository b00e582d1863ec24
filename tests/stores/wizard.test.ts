import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { $assessments, answerQuestion, initAssessmentStore } from '~/stores/assessments';
import { $currentAssessment, showAssessment } from '~/stores/current-assessment';
import {
  $stepView,
  $wizardContent,
  $wizardStep,
  $wizardView,
  goToWizardStep,
  openWizard,
  scopeWizard,
  showStep,
  type WizardContent,
} from '~/stores/wizard';
import { $wizardScore } from '~/stores/wizard-score';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';

const content: WizardContent = {
  dimensions: [
    {
      id: 'd1',
      title: 'Strategy',
      questions: [
        { id: 'q-plain', dimensionId: 'd1', phase: 'analysis' },
        { id: 'q-na', dimensionId: 'd1', phase: 'analysis' },
      ],
    },
  ],
  labels: { profile: 'Profile', review: 'Review' },
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
};
const base = makeAssessment({ position: 'd1', answers: { 'q-plain': 2 } });
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
  $wizardContent.set(null);
  cleanStores($assessments, $currentAssessment, $wizardView, $stepView, $wizardScore);
});

describe('the wizard stores', () => {
  it('show nothing for an assessment that is not stored, from the first step', () => {
    openWizard(content, 'missing', null);
    keepMount($stepView);
    keepMount($wizardScore);
    expect($wizardStep.get()).toBe('profile');
    expect($wizardView.get()).toBeNull();
    expect($stepView.get()).toBeNull();
    expect($wizardScore.get()).toBeNull();
  });

  it.each<[string | null, string]>([
    [null, 'd1'],
    ['review', 'review'],
    ['no-such-step', 'profile'],
  ])(
    'open at the step the address names (%s), else where the assessment was left',
    (asked, shown) => {
      openWizard(content, base.id, asked);
      keepMount($stepView);
      expect($stepView.get()?.current.id).toBe(shown);
    },
  );

  it('count answers as they are given, once per change, and score them for the review', () => {
    openWizard(content, base.id, null);
    keepMount($wizardView);
    keepMount($wizardScore);
    const before = $wizardView.get();
    expect($wizardView.get()).toBe(before);
    expect(before?.progress.overall).toEqual({ answered: 1, dontKnow: 0, total: 2 });
    answerQuestion(base.id, 'q-na', 'not-applicable');
    expect($wizardView.get()?.progress.overall).toEqual({ answered: 2, dontKnow: 0, total: 2 });
    expect($wizardScore.get()?.index).toBe(50);
  });

  it('go to a step and remember it; the back button shows one without saving it', () => {
    openWizard(content, base.id, null);
    goToWizardStep('review');
    expect($wizardStep.get()).toBe('review');
    expect($assessments.get()[base.id]?.position).toBe('review');
    showStep('d1');
    expect($wizardStep.get()).toBe('d1');
    expect($assessments.get()[base.id]?.position).toBe('review');
    showStep(null);
    expect($wizardStep.get()).toBe('profile');
  });

  it('know only the profile and review steps before the page opens', () => {
    showStep('d1');
    expect($wizardStep.get()).toBe('profile');
    showStep('review');
    expect($wizardStep.get()).toBe('review');
  });

  it('walk more questions once a quick scan continues into the full assessment (#13)', () => {
    const scan: WizardContent = {
      ...content,
      dimensions: [
        { ...content.dimensions[0]!, questions: [content.dimensions[0]!.questions[0]!] },
      ],
    };
    openWizard(scan, base.id, null);
    keepMount($wizardView);
    expect($wizardView.get()?.progress.overall).toEqual({ answered: 1, dontKnow: 0, total: 1 });
    scopeWizard(content);
    expect($wizardView.get()?.progress.overall).toEqual({ answered: 1, dontKnow: 0, total: 2 });
    expect($wizardStep.get()).toBe('d1');
  });
});
