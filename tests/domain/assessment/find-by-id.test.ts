import { describe, expect, it } from 'vitest';
import { findById } from '~/domain/assessment/find-by-id';
import { makeAssessment } from './helpers';

describe('findById', () => {
  const mine = makeAssessment();
  const odd = makeAssessment({ id: '__proto__' });
  const all = Object.fromEntries([
    [mine.id, mine],
    [odd.id, odd],
  ]);

  it.each<[string, string | undefined, unknown]>([
    ['an id that is stored', mine.id, mine],
    ['a stored assessment whose id is __proto__', '__proto__', odd],
    ['an id that is not stored', 'missing', undefined],
    ['no id', undefined, undefined],
    ['an empty id', '', undefined],
    // A plain object "has" these through its prototype (#8: /results/?id=constructor broke the page).
    ['constructor', 'constructor', undefined],
    ['toString', 'toString', undefined],
    ['hasOwnProperty', 'hasOwnProperty', undefined],
    ['valueOf', 'valueOf', undefined],
  ])('finds %s', (_name, id, expected) => {
    expect(findById(all, id)).toBe(expected);
  });

  it('finds nothing under __proto__ when no assessment has that id', () => {
    expect(findById({ [mine.id]: mine }, '__proto__')).toBeUndefined();
  });
});
