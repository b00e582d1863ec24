/** Tiny inline content and assessments for the assessment tests. */
import type { Assessment } from '~/domain/assessment/assessment';
import { buildRestoreContext, type RestoreContext } from '~/domain/assessment/restore-assessment';

/** A three-question content: `q-na` allows "not applicable", `q-crit` is critical. */
export const tinyContext: RestoreContext = buildRestoreContext(
  {
    questions: [
      { id: 'q-plain', notApplicable: false, critical: false },
      { id: 'q-na', notApplicable: true, critical: false },
      { id: 'q-crit', notApplicable: false, critical: true },
    ],
  },
  ['company-size', 'channels'],
  1,
);

/** A valid assessment against `tinyContext`, with any field overridden. */
export function makeAssessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: '3f0e8f7e-2a55-4c1b-9d8e-6f0c2b7a1d44',
    name: 'Spring review',
    organization: 'Pérez & Hijos, S.L.',
    assessor: 'Ana',
    createdAt: '2025-03-07T09:30:00.000Z',
    updatedAt: '2025-03-14T16:05:12.000Z',
    contentVersion: 1,
    mode: 'full',
    profile: { 'company-size': 'small', channels: ['internet', 'sales-force'] },
    answers: { 'q-plain': 3, 'q-na': 'not-applicable', 'q-crit': 'dont-know' },
    notes: { 'q-plain': 'Sales and service share one list.' },
    position: 'review',
    setAside: { answers: {}, notes: {} },
    ...overrides,
  };
}

/** Freezes a value and everything reachable from it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value))
      deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
