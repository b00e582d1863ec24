import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getLevelStatistics,
  summarizeNumbers,
  type NumberSummary,
} from '~/domain/workshop/statistics';
import { LEVELS, type AnswerValue, type Level } from '~/domain/scoring/model';

/** The textbook definitions, written the slow and obvious way, to check the real code against. */
function reference(values: readonly number[]): NumberSummary {
  const n = values.length;
  if (n === 0) {
    return {
      count: 0,
      mean: null,
      median: null,
      min: null,
      max: null,
      range: null,
      standardDeviation: null,
    };
  }
  const sorted = [...values].sort((a, b) => a - b);
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / n;
  const min = Math.min(...values);
  const max = Math.max(...values);
  return {
    count: n,
    mean,
    median,
    min,
    max,
    range: max - min,
    standardDeviation: Math.sqrt(variance),
  };
}

function expectCloseTo(actual: NumberSummary, expected: NumberSummary): void {
  expect(actual.count).toBe(expected.count);
  for (const key of ['mean', 'median', 'min', 'max', 'range', 'standardDeviation'] as const) {
    const value = expected[key];
    if (value === null) expect(actual[key]).toBeNull();
    else expect(actual[key]).toBeCloseTo(value, 9);
  }
}

describe('summarizeNumbers: known cases', () => {
  it.each<[string, number[], Partial<NumberSummary>]>([
    [
      'three equal levels have no spread',
      [2, 2, 2],
      { mean: 2, median: 2, range: 0, standardDeviation: 0 },
    ],
    ['one answer has no spread', [3], { mean: 3, median: 3, range: 0, standardDeviation: 0 }],
    [
      'the two ends of the scale are 2 apart from the mean',
      [0, 4],
      { mean: 2, median: 2, range: 4, standardDeviation: 2 },
    ],
    [
      'an even count takes the mean of the two middle values',
      [1, 2],
      { median: 1.5, standardDeviation: 0.5 },
    ],
    [
      'an even count of four',
      [4, 0, 3, 1],
      { median: 2, mean: 2, range: 4, standardDeviation: Math.sqrt(2.5) },
    ],
    [
      'an odd count takes the middle value, not the mean',
      [4, 0, 4, 0, 4],
      { median: 4, mean: 2.4, standardDeviation: Math.sqrt(3.84) },
    ],
    [
      'one step apart is a range of 1',
      [1, 2, 3],
      { median: 2, range: 2, standardDeviation: Math.sqrt(2 / 3) },
    ],
    [
      'one dissenter among ten',
      [2, 2, 2, 2, 2, 2, 2, 2, 2, 4],
      { median: 2, mean: 2.2, range: 2, standardDeviation: 0.6 },
    ],
  ])('%s: %j', (_name, values, expected) => {
    const summary = summarizeNumbers(values);
    for (const [key, value] of Object.entries(expected)) {
      expect(summary[key as keyof NumberSummary]).toBeCloseTo(value as number, 12);
    }
    expectCloseTo(summary, reference(values));
  });

  it('describes nothing with nulls, never NaN', () => {
    expect(summarizeNumbers([])).toEqual({
      count: 0,
      mean: null,
      median: null,
      min: null,
      max: null,
      range: null,
      standardDeviation: null,
    });
  });

  it('gives exactly zero spread for equal scores that do not add up exactly', () => {
    const third = 200 / 3;
    const summary = summarizeNumbers([third, third, third, third, third, third, third]);
    expect(summary).toMatchObject({ mean: third, range: 0, standardDeviation: 0 });
  });

  it('does not change the list it is given', () => {
    const values = [3, 1, 2];
    summarizeNumbers(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('getLevelStatistics', () => {
  it.each<[string, (AnswerValue | undefined)[], object]>([
    [
      "counts levels, don't know, N/A and missing answers apart",
      [3, 'dont-know', 'not-applicable', undefined, 1, 'dont-know'],
      { count: 2, dontKnow: 2, notApplicable: 1, unanswered: 1, mean: 2, range: 2 },
    ],
    [
      'gives nulls when nobody gave a level',
      ['dont-know', 'not-applicable', undefined],
      { count: 0, mean: null, median: null, range: null, standardDeviation: null },
    ],
    ['describes no submissions at all', [], { count: 0, unanswered: 0, mean: null }],
    [
      'counts anything that is not an answer as unanswered',
      [
        2,
        5 as unknown as AnswerValue,
        'maybe' as unknown as AnswerValue,
        null as unknown as AnswerValue,
      ],
      { count: 1, unanswered: 3, mean: 2 },
    ],
  ])('%s', (_name, values, expected) => {
    expect(getLevelStatistics(values)).toMatchObject(expected);
  });

  it.each<[Level[], [number, number, number, number, number]]>([
    [[], [0, 0, 0, 0, 0]],
    [
      [0, 0, 4, 2],
      [2, 0, 1, 0, 1],
    ],
    [
      [1, 1, 1],
      [0, 3, 0, 0, 0],
    ],
  ])('distributes %j as %j', (values, distribution) => {
    expect(getLevelStatistics(values).distribution).toEqual(distribution);
  });
});

const levelsArbitrary = fc.array(fc.constantFrom<Level>(...LEVELS), { maxLength: 60 });
const answerArbitrary = fc.oneof(
  fc.constantFrom<Level>(...LEVELS),
  fc.constantFrom<AnswerValue | undefined>('dont-know', 'not-applicable', undefined),
);

describe('statistics properties', () => {
  it('agrees with the reference computation on any levels', () => {
    fc.assert(
      fc.property(levelsArbitrary, (levels) => {
        expectCloseTo(getLevelStatistics(levels), reference(levels));
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the reference computation on any scores 0–100', () => {
    const scores = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 60 });
    fc.assert(
      fc.property(scores, (values) => {
        expectCloseTo(summarizeNumbers(values), reference(values));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every figure within the scale, never NaN', () => {
    fc.assert(
      fc.property(fc.array(answerArbitrary, { maxLength: 60 }), (values) => {
        const s = getLevelStatistics(values);
        expect(s.count + s.dontKnow + s.notApplicable + s.unanswered).toBe(values.length);
        expect(s.distribution.reduce((sum, c) => sum + c, 0)).toBe(s.count);
        if (s.count === 0) {
          expect([s.mean, s.median, s.min, s.max, s.range, s.standardDeviation]).toEqual(
            Array(6).fill(null),
          );
          return;
        }
        const { mean, median, min, max, range, standardDeviation } = s;
        for (const value of [mean, median, min, max, range, standardDeviation]) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(4);
        }
        expect(mean!).toBeGreaterThanOrEqual(min!);
        expect(mean!).toBeLessThanOrEqual(max!);
        expect(median!).toBeGreaterThanOrEqual(min!);
        expect(median!).toBeLessThanOrEqual(max!);
        expect(range).toBe(max! - min!);
        // The population standard deviation never exceeds half the range (so 2 on this scale).
        expect(standardDeviation!).toBeLessThanOrEqual(range! / 2 + 1e-12);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of the answers, to the last bit', () => {
    fc.assert(
      fc.property(
        fc
          .array(answerArbitrary, { maxLength: 40 })
          .chain((values) =>
            fc.tuple(
              fc.constant(values),
              fc.shuffledSubarray(values, { minLength: values.length, maxLength: values.length }),
            ),
          ),
        ([values, shuffled]) => {
          expect(getLevelStatistics(shuffled)).toEqual(getLevelStatistics(values));
        },
      ),
      { numRuns: 300 },
    );
  });
});
