import { describe, expect, it } from 'vitest';
import { buildKpiChart } from '~/domain/follow/kpi-chart';

const base = { planStart: '2027-01-04', targetDate: '2027-12-31' };
const measurements = [
  { date: '2027-03-01', value: 48 },
  { date: '2027-02-01', value: 42, note: 'first' },
];

describe('buildKpiChart', () => {
  it.each([
    [
      'measurements alone',
      {},
      { days: ['2027-02-01', '2027-03-01'], measured: [42, 48], baseline: null, target: null },
    ],
    [
      'a baseline: the plan start comes first',
      { baselineValue: 40 },
      {
        days: ['2027-01-04', '2027-02-01', '2027-03-01'],
        measured: [null, 42, 48],
        baseline: [40, 40, 40],
        target: null,
      },
    ],
    [
      'a target: its date comes last',
      { baselineValue: 40, targetValue: 70 },
      {
        days: ['2027-01-04', '2027-02-01', '2027-03-01', '2027-12-31'],
        measured: [null, 42, 48, null],
        baseline: [40, 40, 40, 40],
        target: [70, 70, 70, 70],
      },
    ],
  ])('draws %s', (_, figures, expected) => {
    expect(buildKpiChart({ ...base, ...figures, measurements })).toEqual(expected);
    expect(
      buildKpiChart({ ...base, ...figures, measurements: [...measurements].reverse() }),
    ).toEqual(expected);
  });

  it('shows a measurement on the plan start day once', () => {
    const chart = buildKpiChart({
      ...base,
      baselineValue: 40,
      measurements: [{ date: '2027-01-04', value: 41 }],
    });
    expect(chart.days).toEqual(['2027-01-04']);
    expect(chart.measured).toEqual([41]);
  });
});
