import { describe, expect, it } from 'vitest';
import { DECISION_OPTION_IDS, clampNumber, getOptionPosition } from '~/domain/decision/model';
import { OPTION_IDS } from '~/domain/schemas/content';

describe('DECISION_OPTION_IDS', () => {
  it('lists the four options of the content schema, in its order', () => {
    expect(DECISION_OPTION_IDS).toEqual([...OPTION_IDS]);
    expect(DECISION_OPTION_IDS.map(getOptionPosition)).toEqual([0, 1, 2, 3]);
  });
});

describe('clampNumber', () => {
  it.each<[number, number]>([
    [3, 3],
    [-1, 0],
    [9, 5],
    [Number.POSITIVE_INFINITY, 5],
    [Number.NEGATIVE_INFINITY, 0],
    [Number.NaN, 2],
  ])('keeps %s within 0–5 as %s (NaN falls back to 2)', (value, expected) => {
    expect(clampNumber(value, 0, 5, 2)).toBe(expected);
  });
});
