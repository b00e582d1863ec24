import { describe, expect, it } from 'vitest';
import {
  getMaturityLevel,
  getVerdict,
  toDisplayIndex,
  type VerdictInput,
} from '~/domain/scoring/maturity-level';

describe('getMaturityLevel', () => {
  it.each<[number, number, string]>([
    [0, 1, 'initial'],
    [19, 1, 'initial'],
    [19.4, 1, 'initial'],
    [19.5, 2, 'developing'],
    [20, 2, 'developing'],
    [39, 2, 'developing'],
    [40, 3, 'defined'],
    [59, 3, 'defined'],
    [60, 4, 'managed'],
    [79, 4, 'managed'],
    [80, 5, 'optimized'],
    [100, 5, 'optimized'],
  ])('index %d is level %d (%s)', (index, level, id) => {
    expect(getMaturityLevel(index)).toMatchObject({ level, id });
  });

  it('classifies by the rounded index people see', () => {
    expect(toDisplayIndex(39.6)).toBe(40);
    expect(getMaturityLevel(39.6).id).toBe('defined');
  });
});

describe('getVerdict: the first matching rule wins', () => {
  const base: VerdictInput = {
    blockerCount: 0,
    openCriticalCount: 0,
    provisional: false,
    index: 70,
  };
  it.each<[string, Partial<VerdictInput>, string]>([
    [
      'blockers beat everything',
      { blockerCount: 1, openCriticalCount: 2, provisional: true, index: 95 },
      'not-ready',
    ],
    ['open criticals beat a high index', { openCriticalCount: 1, index: 95 }, 'provisional'],
    ['a provisional index is provisional', { provisional: true, index: 95 }, 'provisional'],
    ['no index is provisional', { index: null }, 'provisional'],
    ['39 builds foundations', { index: 39 }, 'foundations'],
    ['39.4 still builds foundations', { index: 39.4 }, 'foundations'],
    ['40 starts focused', { index: 40 }, 'focused-start'],
    ['59 starts focused', { index: 59 }, 'focused-start'],
    ['60 is ready', { index: 60 }, 'ready'],
    ['100 is ready', { index: 100 }, 'ready'],
  ])('%s', (_name, input, verdict) => {
    expect(getVerdict({ ...base, ...input })).toBe(verdict);
  });
});
