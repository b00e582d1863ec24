import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CONSENSUS_RULE_IDS,
  DEFAULT_CONSENSUS_RULE,
  getConsensusRule,
  getQuantile,
  isConsensusReached,
  isConsensusRuleId,
  toSortedLevels,
  type ConsensusRuleId,
} from '~/domain/workshop/consensus-rule';
import { getLevelStatistics, type LevelDistribution } from '~/domain/workshop/statistics';
import { LEVELS, type AnswerValue, type Level } from '~/domain/scoring/model';

function distributionOf(levels: readonly number[]): LevelDistribution {
  const out: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  for (const level of levels) out[level as Level] += 1;
  return out;
}

describe('consensus rules, answer by answer (#18)', () => {
  it.each<[readonly number[], boolean | null, boolean | null, boolean | null]>([
    // levels, range ≤ 1, ≥ 70 % within one level of the median, interquartile range ≤ 1
    [[], null, null, null],
    [[3], null, null, null],
    [[2, 2], true, true, true],
    [[2, 3], true, true, true],
    [[0, 3], false, false, false],
    [[1, 2, 3], false, true, true],
    [[0, 2, 2, 2, 4], false, false, true],
    [[0, 0, 0, 4, 4, 4], false, false, false],
    [[2, 2, 2, 2, 2, 2, 2, 2, 2, 4], false, true, true],
    [[1, 2, 2, 2, 4, 4], false, false, false],
    [[0, 1, 2, 3, 4], false, false, false],
    [[0, 2, 2, 2, 2, 2, 2, 4], false, true, true],
    [[0, 1, 1, 1, 3], false, true, true],
    [[0, 1, 2, 2, 3, 4], false, false, false],
  ])('%j: range %s, near the median %s, interquartile %s', (levels, range, near, iqr) => {
    const distribution = distributionOf(levels);
    expect(isConsensusReached('range', distribution)).toBe(range);
    expect(isConsensusReached('near-median', distribution)).toBe(near);
    expect(isConsensusReached('interquartile', distribution)).toBe(iqr);
  });

  it('the near-median rule takes exactly 70 %: 7 of 10 near is enough, 6 of 9 is not', () => {
    // Median 2; the three 4s are two levels away.
    expect(isConsensusReached('near-median', distributionOf([1, 2, 2, 2, 2, 2, 3, 4, 4, 4]))).toBe(
      true,
    );
    expect(isConsensusReached('near-median', distributionOf([1, 2, 2, 2, 2, 3, 4, 4, 4]))).toBe(
      false,
    );
  });

  it('don’t-knows, N/A and missing answers are neither for nor against consensus', () => {
    const values: (AnswerValue | undefined)[] = [2, 'dont-know', 3, 'not-applicable', undefined];
    const { distribution } = getLevelStatistics(values);
    for (const rule of CONSENSUS_RULE_IDS) {
      expect(isConsensusReached(rule, distribution)).toBe(true);
    }
    const alone = getLevelStatistics([2, 'dont-know', 'dont-know']).distribution;
    for (const rule of CONSENSUS_RULE_IDS) expect(isConsensusReached(rule, alone)).toBeNull();
  });
});

describe('consensus rule helpers', () => {
  it('quantiles interpolate between closest ranks (R type 7)', () => {
    expect(getQuantile([0, 4], 0.25)).toBe(1);
    expect(getQuantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(getQuantile([2], 0.5)).toBe(2);
  });

  it('levels come back sorted from a distribution', () => {
    expect(toSortedLevels([1, 0, 2, 0, 1])).toEqual([0, 2, 2, 4]);
  });

  it.each([
    ['range', true],
    ['interquartile', true],
    ['near-median', true],
    ['median', false],
    [undefined, false],
    [3, false],
  ])('%j is a rule id: %s', (value, expected) => {
    expect(isConsensusRuleId(value)).toBe(expected);
  });

  it('a workshop stored before rules existed uses the range rule it always used', () => {
    expect(getConsensusRule({})).toBe(DEFAULT_CONSENSUS_RULE);
    expect(DEFAULT_CONSENSUS_RULE).toBe('range');
    expect(getConsensusRule({ consensusRule: 'interquartile' })).toBe('interquartile');
  });
});

const levelsArbitrary = fc.array(fc.constantFrom<Level>(...LEVELS), {
  minLength: 2,
  maxLength: 30,
});
const ruleArbitrary = fc.constantFrom<ConsensusRuleId>(...CONSENSUS_RULE_IDS);

describe('consensus rule properties', () => {
  it('every rule declares consensus on unanimous input', () => {
    fc.assert(
      fc.property(
        ruleArbitrary,
        fc.constantFrom<Level>(...LEVELS),
        fc.integer({ min: 2, max: 40 }),
        (rule, level, count) => {
          const distribution = distributionOf(Array<number>(count).fill(level));
          expect(isConsensusReached(rule, distribution)).toBe(true);
        },
      ),
    );
  });

  it('adding an answer equal to the median never breaks the range rule’s consensus', () => {
    fc.assert(
      fc.property(levelsArbitrary, (levels) => {
        const median = getLevelStatistics(levels).median!;
        fc.pre(Number.isInteger(median));
        fc.pre(isConsensusReached('range', distributionOf(levels)) === true);
        expect(isConsensusReached('range', distributionOf([...levels, median]))).toBe(true);
      }),
    );
  });

  it('the range rule is the strictest: its consensus is every rule’s', () => {
    fc.assert(
      fc.property(levelsArbitrary, ruleArbitrary, (levels, rule) => {
        const distribution = distributionOf(levels);
        fc.pre(isConsensusReached('range', distribution) === true);
        expect(isConsensusReached(rule, distribution)).toBe(true);
      }),
    );
  });

  it('the order of answers changes nothing', () => {
    fc.assert(
      fc.property(levelsArbitrary, ruleArbitrary, (levels, rule) => {
        const reversed = [...levels].reverse();
        expect(isConsensusReached(rule, distributionOf(reversed))).toBe(
          isConsensusReached(rule, distributionOf(levels)),
        );
      }),
    );
  });
});
