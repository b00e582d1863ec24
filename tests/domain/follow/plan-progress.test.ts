import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InitiativeProgress, InitiativeStatus } from '~/domain/assessment/assessment';
import {
  getDependents,
  getEffectiveStatus,
  getPlanStanding,
  type ProgressItem,
} from '~/domain/follow/plan-progress';
import { SLOW_TEST_MS } from '../../slow-test';

/** A plan item; weeks from the start of the plan (2027-01-04, a Monday). */
function item(id: string, start: number, end: number, extra: Partial<ProgressItem> = {}) {
  return {
    id,
    phase: 'analysis',
    start,
    end,
    dependsOn: [],
    owner: 'Dirección',
    ...extra,
  } as const;
}

const PLAN_START = '2027-01-04';
const ITEMS: readonly ProgressItem[] = [
  item('sponsor', 0, 2),
  item('team', 0, 4, { owner: 'Proyecto' }),
  item('design', 2, 6, { phase: 'diagnosis', dependsOn: ['sponsor'] }),
  item('build', 6, 12, { phase: 'action', dependsOn: ['design'], owner: 'Proyecto' }),
  item('train', 12, 14, { phase: 'action', dependsOn: ['build', 'team'] }),
];

describe('getEffectiveStatus', () => {
  it.each<[InitiativeStatus, string, string]>([
    ['not-started', '2027-02-01', 'late'],
    ['in-progress', '2027-02-01', 'late'],
    ['done', '2027-02-01', 'done'],
    ['dropped', '2027-02-01', 'dropped'],
    ['in-progress', '2027-01-10', 'in-progress'],
    ['not-started', '2027-01-14', 'not-started'],
  ])('%s with today %s is %s (planned finish 2027-01-14)', (recorded, today, expected) => {
    expect(getEffectiveStatus(recorded, '2027-01-14', today)).toBe(expected);
  });

  it(
    'never calls a done or dropped initiative late (#16)',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom<InitiativeStatus>('done', 'dropped'),
          fc.date({
            min: new Date('2000-01-01'),
            max: new Date('2100-01-01'),
            noInvalidDate: true,
          }),
          fc.date({
            min: new Date('2000-01-01'),
            max: new Date('2100-01-01'),
            noInvalidDate: true,
          }),
          (status, finish, today) => {
            const result = getEffectiveStatus(
              status,
              finish.toISOString().slice(0, 10),
              today.toISOString().slice(0, 10),
            );
            expect(result).toBe(status);
          },
        ),
      );
    },
    SLOW_TEST_MS,
  );
});

describe('getDependents', () => {
  it('finds the items waiting for one, directly or not, in plan order', () => {
    expect(getDependents('sponsor', ITEMS)).toEqual(['design', 'build', 'train']);
    expect(getDependents('team', ITEMS)).toEqual(['train']);
    expect(getDependents('train', ITEMS)).toEqual([]);
  });

  it('finds every item waiting for one, when several do', () => {
    const fan = [
      item('root', 0, 1),
      item('left', 1, 2, { dependsOn: ['root'] }),
      item('right', 1, 2, { dependsOn: ['root'] }),
      item('join', 2, 3, { dependsOn: ['left', 'right'] }),
    ];
    expect(getDependents('root', fan)).toEqual(['left', 'right', 'join']);
  });

  it('ends on a cycle in hand-edited data', () => {
    const loop = [item('a', 0, 1, { dependsOn: ['b'] }), item('b', 0, 1, { dependsOn: ['a'] })];
    expect(getDependents('a', loop)).toEqual(['b']);
  });
});

describe('getPlanStanding', () => {
  const progress: Record<string, InitiativeProgress> = {
    sponsor: { status: 'in-progress', actualStart: '2027-01-06' },
    team: { status: 'done', actualStart: '2027-01-04', actualFinish: '2027-01-27' },
    build: { status: 'dropped', reason: 'Bought instead.' },
  };
  const standing = getPlanStanding({
    items: ITEMS,
    progress,
    planStart: PLAN_START,
    today: '2027-02-20',
  });

  it('gives each item its planned and actual dates, and how far each slipped', () => {
    expect(standing.items[0]).toEqual({
      id: 'sponsor',
      phase: 'analysis',
      owner: 'Dirección',
      recorded: 'in-progress',
      status: 'late',
      plannedStart: '2027-01-04',
      plannedFinish: '2027-01-15',
      actualStart: '2027-01-06',
      actualFinish: undefined,
      startSlipDays: 2,
      finishSlipDays: undefined,
      holdsUp: ['design', 'train'],
    });
    expect(standing.items[1]).toMatchObject({ status: 'done', finishSlipDays: -2 });
  });

  it('says which open items a late one holds up, leaving out done and dropped ones', () => {
    expect(standing.items.map((i) => [i.id, i.status, i.holdsUp])).toEqual([
      ['sponsor', 'late', ['design', 'train']],
      ['team', 'done', []],
      ['design', 'late', ['train']],
      ['build', 'dropped', []],
      ['train', 'not-started', []],
    ]);
  });

  it('counts statuses overall, by phase and by owner', () => {
    expect(standing.total).toEqual({
      done: 1,
      'in-progress': 0,
      late: 2,
      'not-started': 1,
      dropped: 1,
    });
    expect(standing.byPhase['action']).toMatchObject({ dropped: 1, 'not-started': 1 });
    expect(Object.keys(standing.byPhase)).toEqual(['analysis', 'diagnosis', 'action']);
    expect(standing.byOwner['Proyecto']).toMatchObject({ done: 1, dropped: 1 });
  });

  it('takes an owner named `__proto__` as any other name', () => {
    const odd = getPlanStanding({
      items: [item('a', 0, 1, { owner: '__proto__' })],
      progress: {},
      planStart: PLAN_START,
      today: PLAN_START,
    });
    expect(odd.byOwner['__proto__']).toMatchObject({ 'not-started': 1 });
  });

  it('gives a zero-week item a day of its own', () => {
    const zero = getPlanStanding({
      items: [item('gate', 2, 2)],
      progress: {},
      planStart: PLAN_START,
      today: PLAN_START,
    });
    expect(zero.items[0]).toMatchObject({
      plannedStart: '2027-01-18',
      plannedFinish: '2027-01-22',
    });
  });

  it(
    'never reports a done item late, whatever the day (#16)',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2000 }), (offset) => {
          const today = new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const done = Object.fromEntries(ITEMS.map((i) => [i.id, { status: 'done' as const }]));
          const all = getPlanStanding({
            items: ITEMS,
            progress: done,
            planStart: PLAN_START,
            today,
          });
          expect(all.total.done).toBe(ITEMS.length);
          expect(all.items.every((i) => i.holdsUp.length === 0)).toBe(true);
        }),
      );
    },
    SLOW_TEST_MS,
  );
});
