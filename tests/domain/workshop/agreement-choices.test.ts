import { describe, expect, it } from 'vitest';
import { getAgreementChoices } from '~/domain/workshop/agreement-choices';
import { getLevelStatistics } from '~/domain/workshop/statistics';

// Two at level 3, one at level 1, one "don't know", one "not applicable".
const statistics = getLevelStatistics([3, 3, 1, 'dont-know', 'not-applicable', undefined]);

describe('getAgreementChoices', () => {
  it('lists the five levels and "don\'t know", each with how many people gave it', () => {
    const choices = getAgreementChoices({ notApplicable: false, critical: false }, statistics);
    expect(choices.map((c) => [c.value, c.count])).toEqual([
      [0, 0],
      [1, 1],
      [2, 0],
      [3, 2],
      [4, 0],
      ['dont-know', 1],
    ]);
    expect(choices.filter((c) => c.level !== undefined).map((c) => c.level)).toEqual([
      0, 1, 2, 3, 4,
    ]);
  });

  it.each<[string, { notApplicable: boolean; critical: boolean }, boolean]>([
    [
      'offers "not applicable" where the question allows it',
      { notApplicable: true, critical: false },
      true,
    ],
    ['never offers it for a critical question', { notApplicable: true, critical: true }, false],
    [
      'does not offer it where the question does not allow it',
      { notApplicable: false, critical: false },
      false,
    ],
  ])('%s', (_name, question, offered) => {
    const last = getAgreementChoices(question, statistics).at(-1);
    expect(last?.value === 'not-applicable').toBe(offered);
    if (offered) expect(last?.count).toBe(1);
  });
});
