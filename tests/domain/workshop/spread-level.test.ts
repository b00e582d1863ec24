import { describe, expect, it } from 'vitest';
import { getSpreadLevel } from '~/domain/workshop/spread-level';

describe('getSpreadLevel', () => {
  it.each<[number | null, ReturnType<typeof getSpreadLevel>]>([
    [null, null],
    [0, 'low'],
    [0.19, 'low'],
    [0.2, 'medium'],
    [0.39, 'medium'],
    [0.4, 'high'],
    [1, 'high'],
  ])('a dispersion of %s is %s', (dispersion, level) => {
    expect(getSpreadLevel({ dispersion })).toBe(level);
  });
});
