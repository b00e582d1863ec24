import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { EMPTY_DECISION, EMPTY_PLAN } from '~/domain/assessment/assessment';
import type { DecisionContent } from '~/domain/decision-view';
import { NO_FACTS } from '~/domain/decision/organization-facts';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import type { Decision } from '~/domain/schemas/content';
import { $assessments, initAssessmentStore } from '~/stores/assessments';
import { $currentAssessment, showAssessment } from '~/stores/current-assessment';
import {
  $decisionContent,
  $decisionView,
  $organizationFacts,
  $unlinkedDecision,
  linkAssessment,
  openDecision,
  resetDecision,
  setCriterionWeight,
  setOptionScore,
  setOrganizationFact,
  setOrganizationPeople,
  setTcoFigure,
  setTcoSetting,
} from '~/stores/decision';
import { makeAssessment, tinyContext } from '../domain/assessment/helpers';
import { criterion, figures, sameFigures } from '../domain/decision/helpers';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';

const sized = (users: number) => ({ users, options: sameFigures(figures()) });
const tcoDefaults: Decision['tcoDefaults'] = {
  micro: sized(3),
  small: sized(15),
  medium: sized(80),
  large: sized(400),
};
const content: DecisionContent = {
  model: { dimensions: [], questions: [] },
  criteria: [{ ...criterion('speed', [5, 3, 1, 4]), defaultWeight: 3, adjustments: [] }],
  tcoDefaults,
  currency: 'EUR',
  profileFields: [
    { id: 'company-size', kind: 'single', options: [{ id: 'micro' }, { id: 'large' }] },
    { id: 'sector', kind: 'single', options: [{ id: 'retail' }, { id: 'banking' }] },
  ],
};
const linked = makeAssessment({ plan: { ...EMPTY_PLAN, owners: { kickoff: 'Ana' } } });
let storage: KeyValueStorage;

beforeEach(() => {
  storage = createMemoryStorage();
  storage.setItem(
    `${ASSESSMENT_KEY_PREFIX}${linked.id}`,
    JSON.stringify(toStoredAssessment(linked)),
  );
  initAssessmentStore(tinyContext, {
    backend: createKeyValueBackend(storage),
    now: () => new Date('2025-05-01T10:00:00Z'),
  });
});

afterEach(() => {
  showAssessment('');
  $unlinkedDecision.set(EMPTY_DECISION);
  $organizationFacts.set(NO_FACTS);
  $decisionContent.set(null);
  cleanStores($assessments, $currentAssessment, $decisionView);
});

/** The decision saved in the linked assessment's plan. */
const savedDecision = () => $assessments.get()[linked.id]?.plan?.decision;

describe('the decision store', () => {
  it('shows nothing until the page opens', () => {
    keepMount($decisionView);
    expect($decisionView.get()).toBeNull();
  });

  it('without an assessment, keeps every change in memory only, and a reset forgets them', () => {
    openDecision(content, '');
    keepMount($decisionView);
    setCriterionWeight('speed', 5, 3);
    setOptionScore('speed', 'custom-development', 4, 1);
    setTcoSetting({ years: 7 });
    setTcoFigure('packaged-saas', 'training', 500);
    expect($decisionView.get()?.weights).toEqual({ speed: 5 });
    expect($decisionView.get()?.tcoInputs.years).toBe(7);
    expect($decisionView.get()?.isDefault).toBe(false);
    expect(savedDecision()).toBeUndefined();
    resetDecision();
    expect($decisionView.get()?.isDefault).toBe(true);
  });

  it('with an assessment linked, saves each change in its plan, and a reset keeps the rest of the plan', () => {
    openDecision(content, linked.id);
    keepMount($decisionView);
    setCriterionWeight('speed', 1, 3);
    setTcoSetting({ currency: 'USD' });
    expect(savedDecision()).toMatchObject({ weights: { speed: 1 }, tco: { currency: 'USD' } });
    expect($decisionView.get()?.currency).toBe('USD');
    expect($unlinkedDecision.get()).toBe(EMPTY_DECISION);
    resetDecision();
    expect(savedDecision()).toBeUndefined();
    expect($assessments.get()[linked.id]?.plan?.owners).toEqual({ kickoff: 'Ana' });
  });

  it('carries the choices made before linking into the assessment, on top of its own', () => {
    openDecision(content, '');
    setTcoSetting({ years: 3 });
    linkAssessment(linked.id);
    expect(savedDecision()).toMatchObject({ tco: { years: 3 } });
    expect($unlinkedDecision.get()).toBe(EMPTY_DECISION);
    expect($currentAssessment.get()?.id).toBe(linked.id);
  });

  it('carries nothing when nothing was changed, or when the link is taken away', () => {
    openDecision(content, '');
    linkAssessment(linked.id);
    expect(savedDecision()).toBeUndefined();
    setTcoSetting({ users: 9 });
    linkAssessment('');
    expect($currentAssessment.get()).toBeUndefined();
    expect($decisionView.get()?.tcoInputs.users).toBe(80);
  });

  it('without an assessment, takes the organization’s size and profile from named actions (#14)', () => {
    openDecision(content, '');
    keepMount($decisionView);
    expect($decisionView.get()?.tcoInputs.users).toBe(80);
    expect(setOrganizationPeople(8)).toMatchObject({ ok: true });
    expect($decisionView.get()?.companySize).toBe('micro');
    expect($decisionView.get()?.tcoInputs.users).toBe(3);
    expect(setOrganizationFact('sector', 'retail')).toMatchObject({ ok: true });
    expect($decisionView.get()?.facts.profile).toEqual({
      'company-size': 'micro',
      sector: 'retail',
    });
    expect($decisionView.get()?.informed).toBe(true);
  });

  it.each<[string, () => unknown, string]>([
    ['no people', () => setOrganizationPeople(0), 'not-people'],
    ['a fraction of a person', () => setOrganizationPeople(2.5), 'not-people'],
    ['NaN people', () => setOrganizationPeople(Number.NaN), 'not-people'],
    ['an answer not offered', () => setOrganizationFact('sector', 'mining'), 'unknown-option'],
    ['a question not asked', () => setOrganizationFact('constructor', 'x'), 'unknown-field'],
    ['the size as an option', () => setOrganizationFact('company-size', 'large'), 'unknown-field'],
  ])('refuses %s, and keeps what was said', (_name, act, reason) => {
    openDecision(content, '');
    setOrganizationPeople(300);
    const before = $organizationFacts.get();
    expect(act()).toEqual({ ok: false, reason });
    expect($organizationFacts.get()).toBe(before);
  });

  it('refuses every fact before the page has opened', () => {
    expect(setOrganizationFact('sector', 'retail')).toEqual({ ok: false, reason: 'unknown-field' });
  });

  it('with an assessment linked, its profile stands for the organization, not the page’s facts', () => {
    openDecision(content, '');
    setOrganizationPeople(600);
    linkAssessment(linked.id);
    keepMount($decisionView);
    // 600 people would be "large": the assessment's own answer wins.
    expect($decisionView.get()?.companySize).toBe(linked.profile['company-size']);
    expect($decisionView.get()?.companySize).not.toBe('large');
    expect($decisionView.get()?.facts).toEqual({ profile: linked.profile });
  });
});
