// The clock rules out a time-box that cannot hold its deadlines even with free lanes, without
// scheduling it: the plan must be exactly the one the plain loop over every box gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getEarliestEnds,
  meetsDeadlines,
  scheduleOnClock,
  TIME_BOXES,
  type ClockWeeks,
} from '~/domain/roadmap/plan-clock';
import {
  getLatestEnds,
  scheduleTasks,
  type ScheduleLimits,
  type ScheduleTask,
} from '~/domain/roadmap/schedule-initiatives';
import { PHASE_IDS } from '~/domain/scoring/model';

/** The loop as it was before the pruning: every box that changes a week is scheduled. */
function scheduleEveryBox(
  tasks: readonly ScheduleTask[],
  limits: ScheduleLimits,
  weeks: ClockWeeks,
) {
  const latest = getLatestEnds(tasks);
  const boxed = (t: ScheduleTask) => latest.get(t.id)! < Infinity && !weeks.keep.has(t.id);
  let trial: ScheduleTask[] = [...tasks];
  let schedule = scheduleTasks(trial, limits);
  for (const [index, [soft, hard]] of TIME_BOXES.entries()) {
    const previous = trial;
    trial = tasks.map((t) =>
      boxed(t)
        ? {
            ...t,
            weeks: Math.max(1, Math.round((t.weeks * (weeks.soft.has(t.id) ? soft : hard)) / 100)),
          }
        : t,
    );
    if (index > 0 && trial.every((t, i) => t.weeks === previous[i]!.weeks)) continue;
    schedule = scheduleTasks(trial, limits);
    if (meetsDeadlines(trial, schedule)) break;
  }
  return { schedule, tasks: trial };
}

/** A plan of up to 14 tasks; each waits only on earlier ones, so there is no cycle. */
const planArbitrary = fc
  .array(
    fc.record({
      phase: fc.constantFrom(...PHASE_IDS),
      changeManagement: fc.boolean(),
      weeks: fc.integer({ min: 1, max: 14 }),
      deadline: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
      notBefore: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }),
      later: fc.boolean(),
      unlimited: fc.boolean(),
      soft: fc.boolean(),
      keep: fc.boolean(),
      dependsOn: fc.array(fc.nat(), { maxLength: 3 }),
      finishAfter: fc.array(fc.nat(), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 14 },
  )
  .map((rows) => {
    const tasks = rows.map((row, i): ScheduleTask => {
      const earlier = (picks: number[]) =>
        i === 0 ? [] : [...new Set(picks.map((pick) => `t${pick % i}`))];
      const task: ScheduleTask = {
        id: `t${i}`,
        phase: row.phase,
        changeManagement: row.changeManagement,
        weeks: row.weeks,
        deadline: row.later ? undefined : row.deadline,
        notBefore: row.notBefore,
        later: row.later,
        unlimited: row.unlimited,
        dependsOn: [...earlier(row.dependsOn), 'not-a-task'],
        finishAfter: earlier(row.finishAfter),
        impact: 'high',
        effort: 'medium',
        priority: i % 3,
      };
      return task;
    });
    const weeks: ClockWeeks = {
      keep: new Set(rows.flatMap((row, i) => (row.keep ? [`t${i}`] : []))),
      soft: new Set(rows.flatMap((row, i) => (row.soft ? [`t${i}`] : []))),
    };
    return { tasks, weeks };
  });

const limitsArbitrary = fc.record({
  main: fc.integer({ min: 1, max: 4 }),
  changeManagement: fc.integer({ min: 1, max: 2 }),
});

describe('ruling out time-boxes without scheduling them', () => {
  it('gives exactly the plan of the loop over every box', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(planArbitrary, limitsArbitrary, ({ tasks, weeks }, limits) => {
        expect(scheduleOnClock(tasks, limits, weeks)).toEqual(
          scheduleEveryBox(tasks, limits, weeks),
        );
      }),
      { numRuns: 400 },
    );
  });

  it(
    'never puts a task’s earliest end after the end any schedule gives it',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(planArbitrary, limitsArbitrary, ({ tasks }, limits) => {
          const earliest = getEarliestEnds(tasks)!;
          for (const placed of scheduleTasks(tasks, limits)) {
            expect(earliest.get(placed.id)).toBeLessThanOrEqual(placed.end);
          }
        }),
        { numRuns: 300 },
      );
    },
  );
});

describe('getEarliestEnds', () => {
  const task = (id: string, weeks: number, more: Partial<ScheduleTask> = {}): ScheduleTask =>
    ({
      id,
      phase: 'analysis',
      changeManagement: false,
      weeks,
      dependsOn: [],
      ...more,
    }) as ScheduleTask;

  it.each([
    ['one task', [task('a', 3)], { a: 3 }],
    [
      'after what it depends on',
      [task('a', 3), task('b', 2, { dependsOn: ['a'] })],
      { a: 3, b: 5 },
    ],
    ['not before its earliest start', [task('a', 2, { notBefore: 4 })], { a: 6 }],
    [
      'ends no sooner than what it finishes after',
      [task('a', 6), task('b', 2, { finishAfter: ['a'] })],
      { a: 6, b: 6 },
    ],
    ['ignores ids that are not tasks', [task('a', 1, { dependsOn: ['ghost'] })], { a: 1 }],
  ])('%s', (_, tasks, expected) => {
    expect(Object.fromEntries(getEarliestEnds(tasks)!)).toEqual(expected);
  });

  it('says nothing of tasks that wait for each other in a cycle', () => {
    const cycle = [task('a', 1, { dependsOn: ['b'] }), task('b', 1, { dependsOn: ['a'] })];
    expect(getEarliestEnds(cycle)).toBeUndefined();
    expect(getEarliestEnds([task('c', 1), ...cycle])).toBeUndefined();
  });

  it('leaves a cycle to the scheduler, which names it', () => {
    const cycle = [
      task('a', 2, { dependsOn: ['b'], deadline: 1 }),
      task('b', 2, { dependsOn: ['a'] }),
    ];
    expect(() =>
      scheduleOnClock(
        cycle,
        { main: 1, changeManagement: 1 },
        { keep: new Set(), soft: new Set() },
      ),
    ).toThrow(/cycle/);
  });
});
