import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiMeasurement } from '~/domain/assessment/assessment';
import {
  getExpectedValue,
  getKpiSeries,
  getKpiStatus,
  isAtLeastAsGood,
  type KpiDirection,
  type KpiStatusInput,
  type KpiTrack,
} from '~/domain/follow/kpi-status';
import { SLOW_TEST_MS } from '../../slow-test';

const BASE: KpiStatusInput = {
  direction: 'higher',
  frequency: 'monthly',
  baselineValue: 40,
  targetValue: 80,
  targetDate: '2027-12-31',
  measurements: [],
  planStart: '2027-01-01',
  today: '2027-07-10',
};

function m(date: string, value: number, note?: string): KpiMeasurement {
  return note === undefined ? { date, value } : { date, value, note };
}

describe('getKpiSeries', () => {
  it('sorts by date, then value and note on one day', () => {
    const series = getKpiSeries([
      m('2027-03-01', 5),
      m('2027-01-01', 9, 'b'),
      m('2027-01-01', 9, 'a'),
      m('2027-01-01', 9),
      m('2027-01-01', 2),
    ]);
    expect(series).toEqual([
      m('2027-01-01', 2),
      m('2027-01-01', 9),
      m('2027-01-01', 9, 'a'),
      m('2027-01-01', 9, 'b'),
      m('2027-03-01', 5),
    ]);
  });

  it(
    'gives the same series for the same measurements in any order (#16)',
    () => {
      const measurement = fc.record({
        date: fc.constantFrom('2027-01-01', '2027-02-01', '2027-03-15', '2028-01-01'),
        value: fc.integer({ min: -5, max: 5 }),
      });
      const listAndShuffle = fc
        .array(measurement, { maxLength: 12 })
        .chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        );
      fc.assert(
        fc.property(listAndShuffle, ([list, shuffled]) => {
          expect(getKpiSeries(shuffled)).toEqual(getKpiSeries(list));
        }),
      );
    },
    SLOW_TEST_MS,
  );
});

describe('getExpectedValue', () => {
  const line = { baseline: 40, target: 80, planStart: '2027-01-01', targetDate: '2027-01-11' };

  it.each<[string, number]>([
    ['2026-12-01', 40],
    ['2027-01-01', 40],
    ['2027-01-06', 60],
    ['2027-01-11', 80],
    ['2027-06-01', 80],
  ])('on %s the trajectory stands at %d', (day, expected) => {
    expect(getExpectedValue(line, day)).toBe(expected);
  });

  it('is the target when the target date is not after the start', () => {
    expect(getExpectedValue({ ...line, targetDate: '2027-01-01' }, '2026-01-01')).toBe(80);
  });
});

describe('getKpiStatus', () => {
  it.each<[string, Partial<KpiStatusInput>, KpiTrack, number | undefined]>([
    ['nothing measured', {}, 'no-data', undefined],
    [
      'no numeric target',
      { targetValue: undefined, measurements: [m('2027-07-01', 50)] },
      'no-target',
      undefined,
    ],
    [
      'above the trajectory, higher is better',
      { measurements: [m('2027-07-02', 61)] },
      'on-track',
      60,
    ],
    ['below it', { measurements: [m('2027-07-02', 59)] }, 'off-track', 60],
    [
      'below it, lower is better',
      {
        direction: 'lower',
        baselineValue: 80,
        targetValue: 40,
        measurements: [m('2027-07-02', 59)],
      },
      'on-track',
      60,
    ],
    [
      'above it, lower is better',
      {
        direction: 'lower',
        baselineValue: 80,
        targetValue: 40,
        measurements: [m('2027-07-02', 61)],
      },
      'off-track',
      60,
    ],
    [
      'after the target date, met',
      { today: '2028-01-10', measurements: [m('2027-07-02', 20), m('2028-01-05', 80)] },
      'on-track',
      80,
    ],
    [
      'after the target date, ahead of the old trajectory but not met',
      { today: '2028-01-10', measurements: [m('2027-12-01', 79)] },
      'off-track',
      80,
    ],
    [
      'no baseline: the first measurement stands in',
      { baselineValue: undefined, measurements: [m('2027-01-01', 10), m('2027-07-02', 45)] },
      'on-track',
      45,
    ],
    [
      'no target date: twelve months after the start',
      { targetDate: undefined, measurements: [m('2027-07-02', 60)] },
      'on-track',
      60,
    ],
  ])('%s: %s', (_name, change, track, expected) => {
    const status = getKpiStatus({ ...BASE, ...change });
    expect(status.track).toBe(track);
    if (expected === undefined) expect(status.expected).toBeUndefined();
    else expect(status.expected).toBeCloseTo(expected, 0);
  });

  it('gives the latest value and the next review, due once it has passed', () => {
    const status = getKpiStatus({
      ...BASE,
      measurements: [m('2027-06-01', 70), m('2027-05-01', 50)],
    });
    expect(status.latest).toEqual(m('2027-06-01', 70));
    expect(status.nextReview).toBe('2027-07-01');
    expect(status.due).toBe(true);
    expect(getKpiStatus({ ...BASE, measurements: [m('2027-07-01', 70)] }).due).toBe(false);
  });

  it('counts the first review from the plan start when nothing is measured', () => {
    const status = getKpiStatus({ ...BASE, frequency: 'yearly' });
    expect([status.nextReview, status.due, status.targetDate]).toEqual([
      '2028-01-01',
      false,
      '2027-12-31',
    ]);
  });

  it(
    'respects the direction: a value on track one way is off track the other (#16)',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: -100, max: 100 }),
          fc.integer({ min: -100, max: 100 }),
          fc.constantFrom<KpiDirection>('higher', 'lower'),
          (value, reference, direction) => {
            const other = direction === 'higher' ? 'lower' : 'higher';
            const good = isAtLeastAsGood(value, reference, direction);
            const bad = isAtLeastAsGood(value, reference, other);
            expect(good && bad).toBe(value === reference);
            expect(good || bad).toBe(true);
            const status = getKpiStatus({
              ...BASE,
              direction,
              baselineValue: reference,
              targetValue: reference,
              measurements: [m('2027-07-01', value)],
            });
            expect(status.track === 'on-track').toBe(good);
          },
        ),
      );
    },
    SLOW_TEST_MS,
  );
});
