import { describe, expect, it } from 'vitest';
import {
  getChannelSpacing,
  getFirstGoLiveWeek,
  meetsDeadlines,
  scheduleOnClock,
} from '~/domain/roadmap/plan-clock';
import { task } from './helpers';

describe('the method’s clock', () => {
  it.each([
    ['micro', 16],
    ['small', 16],
    ['medium', 18],
    ['large', 22],
    [undefined, 18],
  ] as const)('a %s organization has its first channel live by week %d', (size, week) => {
    expect(getFirstGoLiveWeek(size)).toBe(week);
  });

  it.each([
    [18, 1, 12, 'one channel: the slot is moot'],
    [18, 2, 12, 'two channels: a 12-week slot'],
    [18, 4, 11, 'four channels after week 18: 11 weeks each to keep week 52'],
    [22, 4, 10, 'four after week 22: 10 weeks each'],
    [51, 4, 1, 'never less than a week'],
  ])('first go-live %d, %d channels: slots of %d weeks (%s)', (first, channels, slot) => {
    expect(getChannelSpacing(first, channels)).toBe(slot);
  });

  it('meetsDeadlines: every task with a deadline ends by it', () => {
    const tasks = [task('a', { deadline: 3 }), task('b')];
    expect(meetsDeadlines(tasks, [{ id: 'a', start: 0, end: 3 }])).toBe(true);
    expect(meetsDeadlines(tasks, [{ id: 'a', start: 0, end: 4 }])).toBe(false);
    expect(meetsDeadlines(tasks, [])).toBe(true);
  });

  it('keeps the authored weeks when they fit', () => {
    const { schedule } = scheduleOnClock(
      [task('a', { weeks: 4 }), task('b', { weeks: 4, dependsOn: ['a'], deadline: 8 })],
      { main: 1, changeManagement: 1 },
      { keep: new Set(), soft: new Set() },
    );
    expect(schedule.map((s) => [s.id, s.start, s.end])).toEqual([
      ['a', 0, 4],
      ['b', 4, 8],
    ]);
  });

  it('time-boxes only the work a deadline waits on, evenly, until it fits', () => {
    const { schedule, tasks } = scheduleOnClock(
      [
        task('a', { weeks: 10 }),
        task('b', { weeks: 10, dependsOn: ['a'], deadline: 16 }),
        task('free', { weeks: 10 }),
        task('slot', { weeks: 5, dependsOn: ['b'], deadline: 21 }),
      ],
      { main: 5, changeManagement: 1 },
      { keep: new Set(['slot']), soft: new Set() },
    );
    expect(tasks.map((t) => [t.id, t.weeks])).toEqual([
      ['a', 8],
      ['b', 8],
      ['free', 10],
      ['slot', 5],
    ]);
    expect(schedule.find((s) => s.id === 'b')?.end).toBe(16);
  });

  it('gives up at one week a task when even that cannot fit, rather than looping', () => {
    const { tasks } = scheduleOnClock(
      [task('a', { weeks: 10 }), task('b', { weeks: 10, dependsOn: ['a'], deadline: 1 })],
      { main: 1, changeManagement: 1 },
      { keep: new Set(), soft: new Set() },
    );
    expect(tasks.map((t) => t.weeks)).toEqual([1, 1]);
  });

  it('boxes analysis and design work, down to half, before it touches the build (#13)', () => {
    const { tasks } = scheduleOnClock(
      [
        task('design', { weeks: 6 }),
        task('build', { weeks: 6, dependsOn: ['design'], deadline: 9 }),
      ],
      { main: 1, changeManagement: 1 },
      { keep: new Set(), soft: new Set(['design']) },
    );
    expect(tasks.map((t) => [t.id, t.weeks])).toEqual([
      ['design', 3],
      ['build', 6],
    ]);
  });

  it('boxes the build too when half the design is not enough', () => {
    const { tasks } = scheduleOnClock(
      [
        task('design', { weeks: 6 }),
        task('build', { weeks: 6, dependsOn: ['design'], deadline: 8 }),
      ],
      { main: 1, changeManagement: 1 },
      { keep: new Set(), soft: new Set(['design']) },
    );
    expect(tasks.map((t) => [t.id, t.weeks])).toEqual([
      ['design', 3],
      ['build', 5],
    ]);
  });
});
