import { describe, expect, it } from 'vitest';
import type { DecisionCriterion } from '~/domain/decision/model';
import {
  getSizedScore,
  isScaledFor,
  toScaledSize,
  toSizedCriteria,
} from '~/domain/decision/size-scores';
import { criterion } from './helpers';

const skills: DecisionCriterion = {
  ...criterion('skills', [5, 2, 1, 3]),
  sizeScaling: {
    micro: { 'custom-development': 0, 'packaged-on-premise': 1 },
    large: { 'custom-development': 2 },
  },
};
const plain = criterion('plain', [4, 4, 3, 5]);

describe('toScaledSize', () => {
  it.each<[string | undefined, string | null]>([
    ['micro', 'micro'],
    ['small', 'small'],
    ['large', 'large'],
    ['medium', null],
    [undefined, null],
    ['constructor', null],
    ['', null],
  ])('reads %s as %s', (size, expected) => {
    expect(toScaledSize(size)).toBe(expected);
  });
});

describe('getSizedScore', () => {
  it.each<[string | undefined, number, number, number]>([
    // size, custom development, on-premise, SaaS
    ['micro', 0, 1, 5],
    ['small', 1, 2, 5],
    ['medium', 1, 2, 5],
    ['large', 2, 2, 5],
    [undefined, 1, 2, 5],
  ])('for a %s organization: custom %i, on-premise %i, SaaS %i', (size, custom, premise, saas) => {
    expect(getSizedScore(skills, 'custom-development', size)).toBe(custom);
    expect(getSizedScore(skills, 'packaged-on-premise', size)).toBe(premise);
    expect(getSizedScore(skills, 'packaged-saas', size)).toBe(saas);
  });
});

describe('toSizedCriteria', () => {
  it('replaces the scores a size names, keeps everything else, and mutates nothing', () => {
    const frozen = Object.freeze([skills, plain]);
    const [sized, same] = toSizedCriteria(frozen, 'micro');
    expect(sized?.scores['custom-development'].score).toBe(0);
    expect(sized?.scores['packaged-saas'].score).toBe(5);
    expect(sized?.id).toBe('skills');
    expect(same).toBe(plain);
    expect(skills.scores['custom-development'].score).toBe(1);
  });

  it('leaves every criterion as it is for a medium or unknown size', () => {
    const criteria = [skills, plain];
    for (const size of ['medium', undefined]) {
      const sized = toSizedCriteria(criteria, size);
      expect(sized[0]).toBe(skills);
      expect(isScaledFor(skills, size)).toBe(false);
    }
    expect(isScaledFor(skills, 'large')).toBe(true);
    expect(isScaledFor(plain, 'large')).toBe(false);
  });
});
