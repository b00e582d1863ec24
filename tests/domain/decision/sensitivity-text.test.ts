import { describe, expect, it } from 'vitest';
import { DECISION_OPTION_IDS, type OptionId } from '~/domain/decision/model';
import type { RankedOption, Ranking } from '~/domain/decision/rank-options';
import { describeLead, describeWeightFlip } from '~/domain/decision/sensitivity-text';

const STRINGS = {
  raiseTo: 'Raise to {weight} (+{change}): {option} would come first',
  lowerTo: 'Lower to {weight} (−{change}): {option} would come first',
  sensitivityNoneLead: '{top} leads {next} by {points} points',
};
const NAMES = Object.fromEntries(DECISION_OPTION_IDS.map((id) => [id, `Option ${id}`])) as Record<
  OptionId,
  string
>;
const [FIRST, SECOND] = DECISION_OPTION_IDS as [OptionId, OptionId, ...OptionId[]];

function ranked(...percents: number[]): Ranking {
  const options = percents.map((percent, i): RankedOption => ({
    optionId: DECISION_OPTION_IDS[i] as OptionId,
    rank: i + 1,
    weightedSum: percent,
    score: percent / 20,
    percent,
    comparedWith: null,
    margin: null,
    decidingCriteria: [],
  }));
  return { status: 'ranked', totalWeight: 10, options };
}

describe('describeWeightFlip', () => {
  it.each([
    [
      { weight: 5, change: 2, topOptionId: SECOND },
      `Raise to 5 (+2): Option ${SECOND} would come first`,
    ],
    [
      { weight: 1, change: -3, topOptionId: FIRST },
      `Lower to 1 (−3): Option ${FIRST} would come first`,
    ],
  ])('says what %o would do', (flip, expected) => {
    expect(describeWeightFlip(flip, NAMES, STRINGS)).toBe(expected);
  });
});

describe('describeLead', () => {
  it.each([
    ['en', `Option ${FIRST} leads Option ${SECOND} by 12.3 points`],
    ['es', `Option ${FIRST} leads Option ${SECOND} by 12,3 points`],
  ])('gives the lead of the first option over the second, in %s', (lang, expected) => {
    expect(describeLead(ranked(70.25, 57.94), NAMES, STRINGS, lang)).toBe(expected);
  });

  it.each<[string, Ranking]>([
    ['an unranked decision', { status: 'unranked', reason: 'all-weights-zero' }],
    ['a ranking of one option', ranked(80)],
    ['a ranking of no option', ranked()],
  ])('says nothing for %s', (_name, ranking) => {
    expect(describeLead(ranking, NAMES, STRINGS, 'en')).toBeNull();
  });
});
