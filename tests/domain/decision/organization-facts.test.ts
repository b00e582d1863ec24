import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NO_FACTS,
  toCompanySize,
  tryPeople,
  tryProfileFact,
  type FactField,
} from '~/domain/decision/organization-facts';

const FIELDS: readonly FactField[] = [
  { id: 'company-size', kind: 'single', options: [{ id: 'micro' }, { id: 'large' }] },
  { id: 'sector', kind: 'single', options: [{ id: 'retail' }, { id: 'banking' }] },
  {
    id: 'channels',
    kind: 'multiple',
    options: [{ id: 'sales-force' }, { id: 'internet' }, { id: 'contact-center' }],
  },
];

describe('toCompanySize', () => {
  it.each([
    [1, 'micro'],
    [9, 'micro'],
    [10, 'small'],
    [49, 'small'],
    [50, 'medium'],
    [249, 'medium'],
    [250, 'large'],
    [1_000_000, 'large'],
  ])('puts %i people in the %s band, as the profile names them', (people, size) => {
    expect(toCompanySize(people)).toBe(size);
  });

  it('never puts a larger organization in a smaller band', () => {
    const order = ['micro', 'small', 'medium', 'large'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(5000), (people, more) => {
        expect(order.indexOf(toCompanySize(people + more))).toBeGreaterThanOrEqual(
          order.indexOf(toCompanySize(people)),
        );
      }),
    );
  });
});

describe('tryPeople', () => {
  it('sets the number of people and the size band, keeping the other answers', () => {
    const facts = { profile: { sector: 'retail' } };
    expect(tryPeople(facts, 12)).toEqual({
      ok: true,
      facts: { people: 12, profile: { sector: 'retail', 'company-size': 'small' } },
    });
  });

  it.each<[string, unknown]>([
    ['zero', 0],
    ['a negative number', -5],
    ['a fraction', 10.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['over a million', 1_000_001],
    ['a numeric string', '12'],
    ['null', null],
  ])('refuses %s', (_name, people) => {
    expect(tryPeople(NO_FACTS, people)).toEqual({ ok: false, reason: 'not-people' });
  });
});

describe('tryProfileFact', () => {
  it('sets a single answer and a multiple one, the latter in the content’s order without repeats', () => {
    const one = tryProfileFact(FIELDS, NO_FACTS, 'sector', 'banking');
    expect(one).toEqual({ ok: true, facts: { profile: { sector: 'banking' } } });
    const many = tryProfileFact(FIELDS, NO_FACTS, 'channels', [
      'contact-center',
      'sales-force',
      'contact-center',
    ]);
    expect(many).toEqual({
      ok: true,
      facts: { profile: { channels: ['sales-force', 'contact-center'] } },
    });
  });

  it('clears an answer with null, keeping the number of people', () => {
    const facts = { people: 3, profile: { sector: 'retail', 'company-size': 'micro' } };
    expect(tryProfileFact(FIELDS, facts, 'sector', null)).toEqual({
      ok: true,
      facts: { people: 3, profile: { 'company-size': 'micro' } },
    });
  });

  it.each<[string, unknown, unknown, string]>([
    ['a field the page does not ask', 'budget', 'high', 'unknown-field'],
    ['the size, which is asked as a number', 'company-size', 'large', 'unknown-field'],
    ['a field id that is not text', 42, 'retail', 'unknown-field'],
    ['a prototype key', '__proto__', 'retail', 'unknown-field'],
    ['an option the field does not have', 'sector', 'mining', 'unknown-option'],
    ['a list for a single answer', 'sector', ['retail'], 'unknown-option'],
    ['text for a multiple answer', 'channels', 'internet', 'unknown-option'],
    ['a list with an unknown channel', 'channels', ['internet', 'fax'], 'unknown-option'],
    ['a number', 'sector', 3, 'unknown-option'],
  ])('refuses %s', (_name, fieldId, value, reason) => {
    expect(tryProfileFact(FIELDS, NO_FACTS, fieldId, value)).toEqual({ ok: false, reason });
  });
});
