import { describe, expect, it } from 'vitest';
import {
  AMBITION_PRESETS,
  getGap,
  getPresetTargets,
  toValidTarget,
} from '~/domain/scoring/targets';

describe('targets and gaps', () => {
  it.each(Object.entries(AMBITION_PRESETS))(
    'preset %s sets %d for every dimension',
    (preset, value) => {
      const targets = getPresetTargets(preset as keyof typeof AMBITION_PRESETS, ['a', 'b']);
      expect(targets).toEqual({ a: value, b: value });
    },
  );

  it('has the presets the method page states', () => {
    expect(AMBITION_PRESETS).toEqual({ foundation: 50, competitive: 70, leading: 85 });
  });

  it.each<[number | null, number, number | null]>([
    [60, 70, 10],
    [80, 70, 0],
    [70, 70, 0],
    [null, 70, null],
  ])('score %s against target %d leaves a gap of %s', (score, target, gap) => {
    expect(getGap(score, target)).toBe(gap);
  });

  it.each<[unknown, number | null]>([
    [55, 55],
    [55.6, 56],
    [-5, 0],
    [140, 100],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ['70', null],
    [undefined, null],
  ])('toValidTarget(%s) is %s', (value, expected) => {
    expect(toValidTarget(value)).toBe(expected);
  });
});
