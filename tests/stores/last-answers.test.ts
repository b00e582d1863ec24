import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import type { Assessment } from '~/domain/assessment/assessment';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { $assessments, answerQuestion, initAssessmentStore } from '~/stores/assessments';
import { copyLastAnswers } from '~/stores/last-answers';
import { startNextAssessment } from '~/stores/reassess';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';

const QUESTIONS = [
  { id: 'q-plain', notApplicable: false, critical: false },
  { id: 'q-na', notApplicable: true, critical: false },
  { id: 'q-crit', notApplicable: false, critical: true },
];
const earlier = makeAssessment();
let storage: KeyValueStorage;

beforeEach(() => {
  storage = createMemoryStorage();
  storage.setItem(
    `${ASSESSMENT_KEY_PREFIX}${earlier.id}`,
    JSON.stringify(toStoredAssessment(earlier)),
  );
  initAssessmentStore(tinyContext, {
    backend: createKeyValueBackend(storage),
    now: () => new Date('2027-03-01T10:00:00Z'),
  });
});

afterEach(() => {
  cleanStores($assessments);
});

const held = (id: string): Assessment | undefined => $assessments.get()[id];

describe('copyLastAnswers (#16)', () => {
  it('copies last time’s answers into the questions not answered yet, and says how many', () => {
    const next = startNextAssessment(earlier.id, { name: 'Autumn', planIds: [] }) ?? '';
    answerQuestion(next, 'q-plain', 1);
    expect(copyLastAnswers(next, QUESTIONS)).toBe(2);
    expect(held(next)?.answers).toEqual({
      'q-plain': 1,
      'q-na': 'not-applicable',
      'q-crit': 'dont-know',
    });
    expect(held(next)?.updatedAt).toBe('2027-03-01T10:00:00.000Z');
    expect(held(earlier.id)).toEqual(earlier);
  });

  it('copies nothing a second time, and changes nothing', () => {
    const next = startNextAssessment(earlier.id, { name: 'Autumn', planIds: [] }) ?? '';
    expect(copyLastAnswers(next, QUESTIONS)).toBe(3);
    const before = held(next);
    expect(copyLastAnswers(next, QUESTIONS)).toBe(0);
    expect(held(next)).toBe(before);
  });

  it('copies only the questions asked (a quick scan’s own)', () => {
    const next = startNextAssessment(earlier.id, { name: 'Autumn', planIds: [] }) ?? '';
    expect(copyLastAnswers(next, QUESTIONS.slice(0, 1))).toBe(1);
    expect(held(next)?.answers).toEqual({ 'q-plain': 3 });
  });

  it('gives null for a run with no earlier one, or whose earlier one is gone', () => {
    expect(copyLastAnswers(earlier.id, QUESTIONS)).toBeNull();
    expect(copyLastAnswers('missing', QUESTIONS)).toBeNull();
    const orphan = startNextAssessment(earlier.id, { name: 'Autumn', planIds: [] }) ?? '';
    $assessments.set({ [orphan]: held(orphan) as Assessment });
    expect(copyLastAnswers(orphan, QUESTIONS)).toBeNull();
  });
});
