import { describe, expect, it } from 'vitest';
import {
  getSizedLevels,
  isSmallOrganization,
  toSizedDimensions,
} from '../../../src/domain/content/level-wording';

const LEVELS = ['none', 'ad hoc', 'partial', 'A steering committee meets monthly', 'measured'];
const SMALL = [null, null, null, 'The owner and the sales lead meet monthly', null];

describe('isSmallOrganization', () => {
  it.each([
    ['micro', true],
    ['small', true],
    ['medium', false],
    ['large', false],
    [undefined, false],
    [['micro'], false],
    ['', false],
  ])('%j is small: %s', (size, expected) => {
    expect(isSmallOrganization(size)).toBe(expected);
  });
});

describe('getSizedLevels', () => {
  it.each([
    ['micro', 'The owner and the sales lead meet monthly'],
    ['small', 'The owner and the sales lead meet monthly'],
    ['medium', 'A steering committee meets monthly'],
    ['large', 'A steering committee meets monthly'],
    [undefined, 'A steering committee meets monthly'],
  ])('a %s organization reads level 3 as "%s"', (size, expected) => {
    const sized = getSizedLevels({ levels: LEVELS, smallLevels: SMALL }, size);
    expect(sized[3]).toBe(expected);
    expect(sized.filter((_, i) => i !== 3)).toEqual(LEVELS.filter((_, i) => i !== 3));
  });

  it('keeps the default wording of a question without small wording, whatever the size', () => {
    expect(getSizedLevels({ levels: LEVELS }, 'micro')).toBe(LEVELS);
  });
});

describe('toSizedDimensions', () => {
  const dimensions = [
    {
      id: 'd',
      questions: [
        { id: 'a', levels: LEVELS, smallLevels: SMALL },
        { id: 'b', levels: LEVELS },
      ],
    },
  ];

  it('gives a small organization the small wording and keeps every other field', () => {
    const [sized] = toSizedDimensions(dimensions, 'small');
    expect(sized?.id).toBe('d');
    expect(sized?.questions.map((q) => [q.id, q.levels[3]])).toEqual([
      ['a', 'The owner and the sales lead meet monthly'],
      ['b', 'A steering committee meets monthly'],
    ]);
  });

  it('returns the same dimensions for a larger or unknown size', () => {
    expect(toSizedDimensions(dimensions, 'large')).toBe(dimensions);
    expect(toSizedDimensions(dimensions, undefined)).toBe(dimensions);
  });
});
