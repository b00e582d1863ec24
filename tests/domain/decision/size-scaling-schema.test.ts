// The content rule for size-scaled option scores: a reason and the scores of at least one size,
// each score a whole number from 0 to 5 (src/domain/schemas/content.ts).
import { describe, expect, it } from 'vitest';
import { SizeScalingSchema } from '~/domain/schemas/content';

const reason = { en: 'Why it moves with size.', es: 'Por qué cambia con el tamaño.' };

describe('SizeScalingSchema', () => {
  it.each<[string, object, boolean]>([
    ['micro only', { reason, micro: { 'custom-development': 1 } }, true],
    ['small only', { reason, small: { 'packaged-saas': 5 } }, true],
    ['large only', { reason, large: { 'hybrid-platform': 4 } }, true],
    ['no size at all', { reason }, false],
    ['no reason', { micro: { 'custom-development': 1 } }, false],
    ['a score above 5', { reason, large: { 'custom-development': 6 } }, false],
    ['an unknown option', { reason, small: { 'low-code': 3 } }, false],
  ])('%s: valid %s', (_name, value, valid) => {
    expect(SizeScalingSchema.safeParse(value).success).toBe(valid);
  });

  it('names the missing sizes in its message', () => {
    const result = SizeScalingSchema.safeParse({ reason });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('at least one size');
  });
});
