/**
 * Bad input: what an SME owner says about the organization on the packaged-vs-custom page without
 * an assessment (#14): the number of people typed, and the profile answers picked. A refused
 * change says why in both languages and leaves what was said before exactly as it was. Ordinary
 * cases: ../decision/organization-facts.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateNumber } from '~/domain/decision/validate-number';
import {
  PEOPLE_LIMITS,
  tryPeople,
  tryProfileFact,
  type FactField,
  type FactRefusal,
  type OrganizationFacts,
} from '~/domain/decision/organization-facts';
import { SLOW_TEST_MS } from '../../slow-test';
import {
  anyText,
  expectMessageInBothLanguages,
  expectNoPollution,
  expectPlainData,
  expectRefusal,
} from './hostile-inputs';

const FIELDS: readonly FactField[] = Object.freeze([
  { id: 'company-size', kind: 'single', options: [{ id: 'micro' }, { id: 'large' }] },
  { id: 'sector', kind: 'single', options: [{ id: 'retail' }, { id: 'other' }] },
  { id: 'channels', kind: 'multiple', options: [{ id: 'internet' }, { id: 'sales-force' }] },
] as const);

/** What was said before the hostile change, frozen so a change in place would throw. */
const BEFORE: OrganizationFacts = Object.freeze({
  people: 12,
  profile: Object.freeze({ 'company-size': 'small', sector: 'retail' }),
});

const REASONS: readonly FactRefusal[] = ['not-people', 'unknown-field', 'unknown-option'];

describe('the number of people typed', () => {
  it.each<[string, string, string]>([
    ['nothing', '', 'empty'],
    ['no one', '0', 'too-small'],
    ['half a person', '2,5', 'not-whole'],
    ['a negative headcount', '-3', 'negative'],
    ['ten million', '10.000.000', 'too-large'],
    ['an exponent', '1e3', 'not-a-number'],
    ['a range', '10-49', 'not-a-number'],
    ['words', 'about fifty', 'not-a-number'],
    ['an HTML tag', '<b>12</b>', 'not-a-number'],
  ])('refuses %s as %s', (_name, text, reason) => {
    expectRefusal(
      validateNumber(text, { ...PEOPLE_LIMITS, integer: true, decimalSeparator: ',' }),
      reason,
    );
  });

  it(
    'never throws on any text, and what it accepts the store accepts as people',
    () => {
      fc.assert(
        fc.property(anyText(['1', '-', '0,', '1.000']), (text) => {
          const typed = validateNumber(text, { ...PEOPLE_LIMITS, integer: true });
          if (!typed.ok) return;
          const result = tryPeople(BEFORE, typed.value);
          expect(result.ok).toBe(true);
        }),
        { numRuns: 1500 },
      );
    },
    SLOW_TEST_MS,
  );
});

describe('any value given as a fact', () => {
  it.each(REASONS)('has a message in both languages for %s', (reason) => {
    expectMessageInBothLanguages((s) => s.decision.factErrors[reason]);
  });

  it.each<[string, unknown, unknown]>([
    ['a prototype key as the field', '__proto__', 'retail'],
    ['the constructor as the field', 'constructor', 'retail'],
    ['a polluting option list', 'channels', JSON.parse('{"__proto__":{"polluted":1}}')],
    ['an object as an option', 'sector', { id: 'retail' }],
    ['a very long option', 'sector', 'r'.repeat(100_000)],
  ])('refuses %s and pollutes nothing', (_name, fieldId, value) => {
    expectRefusal(tryProfileFact(FIELDS, BEFORE, fieldId, value), REASONS);
    expectNoPollution();
  });

  it(
    'never throws: a refusal names a known reason, an acceptance holds only known answers',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom('sector', 'channels', 'company-size'), fc.anything()),
          fc.oneof(fc.anything(), fc.array(fc.constantFrom('internet', 'retail', 'x'))),
          fc.anything(),
          (fieldId, value, people) => {
            const fact = tryProfileFact(FIELDS, BEFORE, fieldId, value);
            const count = tryPeople(BEFORE, people);
            for (const result of [fact, count]) {
              if (!result.ok) {
                expect(REASONS).toContain(result.reason);
                continue;
              }
              expectPlainData(result.facts);
              for (const [id, answer] of Object.entries(result.facts.profile)) {
                // The size band comes from the number of people, not from the field's options.
                const known =
                  id === 'company-size'
                    ? ['micro', 'small', 'medium', 'large']
                    : (FIELDS.find((f) => f.id === id)?.options.map((o) => o.id) ?? []);
                for (const a of [answer].flat()) expect(known).toContain(a);
              }
            }
            expect(BEFORE.profile).toEqual({ 'company-size': 'small', sector: 'retail' });
          },
        ),
        { numRuns: 1500 },
      );
    },
    SLOW_TEST_MS,
  );
});
