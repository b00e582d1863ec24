/**
 * Bad input: the organization link of the follow page's trend (#16). The page offers a list, but
 * what reaches the store may be anything (a changed option value, a hand-edited page): a blank or
 * oversized link is refused with a message in both languages, and nothing stored changes; a
 * strange but short id links to an organization with no run here, which breaks nothing.
 */
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  type KeyValueStorage,
} from '~/adapters/storage/browser-storage';
import { createKeyValueBackend } from '~/adapters/storage/key-value-backend';
import { toStoredAssessment } from '~/domain/assessment/stored-assessment';
import { getOrganizationChoices } from '~/domain/follow/trend-view';
import { getStrings } from '~/i18n';
import { $assessments, initAssessmentStore } from '~/stores/assessments';
import { setOrganizationLink } from '~/stores/follow';
import { makeAssessment, tinyContext } from '../assessment/helpers';
import { expectNoPollution, expectRefusal } from './hostile-inputs';

const run = makeAssessment({ id: 'run-2', organizationId: 'run-1' });
let storage: KeyValueStorage;
const key = `${ASSESSMENT_KEY_PREFIX}${run.id}`;

beforeEach(() => {
  storage = createMemoryStorage();
  storage.setItem(key, JSON.stringify(toStoredAssessment(run)));
  initAssessmentStore(tinyContext, { backend: createKeyValueBackend(storage) });
});

afterEach(() => {
  cleanStores($assessments);
});

describe('an organization link that is not one', () => {
  it.each<[string, string]>([
    ['an empty value', ''],
    ['white space', ' \t\n\u00a0'],
    ['a pasted page', 'x'.repeat(100_000)],
    ['an id over the length of ids', 'a'.repeat(101)],
  ])('refuses %s, changing nothing stored', (_name, link) => {
    const before = [$assessments.get()[run.id], storage.getItem(key)];
    const result = setOrganizationLink(run.id, link);
    expectRefusal(result, 'invalid-id');
    expect([$assessments.get()[run.id], storage.getItem(key)]).toEqual(before);
    for (const lang of ['en', 'es'] as const) {
      expect(getStrings(lang).follow.errors['invalid-id'].length).toBeGreaterThan(10);
    }
  });

  it.each<[string, string]>([
    ['a prototype key', '__proto__'],
    ['a constructor key', 'constructor'],
    ['an HTML tag', '<img src=x onerror=alert(1)>'],
  ])('keeps %s as a plain id of an organization with no run here', (_name, link) => {
    expect(setOrganizationLink(run.id, link)).toEqual({ ok: true });
    const all = Object.values($assessments.get());
    expect(getOrganizationChoices(all, run.id)).toEqual({ options: [], selected: null });
    expectNoPollution();
  });
});
