import { describe, expect, it } from 'vitest';
import {
  getCandidateWeights,
  getCriterionSensitivity,
  getFlips,
  getSensitivity,
  type WeightFlip,
} from '~/domain/decision/sensitivity';
import { criterion, example } from './helpers';

describe('getCandidateWeights', () => {
  it.each<[number, number[]]>([
    [2, [3, 1, 4, 0, 5]],
    [0, [1, 2, 3, 4, 5]],
    [5, [4, 3, 2, 1, 0]],
    [2.5, [3, 2, 4, 1, 5, 0]],
    [7, [5, 4, 3, 2, 1, 0]],
  ])(
    'tries the whole weights 0–5 nearest to %s first, a raise before an equally near reduction',
    (current, expected) => {
      expect(getCandidateWeights(current)).toEqual(expected);
    },
  );
});

describe('getSensitivity', () => {
  // Weighted sums: SaaS 41, hybrid 40, on-premise 27, custom 18 (see helpers).
  const result = getSensitivity(example.criteria, example.weights);

  it('starts from the current top option', () => {
    expect(result.topOptionId).toBe('packaged-saas');
  });

  it.each<[string, string, WeightFlip | null, WeightFlip | null, WeightFlip | null]>([
    [
      'lowering time to first channel from 5 to 3 (at 4 SaaS and hybrid tie and SaaS stays first)',
      'time-to-first-channel',
      null,
      { weight: 3, change: -2, topOptionId: 'hybrid-platform' },
      { weight: 3, change: -2, topOptionId: 'hybrid-platform' },
    ],
    [
      'raising fit to requirements from 2 to 3',
      'fit-to-requirements',
      { weight: 3, change: 1, topOptionId: 'hybrid-platform' },
      null,
      { weight: 3, change: 1, topOptionId: 'hybrid-platform' },
    ],
    [
      'no change of upgrades (SaaS and hybrid score the same on it)',
      'upgrades-keep-customizations',
      null,
      null,
      null,
    ],
  ])('finds %s', (_name, criterionId, raise, lower, smallest) => {
    expect(result.criteria.find((c) => c.criterionId === criterionId)).toEqual({
      criterionId,
      weight: example.weights[criterionId as keyof typeof example.weights],
      raise,
      lower,
      smallest,
    });
  });

  it('prefers the raise when a raise and a reduction are equally near', () => {
    // At weight 2: SaaS 21, custom 20, hybrid 20. At 3 custom leads (25 > 24); at 1 hybrid (20 > 18).
    const criteria = [criterion('x', [3, 0, 5, 0]), criterion('y', [3, 0, 2, 4])];
    const sensitivity = getCriterionSensitivity(criteria, { x: 2, y: 5 }, {}, 'x');
    expect(sensitivity.raise).toEqual({ weight: 3, change: 1, topOptionId: 'custom-development' });
    expect(sensitivity.lower).toEqual({ weight: 1, change: -1, topOptionId: 'hybrid-platform' });
    expect(sensitivity.smallest).toBe(sensitivity.raise);
  });

  it('prefers the nearer change when a raise and a reduction both flip', () => {
    // At x = 2: SaaS 25, hybrid 23, custom 22. At x = 4 custom leads (32 > 31); at x = 1 hybrid (23 > 22).
    const criteria = [
      criterion('x', [3, 0, 5, 0]),
      criterion('y', [4, 0, 2, 3]),
      criterion('z', [3, 0, 2, 4]),
    ];
    const sensitivity = getCriterionSensitivity(criteria, { x: 2, y: 1, z: 5 }, {}, 'x');
    expect(sensitivity.raise).toEqual({ weight: 4, change: 2, topOptionId: 'custom-development' });
    expect(sensitivity.smallest).toEqual({ weight: 1, change: -1, topOptionId: 'hybrid-platform' });
  });

  it('does not count a weight that leaves nothing to rank as a change of the top option', () => {
    const sensitivity = getSensitivity([criterion('only', [5, 1, 1, 1])], { only: 3 });
    expect(sensitivity.criteria).toEqual([
      { criterionId: 'only', weight: 3, raise: null, lower: null, smallest: null },
    ]);
  });

  it('takes score overrides into account', () => {
    const overridden = getSensitivity(example.criteria, example.weights, {
      'upgrades-keep-customizations': { 'hybrid-platform': 5 },
    });
    // Hybrid now leads 43 to 41; lowering upgrades to 1 gives SaaS 33, hybrid 33: SaaS is listed first.
    expect(overridden.topOptionId).toBe('hybrid-platform');
    expect(overridden.criteria[2]?.smallest).toEqual({
      weight: 1,
      change: -2,
      topOptionId: 'packaged-saas',
    });
  });

  it('reports nothing when there is no ranking to change', () => {
    expect(getSensitivity(example.criteria, {})).toEqual({ topOptionId: null, criteria: [] });
  });
});

describe('getFlips', () => {
  it('lists only the criteria whose weight alone changes the answer, nearest change first (#14)', () => {
    // Fit flips at +1, time to first channel at −2; upgrades never flips and is left out.
    const flips = getFlips(getSensitivity(example.criteria, example.weights));
    expect(flips.map((f) => [f.criterionId, f.smallest.change])).toEqual([
      ['fit-to-requirements', 1],
      ['time-to-first-channel', -2],
    ]);
  });

  it('lists nothing when no single weight changes the answer, or nothing ranks', () => {
    const one = [criterion('only', [5, 1, 1, 1])];
    expect(getFlips(getSensitivity(one, { only: 3 }))).toEqual([]);
    expect(getFlips(getSensitivity(one, { only: 0 }))).toEqual([]);
  });
});
