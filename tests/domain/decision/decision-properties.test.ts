/**
 * Property tests of the decision and cost math (issue #6): the ranking depends only on the ratios
 * of the weights, a better score never costs an option its place, the sensitivity threshold is
 * exact, costs grow with users and years, and nothing ever becomes NaN or Infinity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultWeights } from '~/domain/decision/default-weights';
import {
  DECISION_OPTION_IDS,
  MAX_WEIGHT,
  MIN_WEIGHT,
  type DecisionCriterion,
  type OptionId,
} from '~/domain/decision/model';
import { getTopOptionId, rankOptions, type RankedOption } from '~/domain/decision/rank-options';
import { getSensitivity } from '~/domain/decision/sensitivity';
import { computeTco, type TcoInputs } from '~/domain/decision/tco';
import { validateNumber } from '~/domain/decision/validate-number';
import type { TcoFigures } from '~/domain/schemas/content';
import { byDimension, byProfile, criterion, weighted, type OptionScores } from './helpers';
import { SLOW_TEST_MS } from '../../slow-test';

const score = fc.integer({ min: 0, max: 5 });
const optionScores: fc.Arbitrary<OptionScores> = fc.tuple(score, score, score, score);

/** 1–8 criteria with integer scores, and an integer weight 0–5 for each. */
const decision = fc
  .array(fc.tuple(optionScores, fc.integer({ min: MIN_WEIGHT, max: MAX_WEIGHT })), {
    minLength: 1,
    maxLength: 8,
  })
  .map((rows) => ({
    criteria: rows.map(([scores], i) => criterion(`c${i}`, scores)),
    weights: Object.fromEntries(rows.map(([, weight], i) => [`c${i}`, weight])),
  }));

const optionId = fc.constantFrom(...DECISION_OPTION_IDS);

/** The order and ranks of a ranking, or null without one. */
function shape(criteria: readonly DecisionCriterion[], weights: Record<string, number>) {
  const ranking = rankOptions(criteria, weights);
  return ranking.status === 'ranked'
    ? ranking.options.map((o) => [o.optionId, o.rank] as const)
    : null;
}

/** Every number of a ranked option, for the "never NaN or Infinity" checks. */
function numbersOf(option: RankedOption): number[] {
  return [
    option.rank,
    option.weightedSum,
    option.score,
    option.percent,
    option.margin ?? 0,
    ...option.decidingCriteria.flatMap((d) => [d.weight, d.score, d.otherScore, d.contribution]),
  ];
}

describe('ranking properties', () => {
  it('scales every weighted sum exactly by a whole factor, and keeps order and ranks', () => {
    fc.assert(
      fc.property(decision, fc.integer({ min: 1, max: 1000 }), ({ criteria, weights }, k) => {
        const scaled = Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, k * w]));
        const a = rankOptions(criteria, weights);
        const b = rankOptions(criteria, scaled);
        if (a.status !== 'ranked' || b.status !== 'ranked') {
          expect(b.status).toBe(a.status);
          return;
        }
        const sumsA = new Map(a.options.map((o) => [o.optionId, o.weightedSum]));
        for (const o of b.options) expect(o.weightedSum).toBe(k * sumsA.get(o.optionId)!);
        expect(shape(criteria, scaled)).toEqual(shape(criteria, weights));
      }),
      { numRuns: 500 },
    );
  });

  it('never changes the ranking when every weight is multiplied by a power of two, up or down', () => {
    fc.assert(
      fc.property(
        decision,
        fc.integer({ min: -30, max: 30 }),
        ({ criteria, weights }, exponent) => {
          const c = 2 ** exponent;
          const scaled = Object.fromEntries(Object.entries(weights).map(([id, w]) => [id, c * w]));
          expect(shape(criteria, scaled)).toEqual(shape(criteria, weights));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never lowers an option’s rank or place when one of its scores is raised', () => {
    fc.assert(
      fc.property(
        decision,
        fc.nat(),
        optionId,
        fc.integer({ min: 1, max: 5 }),
        (d, pick, option, step) => {
          const target = d.criteria[pick % d.criteria.length]!;
          const raised = Math.min(5, target.scores[option].score + step);
          const before = rankOptions(d.criteria, d.weights);
          const after = rankOptions(d.criteria, d.weights, { [target.id]: { [option]: raised } });
          if (before.status !== 'ranked' || after.status !== 'ranked') return;
          const place = (options: RankedOption[]) =>
            options.findIndex((o) => o.optionId === option);
          const rankBefore = before.options[place(before.options)]!.rank;
          const rankAfter = after.options[place(after.options)]!.rank;
          expect(rankAfter).toBeLessThanOrEqual(rankBefore);
          expect(place(after.options)).toBeLessThanOrEqual(place(before.options));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never produces NaN or Infinity, whatever weights and overrides it is given', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer({ min: -5, max: 10 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(optionScores, anyNumber, fc.option(fc.tuple(optionId, anyNumber))), {
          maxLength: 6,
        }),
        (rows) => {
          const criteria = rows.map(([scores], i) => criterion(`c${i}`, scores));
          const weights = Object.fromEntries(rows.map(([, w], i) => [`c${i}`, w]));
          const overrides = Object.fromEntries(
            rows.flatMap(([, , o], i) => (o ? [[`c${i}`, { [o[0]]: o[1] }]] : [])),
          );
          const ranking = rankOptions(criteria, weights, overrides);
          if (ranking.status === 'unranked') return;
          expect(Number.isFinite(ranking.totalWeight)).toBe(true);
          for (const option of ranking.options) {
            for (const n of numbersOf(option)) expect(Number.isFinite(n)).toBe(true);
            expect(option.score).toBeGreaterThanOrEqual(0);
            expect(option.score).toBeLessThanOrEqual(5 + 1e-9);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('sensitivity properties', () => {
  it('flips the top option at the reported weight, and at no nearer weight', () => {
    fc.assert(
      fc.property(decision, ({ criteria, weights }) => {
        const sensitivity = getSensitivity(criteria, weights);
        const top = getTopOptionId(rankOptions(criteria, weights));
        expect(sensitivity.topOptionId).toBe(top);
        for (const s of sensitivity.criteria) {
          const topAt = (w: number) =>
            getTopOptionId(rankOptions(criteria, { ...weights, [s.criterionId]: w }));
          const flips = (w: number) => topAt(w) !== null && topAt(w) !== top;
          for (const flip of [s.raise, s.lower, s.smallest]) {
            if (flip) expect(topAt(flip.weight)).toBe(flip.topOptionId);
            if (flip) expect(flip.topOptionId).not.toBe(top);
          }
          for (let w = MIN_WEIGHT; w <= MAX_WEIGHT; w++) {
            const change = w - s.weight;
            if (change === 0) continue;
            const reported = change > 0 ? s.raise : s.lower;
            // One step less (and every nearer weight in that direction) keeps the top option.
            if (!reported || Math.abs(change) < Math.abs(reported.change))
              expect(flips(w)).toBe(false);
            if (!s.smallest || Math.abs(change) < Math.abs(s.smallest.change)) {
              expect(flips(w)).toBe(false);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('default weight properties', () => {
  it('always gives whole weights 1–5, whatever the assessment says', () => {
    const adjustment = fc.oneof(
      fc
        .tuple(fc.constantFrom('micro', 'small', 'large'), fc.integer({ min: -2, max: 2 }))
        .map(([size, change]) => byProfile('company-size', [size], change)),
      fc
        .tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: -2, max: 2 }))
        .map(([below, change]) => byDimension('technology', below, change)),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.array(adjustment, { maxLength: 4 }))),
        fc.constantFrom('micro', 'small', 'medium', 'large'),
        fc.oneof(fc.double(), fc.constant(null)),
        (rows, size, technology) => {
          const criteria = rows.map(([w, adjustments], i) => weighted(`c${i}`, w, adjustments));
          const result = getDefaultWeights(criteria, {
            profile: { 'company-size': size },
            dimensionScores: { technology },
          });
          for (const w of Object.values(result.weights)) {
            expect(Number.isInteger(w) && w >= 1 && w <= 5).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Any number, including NaN, ±Infinity and negatives: the cost math must cope. */
const wildNumber = fc.oneof(fc.double(), fc.double({ min: 0, max: 1e8, noNaN: true }));
/** A realistic figure: 0 to the schema's maximum. */
const amount = fc.double({ min: 0, max: 1e8, noNaN: true });

function figuresOf(n: fc.Arbitrary<number>): fc.Arbitrary<TcoFigures> {
  return fc.record({
    subscriptionPerUserMonth: n,
    licencePerUser: n,
    implementation: n,
    customization: n,
    integration: n,
    dataMigration: n,
    training: n,
    internalStaffPerYear: n,
    hostingPerYear: n,
    maintenancePercent: n,
    upgradesPerYear: n,
  });
}

function optionsOf(n: fc.Arbitrary<number>): fc.Arbitrary<Record<OptionId, TcoFigures>> {
  return fc.record({
    'packaged-saas': figuresOf(n),
    'packaged-on-premise': figuresOf(n),
    'custom-development': figuresOf(n),
    'hybrid-platform': figuresOf(n),
  });
}

describe('cost properties', () => {
  const users = fc.double({ min: 0, max: 2e5, noNaN: true });
  const years = fc.integer({ min: 1, max: 10 });

  it('never lowers a cost when users grow', () => {
    fc.assert(
      fc.property(optionsOf(amount), users, users, years, (options, u1, u2, y) => {
        const [low, high] = u1 <= u2 ? [u1, u2] : [u2, u1];
        const a = computeTco({ users: low, years: y, options });
        const b = computeTco({ users: high, years: y, options });
        a.options.forEach((option, i) => {
          const other = b.options[i]!;
          expect(other.oneOff).toBeGreaterThanOrEqual(option.oneOff);
          expect(other.yearly).toBeGreaterThanOrEqual(option.yearly);
          option.cumulative.forEach((c, year) =>
            expect(other.cumulative[year]).toBeGreaterThanOrEqual(c),
          );
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a cost when the horizon grows, and keeps the earlier years', () => {
    fc.assert(
      fc.property(optionsOf(amount), users, years, years, (options, u, y1, y2) => {
        const [short, long] = y1 <= y2 ? [y1, y2] : [y2, y1];
        const a = computeTco({ users: u, years: short, options });
        const b = computeTco({ users: u, years: long, options });
        a.options.forEach((option, i) => {
          const other = b.options[i]!;
          expect(other.total).toBeGreaterThanOrEqual(option.total);
          expect(other.cumulative.slice(0, short)).toEqual(option.cumulative);
          other.cumulative.forEach((c, year) => {
            if (year > 0) expect(c).toBeGreaterThanOrEqual(other.cumulative[year - 1]!);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never produces NaN or Infinity, whatever figures, users and years it is given', () => {
    fc.assert(
      fc.property(optionsOf(wildNumber), fc.double(), fc.double(), (options, u, y) => {
        const inputs: TcoInputs = { users: u, years: y, options };
        const result = computeTco(inputs);
        expect(result.options.map((o) => o.cumulative.length)).toEqual(Array(4).fill(result.years));
        for (const option of result.options) {
          const all = [
            option.oneOff,
            option.yearly,
            option.total,
            ...option.cumulative,
            ...Object.values(option.oneOffItems),
            ...Object.values(option.yearlyItems),
          ];
          for (const n of all) expect(Number.isFinite(n) && n >= 0).toBe(true);
        }
        const cheapest = result.options.find((o) => o.optionId === result.cheapestOptionId)!;
        for (const option of result.options)
          expect(cheapest.total).toBeLessThanOrEqual(option.total);
      }),
      { numRuns: 300 },
    );
  });
});

describe('typed number properties', () => {
  const rules = fc.record({
    min: fc.constantFrom(0, 1, -10),
    max: fc.constantFrom(10, 100_000, 100_000_000),
    integer: fc.boolean(),
    decimalSeparator: fc.constantFrom<'.' | ','>('.', ','),
  });
  const numberLike = fc
    .array(fc.constantFrom(...'0123456789.,- +−\u00a0e'.split('')), { maxLength: 24 })
    .map((chars) => chars.join(''));

  it(
    'never throws, and accepts only finite numbers within the rules',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary' }), numberLike), rules, (text, r) => {
          const check = validateNumber(text, r);
          if (!check.ok) return;
          expect(Number.isFinite(check.value)).toBe(true);
          expect(check.value).toBeGreaterThanOrEqual(r.min);
          expect(check.value).toBeLessThanOrEqual(r.max);
          if (r.integer) expect(Number.isInteger(check.value)).toBe(true);
        }),
        { numRuns: 2000 },
      );
    },
    SLOW_TEST_MS,
  );

  it.each<[string, '.' | ',']>([
    ['en-US', '.'],
    ['en-GB', '.'],
    ['es-ES', ','],
    ['es-MX', '.'],
  ])('reads back any amount formatted by Intl for %s', (locale, decimalSeparator) => {
    const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (cents) => {
        const value = cents / 100;
        expect(
          validateNumber(format.format(value), { min: 0, max: 1e8, decimalSeparator }),
        ).toEqual({
          ok: true,
          value,
        });
      }),
      { numRuns: 500 },
    );
  });
});
