import { describe, expect, it } from 'vitest';
import {
  getLatestEnds,
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

describe('scheduleTasks: the clock, later work and the support desk (#13)', () => {
  it.each<[string, ScheduleTask[], ScheduleLimits, string[]]>([
    [
      'with room short, the task with the least slack before its deadline goes first',
      [task('free', { weeks: 3, priority: 99 }), task('due', { weeks: 2, deadline: 2 })],
      { main: 1, changeManagement: 1 },
      ['due 0–2', 'free 2–5'],
    ],
    [
      'a deadline reaches back along the dependencies',
      [
        task('free', { weeks: 3, priority: 99 }),
        task('prep', { weeks: 1 }),
        task('go', { weeks: 1, deadline: 2, dependsOn: ['prep'] }),
      ],
      { main: 1, changeManagement: 1 },
      ['prep 0–1', 'go 1–2', 'free 2–5'],
    ],
    [
      'without deadlines, the earlier phase goes first, then the rank',
      [task('x', { phase: 'action', priority: 99 }), task('a'), task('b', { priority: 5 })],
      { main: 1, changeManagement: 1 },
      ['b 0–1', 'a 1–2', 'x 2–3'],
    ],
    [
      'later work takes only the room the plan leaves, never delaying it',
      [
        task('later', { weeks: 3, later: true, priority: 99 }),
        task('plan-1', { weeks: 1 }),
        task('plan-2', { weeks: 2, dependsOn: ['plan-1'] }),
      ],
      { main: 1, changeManagement: 1 },
      ['plan-1 0–1', 'plan-2 1–3', 'later 3–6'],
    ],
    [
      'later work that the plan needs is planned with the plan',
      [task('later', { later: true }), task('plan', { dependsOn: ['later'] })],
      WIDE,
      ['later 0–1', 'plan 1–2'],
    ],
    [
      'a task waits for its earliest week, even with nothing else to do',
      [task('wait', { notBefore: 5 }), task('now', { notBefore: 0 })],
      WIDE,
      ['now 0–1', 'wait 5–6'],
    ],
    [
      'an unlimited task starts as soon as it is ready and takes no room',
      [
        task('busy', { weeks: 4 }),
        task('live', { weeks: 1 }),
        task('desk', { weeks: 3, unlimited: true, dependsOn: ['live'] }),
      ],
      { main: 1, changeManagement: 1 },
      ['busy 0–4', 'live 4–5', 'desk 5–8'],
    ],
  ])('%s', (_name, tasks, limits, expected) => {
    expect(run(tasks, limits)).toEqual(expected);
  });

  it('getLatestEnds: a deadline, and the latest start of what waits on a task', () => {
    const latest = getLatestEnds([
      task('a', { weeks: 2 }),
      task('b', { weeks: 3, dependsOn: ['a', 'not-a-task'], deadline: 10 }),
      task('c'),
    ]);
    expect(Object.fromEntries(latest)).toEqual({ a: 7, b: 10, c: Number.POSITIVE_INFINITY });
  });
});

describe('scheduleTasks: a go-live that ends with the work it needs (#13)', () => {
  it.each<[string, ScheduleTask[], ScheduleLimits, string[]]>([
    [
      'starts so that it ends with the longer work it waits for, not after it',
      [task('analysis', { weeks: 6 }), task('live', { weeks: 2, finishAfter: ['analysis'] })],
      WIDE,
      ['analysis 0–6', 'live 4–6'],
    ],
    [
      'starts at once when the work it waits for ends sooner',
      [task('live', { weeks: 4, finishAfter: ['analysis'] }), task('analysis', { weeks: 1 })],
      WIDE,
      ['analysis 0–1', 'live 0–4'],
    ],
    [
      'waits for work that has no room yet, and ignores ids that are not tasks',
      [
        task('busy', { weeks: 3 }),
        task('analysis', { weeks: 2, priority: -1 }),
        task('live', { weeks: 1, finishAfter: ['analysis', 'not-a-task'] }),
      ],
      { main: 1, changeManagement: 1 },
      ['busy 0–3', 'analysis 3–5', 'live 5–6'],
    ],
    [
      'keeps later work that the go-live waits for in the plan’s pass',
      [
        task('live', { weeks: 2, finishAfter: ['needed'] }),
        task('needed', { weeks: 3, later: true }),
        task('rest', { weeks: 1, later: true }),
      ],
      { main: 1, changeManagement: 1 },
      ['needed 0–3', 'live 3–5', 'rest 5–6'],
    ],
  ])('%s', (_name, tasks, limits, expected) => {
    expect(run(tasks, limits)).toEqual(expected);
  });

  it('getLatestEnds: the work a go-live waits for must end by the go-live’s latest end', () => {
    const latest = getLatestEnds([
      task('analysis', { weeks: 2 }),
      task('live', { weeks: 3, finishAfter: ['analysis'], deadline: 10 }),
    ]);
    expect(Object.fromEntries(latest)).toEqual({ analysis: 10, live: 10 });
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
