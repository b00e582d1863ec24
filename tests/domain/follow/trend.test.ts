import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTrend,
  getOrganizationRuns,
  getRunSummaries,
  sortRuns,
  type RunSummary,
} from '~/domain/follow/trend';
import { SLOW_TEST_MS } from '../../slow-test';

const RUNS: readonly RunSummary[] = [
  {
    id: 'r2',
    date: '2027-07-01T10:00:00.000Z',
    index: 55,
    areas: { strategy: 60, data: 40, people: null, tech: 50 },
    blockers: ['q-b', 'q-c'],
  },
  {
    id: 'r1',
    date: '2027-01-01T10:00:00+01:00',
    index: 40,
    areas: { strategy: 40, data: 50, people: 30, ops: 80 },
    blockers: ['q-a', 'q-b'],
  },
  {
    id: 'r3',
    date: '2028-01-01T10:00:00.000Z',
    index: null,
    areas: { strategy: 70, data: 35, people: 40, tech: 55, ops: 60 },
    blockers: ['q-c', 'q-d'],
  },
];

describe('buildTrend', () => {
  const trend = buildTrend(RUNS);

  it('puts the runs oldest first and draws the index and each area', () => {
    expect(trend.runs.map((r) => r.id)).toEqual(['r1', 'r2', 'r3']);
    expect(trend.index.map((p) => [p.runId, p.value])).toEqual([
      ['r1', 40],
      ['r2', 55],
      ['r3', null],
    ]);
    expect(trend.areas['tech']?.map((p) => p.value)).toEqual([null, 50, 55]);
    expect(trend.areas['ops']?.map((p) => p.value)).toEqual([80, null, 60]);
    expect(Object.keys(trend.areas)).toEqual(['strategy', 'data', 'people', 'ops', 'tech']);
  });

  it('lists the areas that improved and slipped most, first run to latest', () => {
    expect(trend.mostImproved).toEqual([
      { dimensionId: 'strategy', change: 30 },
      { dimensionId: 'people', change: 10 },
    ]);
    expect(trend.mostSlipped).toEqual([
      { dimensionId: 'ops', change: -20 },
      { dimensionId: 'data', change: -15 },
    ]);
  });

  it('lists the blockers the latest run resolved and added against the one before', () => {
    expect(trend.blockersResolved).toEqual(['q-b']);
    expect(trend.blockersNew).toEqual(['q-d']);
  });

  it('is empty without runs', () => {
    expect(buildTrend([])).toEqual({
      runs: [],
      index: [],
      areas: {},
      mostImproved: [],
      mostSlipped: [],
      blockersResolved: [],
      blockersNew: [],
    });
  });

  it('keeps two copies of one run side by side', () => {
    const same = { id: 'a', date: '2027-01-01T00:00:00Z', index: 1, areas: {}, blockers: [] };
    expect(sortRuns([same, { ...same }])).toEqual([same, same]);
  });

  it('orders runs made at the same instant by id', () => {
    const same = { date: '2027-01-01T00:00:00Z', index: 1, areas: {}, blockers: [] };
    expect(
      sortRuns([
        { ...same, id: 'b' },
        { ...same, id: 'a' },
        { ...same, id: 'b' },
      ]).map((r) => r.id),
    ).toEqual(['a', 'b', 'b']);
  });

  it(
    'gives, for one run, that run: its own points and no change (#16)',
    () => {
      const run = fc.record({
        id: fc.string({ minLength: 1 }),
        date: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        index: fc.option(fc.integer({ min: 0, max: 100 })),
        areas: fc.dictionary(
          fc.string({ minLength: 1 }),
          fc.option(fc.integer({ min: 0, max: 100 })),
        ),
        blockers: fc.uniqueArray(fc.string()),
      });
      fc.assert(
        fc.property(run, (one) => {
          const trend = buildTrend([one]);
          expect(trend.runs).toEqual([one]);
          expect(trend.index).toEqual([{ runId: one.id, date: one.date, value: one.index }]);
          for (const [id, score] of Object.entries(one.areas)) {
            expect(trend.areas[id]).toEqual([{ runId: one.id, date: one.date, value: score }]);
          }
          expect([
            trend.mostImproved,
            trend.mostSlipped,
            trend.blockersResolved,
            trend.blockersNew,
          ]).toEqual([[], [], [], []]);
        }),
      );
    },
    SLOW_TEST_MS,
  );
});

describe('getOrganizationRuns', () => {
  it('takes the runs linked to an organization, the first run by its own id', () => {
    const all = [
      { id: 'o' },
      { id: 'x', organizationId: 'o' },
      { id: 'y' },
      { id: 'z', organizationId: 'y' },
    ];
    expect(getOrganizationRuns(all, 'o').map((a) => a.id)).toEqual(['o', 'x']);
  });
});

describe('getRunSummaries', () => {
  it('scores each run of the organization and keeps what the trend needs', () => {
    const all = [
      { id: 'a', createdAt: '2027-01-01T00:00:00Z' },
      { id: 'b', createdAt: '2027-06-01T00:00:00Z', organizationId: 'a' },
      { id: 'c', createdAt: '2027-03-01T00:00:00Z' },
    ];
    const runs = getRunSummaries(all, 'a', (run) => ({
      index: run.id === 'a' ? 40 : 55,
      dimensions: [{ dimensionId: 'strategy', score: run.id === 'a' ? null : 60 }] as never,
      blockers: run.id === 'a' ? ['q-a'] : [],
    }));
    expect(runs).toEqual([
      {
        id: 'a',
        date: '2027-01-01T00:00:00Z',
        index: 40,
        areas: { strategy: null },
        blockers: ['q-a'],
      },
      { id: 'b', date: '2027-06-01T00:00:00Z', index: 55, areas: { strategy: 60 }, blockers: [] },
    ]);
  });
});
