import { describe, expect, it } from 'vitest';
import { getParallelLimit, scaleWeeks, toCompanySize } from '~/domain/roadmap/durations';
import type { CompanySize } from '~/domain/roadmap/model';

describe('scaleWeeks: durations by company size, rounded up, at least 1', () => {
  it.each<[number, CompanySize | undefined, number]>([
    [16, 'micro', 10],
    [16, 'small', 13],
    [16, 'medium', 16],
    [16, 'large', 21],
    [16, undefined, 16],
    [12, 'micro', 8],
    [12, 'large', 16],
    [10, 'micro', 6],
    [15, 'small', 12],
    [1, 'micro', 1],
    [1, 'large', 2],
    [0, 'medium', 1],
    [52, 'large', 68],
  ])('%d weeks for a %s organization take %d', (weeks, size, expected) => {
    expect(scaleWeeks(weeks, size)).toBe(expected);
  });
});

describe('getParallelLimit', () => {
  it.each<[CompanySize | undefined, number]>([
    ['micro', 3],
    ['small', 4],
    ['medium', 4],
    ['large', 5],
    [undefined, 4],
  ])('defaults to the size: %s runs %d at once', (size, limit) => {
    expect(getParallelLimit(size)).toBe(limit);
  });

  it.each<[number, number]>([
    [1, 1],
    [7, 7],
    [0, 4],
    [-2, 4],
    [2.5, 4],
    [Number.NaN, 4],
  ])('takes a requested limit of %d only when it is a positive integer: %d', (requested, limit) => {
    expect(getParallelLimit('small', requested)).toBe(limit);
  });
});

describe('toCompanySize', () => {
  it.each<[unknown, CompanySize | undefined]>([
    ['micro', 'micro'],
    ['large', 'large'],
    ['huge', undefined],
    [undefined, undefined],
    [3, undefined],
  ])('reads %s as %s', (value, size) => {
    expect(toCompanySize(value)).toBe(size);
  });
});
