import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RunSummary } from '~/domain/follow/trend';
import {
  INDEX_ROW,
  TREND_CHANGE_COUNT,
  buildTrendView,
  getOrganizationChoices,
} from '~/domain/follow/trend-view';
import { SLOW_TEST_MS } from '../../slow-test';

const ORDER = ['strategy', 'data', 'people', 'tech', 'ops'];

const RUNS: readonly RunSummary[] = [
  {
    id: 'r2',
    date: '2027-07-01T10:00:00.000Z',
    index: 55.4,
    areas: { strategy: 60, data: 40.6, people: null, tech: 50, ops: 70 },
    blockers: ['q-b', 'q-c'],
  },
  {
    id: 'r1',
    date: '2027-01-01T10:00:00.000Z',
    index: 40.5,
    areas: { strategy: 40, data: 50, people: 30, ops: 80, legacy: 20 },
    blockers: ['q-a', 'q-b'],
  },
  {
    id: 'r3',
    date: '2028-01-01T10:00:00.000Z',
    index: null,
    areas: { strategy: 70, data: 35.4, people: 40, tech: 55, ops: 60 },
    blockers: ['q-c', 'q-d'],
  },
];

describe('buildTrendView', () => {
  const view = buildTrendView(RUNS, ORDER);

  it('is null with fewer than two runs: the trend appears with the next run', () => {
    expect(buildTrendView([], ORDER)).toBeNull();
    expect(buildTrendView([RUNS[0] as RunSummary], ORDER)).toBeNull();
  });

  it('puts the runs oldest first, as days', () => {
    expect(view?.runs).toEqual([
      { id: 'r1', day: '2027-01-01' },
      { id: 'r2', day: '2027-07-01' },
      { id: 'r3', day: '2028-01-01' },
    ]);
    expect(view?.previous).toEqual({ id: 'r2', day: '2027-07-01' });
  });

  it('draws the index first, then the areas in questionnaire order, then the others', () => {
    expect(view?.rows.map((r) => r.id)).toEqual([INDEX_ROW, ...ORDER, 'legacy']);
  });

  it.each([
    [INDEX_ROW, [41, 55, null], null],
    ['strategy', [40, 60, 70], 30],
    ['data', [50, 41, 35], -15],
    ['people', [30, null, 40], 10],
    ['tech', [null, 50, 55], null],
    ['ops', [80, 70, 60], -20],
    ['legacy', [20, null, null], null],
  ])('gives %s as whole scores %j with its change %s', (id, values, change) => {
    expect(view?.rows.find((r) => r.id === id)).toEqual({ id, values, change });
  });

  it('names the areas that rose and fell most, in whole points with both ends', () => {
    expect(view?.improved).toEqual([
      { dimensionId: 'strategy', change: 30, from: 40, to: 70 },
      { dimensionId: 'people', change: 10, from: 30, to: 40 },
    ]);
    expect(view?.slipped).toEqual([
      { dimensionId: 'ops', change: -20, from: 80, to: 60 },
      { dimensionId: 'data', change: -15, from: 50, to: 35 },
    ]);
  });

  it(`keeps at most ${TREND_CHANGE_COUNT} areas each way, ties in the table's order`, () => {
    const areas = (value: number) =>
      Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((id, i) => [id, value + (i < 2 ? 0 : i)]));
    const two = buildTrendView(
      [
        { id: 'x', date: '2027-01-01T00:00:00Z', index: 1, areas: areas(10), blockers: [] },
        { id: 'y', date: '2027-02-01T00:00:00Z', index: 1, areas: areas(20), blockers: [] },
      ],
      ['a', 'b', 'c', 'd', 'e'],
    );
    expect(two?.improved.map((m) => m.dimensionId)).toEqual(['a', 'b', 'c']);
    expect(two?.slipped).toEqual([]);
    expect(two?.rows[0]?.change).toBe(0);
  });

  it('compares the blockers of the latest run with the run before it', () => {
    expect(view?.blockersResolved).toEqual(['q-b']);
    expect(view?.blockersNew).toEqual(['q-d']);
  });

  it(
    'gives the same view for the same runs in any order (dates in any order, one series)',
    () => {
      const day = fc
        .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
        .map((ms) => new Date(ms).toISOString());
      const score = fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null });
      const run = fc.record({
        date: day,
        index: score,
        areas: fc.record({ strategy: score, data: score }),
        blockers: fc.subarray(['q-a', 'q-b', 'q-c']),
      });
      fc.assert(
        fc.property(
          fc.array(run, { minLength: 2, maxLength: 8 }).chain((runs) => {
            const withIds = runs.map((r, i) => ({ ...r, id: `r${i}` }));
            return fc.tuple(
              fc.constant(withIds),
              fc.shuffledSubarray(withIds, {
                minLength: withIds.length,
                maxLength: withIds.length,
              }),
            );
          }),
          ([runs, shuffled]) => {
            const view = buildTrendView(runs, ORDER);
            expect(buildTrendView(shuffled, ORDER)).toEqual(view);
            const days = view?.runs.map((r) => r.day) ?? [];
            expect([...days].sort()).toEqual(days);
            for (const row of view?.rows ?? []) {
              for (const value of row.values) {
                if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
                if (value !== null) expect(value).toBeLessThanOrEqual(100);
              }
            }
          },
        ),
      );
    },
    SLOW_TEST_MS,
  );
});

describe('getOrganizationChoices', () => {
  const make = (id: string, createdAt: string, organizationId?: string) => ({
    id,
    name: `Run ${id}`,
    organization: 'Acme',
    createdAt,
    ...(organizationId === undefined ? {} : { organizationId }),
  });
  const first = make('a', '2027-01-01T09:00:00Z');
  const second = make('b', '2027-06-01T09:00:00Z', 'a');
  const other = make('c', '2026-06-01T09:00:00Z');
  const twin = make('d', '2026-06-01T09:00:00Z', 'gone');

  it('lists the other assessments oldest first (ties by id), each with its organization', () => {
    const choices = getOrganizationChoices([second, first, twin, other], 'a');
    expect(choices.options).toEqual([
      { id: 'c', name: 'Run c', organization: 'Acme', day: '2026-06-01', link: 'c' },
      { id: 'd', name: 'Run d', organization: 'Acme', day: '2026-06-01', link: 'gone' },
      { id: 'b', name: 'Run b', organization: 'Acme', day: '2027-06-01', link: 'a' },
    ]);
  });

  it.each([
    ['a first run: its own organization', [first, second], 'a', null],
    [
      'a link to itself: its own organization',
      [make('a', first.createdAt, 'a'), second],
      'a',
      null,
    ],
    ['a run linked to a first run here: that run', [first, second, other], 'b', 'a'],
    [
      'a run whose first run is gone: another run of its organization',
      [twin, make('e', '2027-01-01T00:00:00Z', 'gone')],
      'e',
      'd',
    ],
    ['a run linked to an organization with no run here: its own', [twin, other], 'd', null],
    ['an assessment that is not there: its own', [first], 'zz', null],
  ])('selects, for %s', (_, all, id, selected) => {
    expect(getOrganizationChoices(all, id).selected).toBe(selected);
  });
});
