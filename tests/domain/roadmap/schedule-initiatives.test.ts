import { describe, expect, it } from 'vitest';
import {
  getPhaseGates,
  scheduleTasks,
  type ScheduleLimits,
  type ScheduleTask,
} from '~/domain/roadmap/schedule-initiatives';
import { task } from './helpers';

const WIDE: ScheduleLimits = { main: 10, changeManagement: 10 };

/** Schedules and returns `id start–end` strings in schedule order. */
function run(tasks: readonly ScheduleTask[], limits: ScheduleLimits = WIDE): string[] {
  return scheduleTasks(tasks, limits).map(({ id, start, end }) => `${id} ${start}–${end}`);
}

describe('scheduleTasks: dependencies', () => {
  it.each<[string, ScheduleTask[], string[]]>([
    [
      'a task starts when its dependency ends',
      [task('b', { dependsOn: ['a'] }), task('a', { weeks: 3 })],
      ['a 0–3', 'b 3–4'],
    ],
    [
      'a task waits for the last of its dependencies',
      [task('a', { weeks: 2 }), task('b', { weeks: 5 }), task('c', { dependsOn: ['a', 'b'] })],
      ['a 0–2', 'b 0–5', 'c 5–6'],
    ],
    [
      'a chain runs one after the other',
      [task('c', { dependsOn: ['b'] }), task('b', { dependsOn: ['a'] }), task('a')],
      ['a 0–1', 'b 1–2', 'c 2–3'],
    ],
    [
      'a dependency that is not a task is ignored',
      [task('a', { dependsOn: ['not-selected'] })],
      ['a 0–1'],
    ],
  ])('%s', (_name, tasks, expected) => {
    expect(run(tasks)).toEqual(expected);
  });
});

describe('scheduleTasks: phase order', () => {
  it.each<[string, ScheduleTask[], ScheduleLimits, string[]]>([
    [
      'a later phase may start in the same week as the last earlier-phase task',
      [task('d', { phase: 'diagnosis' }), task('a', { weeks: 5 })],
      WIDE,
      ['a 0–5', 'd 0–1'],
    ],
    [
      'a later phase waits until every earlier-phase task has started',
      [
        task('a1', { weeks: 3 }),
        task('a2', { weeks: 2, dependsOn: ['a1'] }),
        task('d', { phase: 'diagnosis' }),
        task('x', { phase: 'action' }),
      ],
      WIDE,
      ['a1 0–3', 'a2 3–5', 'd 3–4', 'x 3–4'],
    ],
    [
      'a later phase waits for room that an earlier phase is queueing for',
      [
        task('a1', { weeks: 2 }),
        task('a2', { weeks: 2 }),
        task('d', { phase: 'diagnosis', priority: 99 }),
      ],
      { main: 1, changeManagement: 1 },
      ['a1 0–2', 'a2 2–4', 'd 4–5'],
    ],
    [
      'main-lane work does not wait for change-management work of an earlier phase',
      [
        task('cm', { changeManagement: true, dependsOn: ['a'] }),
        task('a', { weeks: 4 }),
        task('d', { phase: 'diagnosis' }),
      ],
      WIDE,
      ['a 0–4', 'd 0–1', 'cm 4–5'],
    ],
    [
      'change-management work waits for earlier-phase work of both lanes',
      [
        task('a', { weeks: 3 }),
        task('cm-a', { changeManagement: true, dependsOn: ['a'] }),
        task('cm-d', { changeManagement: true, phase: 'diagnosis' }),
      ],
      WIDE,
      ['a 0–3', 'cm-a 3–4', 'cm-d 3–4'],
    ],
    [
      'an earlier-phase task depending on later-phase work does not deadlock',
      [
        task('a', { dependsOn: ['x'] }),
        task('x', { phase: 'action', weeks: 2 }),
        task('d', { phase: 'diagnosis' }),
      ],
      WIDE,
      ['d 0–1', 'x 0–2', 'a 2–3'],
    ],
  ])('%s', (_name, tasks, limits, expected) => {
    expect(run(tasks, limits)).toEqual(expected);
  });

  it.each<[string, ScheduleTask[], Record<string, number>]>([
    [
      'the gate is the phase when dependencies point backwards',
      [
        task('a'),
        task('d', { phase: 'diagnosis', dependsOn: ['a'] }),
        task('x', { phase: 'action' }),
      ],
      { a: 0, d: 1, x: 2 },
    ],
    [
      'a dependency in a later phase raises the gate',
      [
        task('a', { dependsOn: ['d'] }),
        task('d', { phase: 'diagnosis', dependsOn: ['x'] }),
        task('x', { phase: 'action' }),
      ],
      { a: 2, d: 2, x: 2 },
    ],
  ])('getPhaseGates: %s', (_name, tasks, gates) => {
    expect(Object.fromEntries(getPhaseGates(tasks))).toEqual(gates);
  });
});

describe('scheduleTasks: the parallel limits', () => {
  const five = ['a', 'b', 'c', 'd', 'e'].map((id, i) => task(id, { weeks: 2, priority: 10 - i }));

  it.each<[number, string[]]>([
    [1, ['a 0–2', 'b 2–4', 'c 4–6', 'd 6–8', 'e 8–10']],
    [2, ['a 0–2', 'b 0–2', 'c 2–4', 'd 2–4', 'e 4–6']],
    [5, ['a 0–2', 'b 0–2', 'c 0–2', 'd 0–2', 'e 0–2']],
  ])('runs at most %d main-lane tasks at once, highest priority first', (limit, expected) => {
    expect(run(five, { main: limit, changeManagement: 2 })).toEqual(expected);
  });

  it('treats a limit below 1 as 1, so the plan still ends', () => {
    expect(run(five.slice(0, 2), { main: 0, changeManagement: 0 })).toEqual(['a 0–2', 'b 2–4']);
  });

  it('runs change-management work in its own lane, not counted against the main limit', () => {
    const tasks = [
      task('m1', { weeks: 3 }),
      task('m2', { weeks: 3 }),
      task('cm1', { changeManagement: true, weeks: 4, priority: 3 }),
      task('cm2', { changeManagement: true, weeks: 4, priority: 2 }),
      task('cm3', { changeManagement: true, weeks: 4, priority: 1 }),
    ];
    expect(run(tasks, { main: 2, changeManagement: 2 })).toEqual([
      'cm1 0–4',
      'cm2 0–4',
      'm1 0–3',
      'm2 0–3',
      'cm3 4–8',
    ]);
  });

  it('fills a freed slot with the highest-priority ready task, whatever its position', () => {
    const tasks = [
      task('long', { weeks: 6, priority: 5 }),
      task('short', { weeks: 1, priority: 4 }),
      task('low', { priority: 1 }),
      task('high', { priority: 3 }),
    ];
    expect(run(tasks, { main: 2, changeManagement: 2 })).toEqual([
      'long 0–6',
      'short 0–1',
      'high 1–2',
      'low 2–3',
    ]);
  });
});

describe('scheduleTasks: picking among ready tasks', () => {
  it.each<[string, ScheduleTask[], string[]]>([
    [
      'the earlier phase first, even at lower priority',
      [task('d', { phase: 'diagnosis', priority: 99 }), task('a', { priority: 1 })],
      ['a 0–1', 'd 1–2'],
    ],
    [
      'then the higher priority',
      [task('a', { priority: 1 }), task('b', { priority: 2 })],
      ['b 0–1', 'a 1–2'],
    ],
    ['then the higher impact', [task('a'), task('b', { impact: 'high' })], ['b 0–1', 'a 1–2']],
    ['then the lower effort', [task('a'), task('b', { effort: 'low' })], ['b 0–1', 'a 1–2']],
    ['then the id', [task('b'), task('a')], ['a 0–1', 'b 1–2']],
  ])('%s', (_name, tasks, expected) => {
    expect(run(tasks, { main: 1, changeManagement: 1 })).toEqual(expected);
  });

  it('schedules nothing when there is nothing to do', () => {
    expect(scheduleTasks([], WIDE)).toEqual([]);
  });

  it('reports a dependency cycle instead of looping forever', () => {
    const tasks = [
      task('free', { weeks: 2 }),
      task('a', { dependsOn: ['b'] }),
      task('b', { dependsOn: ['a'] }),
    ];
    expect(() => scheduleTasks(tasks, WIDE)).toThrow(/dependency cycle: a, b\./);
  });
});
