import { describe, expect, it } from 'vitest';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import { dependsTransitively, planChannelRollout } from '~/domain/roadmap/channel-rollout';
import type { ChannelId, CompanySize, RoadmapInitiative } from '~/domain/roadmap/model';
import { initiative, input } from './helpers';

/** One 16-week rollout initiative per channel, in the action phase. */
const rollouts: RoadmapInitiative[] = (
  ['sales-force', 'contact-center', 'internet', 'distribution-channel'] as const
).map((channel) =>
  initiative(`rollout-${channel}`, { phase: 'action', channel, always: false, weeks: 16 }),
);

function schedule(
  overrides: Parameters<typeof input>[1] = {},
  library: readonly RoadmapInitiative[] = rollouts,
) {
  return buildRoadmap(input(library, overrides)).items.map(
    ({ id, start, end, weeks, dependsOn }) => ({
      id,
      start,
      end,
      weeks,
      dependsOn,
    }),
  );
}

describe('the channel rollout', () => {
  it('brings all four channels into operation within the year: the first by week 18, then one slot each', () => {
    // Medium: first go-live due by week 18; three slots of floor((52 − 18) / 3) = 11 weeks follow.
    const roadmap = buildRoadmap(input(rollouts));
    expect(roadmap.channelOrder).toEqual([
      'sales-force',
      'contact-center',
      'internet',
      'distribution-channel',
    ]);
    expect(schedule()).toEqual([
      { id: 'rollout-sales-force', start: 0, end: 16, weeks: 16, dependsOn: [] },
      {
        id: 'rollout-contact-center',
        start: 16,
        end: 27,
        weeks: 11,
        dependsOn: ['rollout-sales-force'],
      },
      {
        id: 'rollout-internet',
        start: 27,
        end: 38,
        weeks: 11,
        dependsOn: ['rollout-contact-center'],
      },
      {
        id: 'rollout-distribution-channel',
        start: 38,
        end: 49,
        weeks: 11,
        dependsOn: ['rollout-internet'],
      },
    ]);
    expect(roadmap.goLives.map((g) => [g.channel, g.week])).toEqual([
      ['sales-force', 16],
      ['contact-center', 27],
      ['internet', 38],
      ['distribution-channel', 49],
    ]);
  });

  it.each<[string, ChannelId[], string[], number]>([
    ['one channel takes its own weeks', ['internet'], ['rollout-internet'], 16],
    [
      'the first used channel in the order goes first, the next takes a 12-week slot',
      ['distribution-channel', 'contact-center'],
      ['rollout-contact-center', 'rollout-distribution-channel'],
      28,
    ],
    ['no channels given means all four', [], rollouts.map((r) => r.id), 49],
  ])('rolls out only the channels used: %s', (_name, channels, ids, total) => {
    const roadmap = buildRoadmap(input(rollouts, { channels }));
    expect(roadmap.items.map((item) => item.id)).toEqual(ids);
    expect(roadmap.totalWeeks).toBe(total);
  });

  it('follows a custom order', () => {
    const order: ChannelId[] = [
      'internet',
      'distribution-channel',
      'contact-center',
      'sales-force',
    ];
    expect(
      schedule({ channelOrder: order }).map(({ id, start, weeks }) => [id, start, weeks]),
    ).toEqual([
      ['rollout-internet', 0, 16],
      ['rollout-distribution-channel', 16, 11],
      ['rollout-contact-center', 27, 11],
      ['rollout-sales-force', 38, 11],
    ]);
  });

  it.each<[CompanySize, number, number]>([
    // A 16-week rollout scaled: micro 10, small 13 (both due by 16), large 21 (due by 22).
    ['micro', 10, 10 + 3 * 12],
    ['small', 13, 13 + 3 * 12],
    ['large', 21, 21 + 3 * 10],
  ])(
    'scales the first rollout for a %s organization (%d weeks) and keeps the year (%d in all)',
    (size, first, total) => {
      const roadmap = buildRoadmap(input(rollouts, { companySize: size }));
      expect(roadmap.items[0]?.weeks).toBe(first);
      expect(roadmap.totalWeeks).toBe(total);
    },
  );

  it('time-boxes a first rollout authored too long for the clock', () => {
    const long = rollouts.map((r) => ({ ...r, weeks: 30 }));
    const roadmap = buildRoadmap(input(long, { channels: ['internet'] }));
    expect(roadmap.goLives).toEqual([{ channel: 'internet', id: 'rollout-internet', week: 18 }]);
  });

  it('chains every initiative of a channel after every initiative of the previous one', () => {
    const library = [
      ...rollouts.slice(0, 2),
      initiative('sales-training', { phase: 'action', channel: 'sales-force', weeks: 4 }),
    ];
    const items = schedule({ channels: ['sales-force', 'contact-center'] }, library);
    expect(items.find((i) => i.id === 'rollout-contact-center')).toMatchObject({
      start: 16,
      dependsOn: ['rollout-sales-force', 'sales-training'],
    });
  });

  it('lets an authored dependency against the order win instead of making a cycle', () => {
    // Sales force waits for the contact center, although the order puts sales first.
    const library = [{ ...rollouts[0]!, dependsOn: ['rollout-contact-center'] }, rollouts[1]!];
    const items = schedule({ channels: ['sales-force', 'contact-center'] }, library);
    expect(items.map(({ id, start, dependsOn }) => [id, start, dependsOn])).toEqual([
      ['rollout-contact-center', 0, []],
      ['rollout-sales-force', 12, ['rollout-contact-center']],
    ]);
  });

  it('starts the chain after the authored dependencies of the first channel', () => {
    const library = [
      initiative('select-platform', { phase: 'diagnosis', weeks: 2 }),
      ...rollouts.map((r) => ({ ...r, dependsOn: ['select-platform'] })),
    ];
    const items = schedule({ channels: ['sales-force', 'internet'] }, library);
    expect(items.map(({ id, start, end }) => [id, start, end])).toEqual([
      ['select-platform', 0, 2],
      ['rollout-sales-force', 2, 18],
      ['rollout-internet', 18, 30],
    ]);
  });
});

describe('planChannelRollout and dependsTransitively', () => {
  it('leaves initiatives without a channel alone', () => {
    const plan = planChannelRollout(
      [initiative('a'), rollouts[0]!],
      ['sales-force'],
      new Map(),
      12,
    );
    expect([...plan.keys()]).toEqual(['rollout-sales-force']);
  });

  it.each<[string, string, boolean]>([
    ['a', 'c', true],
    ['a', 'b', true],
    ['c', 'a', false],
    ['d', 'a', false],
    ['a', 'a', true],
  ])('%s depends on %s: %s', (from, to, expected) => {
    const graph = new Map([
      ['a', ['b', 'b']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(dependsTransitively(from, to, graph)).toBe(expected);
  });
});
