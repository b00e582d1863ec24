import { describe, expect, it } from 'vitest';
import {
  getChannelOrder,
  getTriggeringQuestions,
  getUsedChannels,
  selectInitiatives,
} from '~/domain/roadmap/select-initiatives';
import { DEFAULT_CHANNEL_ORDER, type ChannelId } from '~/domain/roadmap/model';
import { CHANNEL_IDS } from '~/domain/schemas/content';
import type { AnswerValue, Answers } from '~/domain/scoring/model';
import { initiative } from './helpers';

const ALL_CHANNELS = new Set<ChannelId>(CHANNEL_IDS);

describe('getTriggeringQuestions: which answers trigger an initiative', () => {
  const triggered = initiative('fix-q1', {
    always: false,
    triggers: [{ question: 'q1', atOrBelow: 2 }],
  });

  it.each<[string, AnswerValue | undefined, boolean]>([
    ['a level below the threshold triggers it', 0, true],
    ['a level at the threshold triggers it', 2, true],
    ['a level above the threshold does not', 3, false],
    ['the top level does not', 4, false],
    ["don't know triggers it: an unknown is a risk", 'dont-know', true],
    ['not applicable never triggers it', 'not-applicable', false],
    ['an unanswered question never triggers it', undefined, false],
  ])('%s', (_name, value, expected) => {
    const answers: Answers = value === undefined ? {} : { q1: value };
    expect(getTriggeringQuestions(triggered, answers)).toEqual(expected ? ['q1'] : []);
  });

  it('lists every triggering question once, in trigger order', () => {
    const many = initiative('many', {
      triggers: [
        { question: 'q3', atOrBelow: 1 },
        { question: 'q1', atOrBelow: 1 },
        { question: 'q2', atOrBelow: 1 },
        { question: 'q3', atOrBelow: 3 },
      ],
    });
    expect(getTriggeringQuestions(many, { q1: 'dont-know', q2: 4, q3: 0 })).toEqual(['q3', 'q1']);
  });
});

describe('selectInitiatives', () => {
  const library = [
    initiative('always-on'),
    initiative('triggered', { always: false, triggers: [{ question: 'q1', atOrBelow: 1 }] }),
    initiative('not-triggered', { always: false, triggers: [{ question: 'q2', atOrBelow: 1 }] }),
    initiative('sales', { always: false, channel: 'sales-force' }),
    initiative('web', { always: true, channel: 'internet' }),
    initiative('partners', {
      always: false,
      channel: 'distribution-channel',
      triggers: [{ question: 'q2', atOrBelow: 1 }],
    }),
  ];

  it('takes always-on and triggered initiatives, and channel ones for used channels, in library order', () => {
    const selected = selectInitiatives(library, { q1: 1, q2: 3 }, ALL_CHANNELS);
    expect(selected.map((s) => s.initiative.id)).toEqual([
      'always-on',
      'triggered',
      'sales',
      'web',
      'partners',
    ]);
    expect(selected.map((s) => s.triggeredBy)).toEqual([[], ['q1'], [], [], []]);
  });

  it.each<[string, ChannelId[], string[]]>([
    ['only sales force', ['sales-force'], ['sales']],
    ['internet and partners', ['internet', 'distribution-channel'], ['web', 'partners']],
    ['contact center only (no initiative for it)', ['contact-center'], []],
  ])(
    'leaves out channel initiatives, even always-on ones, for channels not used: %s',
    (_name, channels, expected) => {
      const selected = selectInitiatives(library, {}, new Set(channels));
      const channelIds = selected.filter((s) => s.initiative.channel).map((s) => s.initiative.id);
      expect(channelIds).toEqual(expected);
    },
  );

  it.each<[string, string[], ChannelId[], string[]]>([
    [
      'an untriggered one',
      ['not-triggered'],
      ['sales-force'],
      ['always-on', 'not-triggered', 'sales'],
    ],
    ['an always-on one, once', ['always-on'], ['sales-force'], ['always-on', 'sales']],
    [
      'a rollout of a channel not used: still left out',
      ['web'],
      ['sales-force'],
      ['always-on', 'sales'],
    ],
    ['an id the library lacks: nothing', ['gone'], ['sales-force'], ['always-on', 'sales']],
  ])('keeps what `include` names selected (#16): %s', (_name, include, channels, expected) => {
    const selected = selectInitiatives(library, {}, new Set(channels), new Set(include));
    expect(selected.map((s) => s.initiative.id)).toEqual(expected);
  });

  it("reports a channel initiative's triggers without needing them", () => {
    const selected = selectInitiatives(library, { q2: 'dont-know' }, ALL_CHANNELS);
    expect(selected.find((s) => s.initiative.id === 'partners')?.triggeredBy).toEqual(['q2']);
  });
});

describe('the channels used and their rollout order', () => {
  it.each<[string, ChannelId[] | undefined, ChannelId[]]>([
    ['undefined means all four', undefined, [...DEFAULT_CHANNEL_ORDER]],
    ['empty means all four', [], [...DEFAULT_CHANNEL_ORDER]],
    ['a subset is kept', ['internet', 'sales-force'], ['sales-force', 'internet']],
    ['repeats count once', ['internet', 'internet'], ['internet']],
    ['unknown ids are dropped', ['fax' as ChannelId, 'internet'], ['internet']],
    ['only unknown ids mean all four', ['fax' as ChannelId], [...DEFAULT_CHANNEL_ORDER]],
  ])('%s', (_name, channels, expected) => {
    expect(getChannelOrder(getUsedChannels(channels), undefined)).toEqual(expected);
  });

  it('orders by default: sales, then service, then online, then partners', () => {
    expect(DEFAULT_CHANNEL_ORDER).toEqual([
      'sales-force',
      'contact-center',
      'internet',
      'distribution-channel',
    ]);
    expect([...DEFAULT_CHANNEL_ORDER].sort()).toEqual([...CHANNEL_IDS].sort());
  });

  it.each<[string, ChannelId[], ChannelId[]]>([
    [
      'a full custom order is followed',
      ['internet', 'distribution-channel', 'contact-center', 'sales-force'],
      ['internet', 'distribution-channel', 'contact-center', 'sales-force'],
    ],
    [
      'channels the order leaves out follow in the default order',
      ['internet'],
      ['internet', 'sales-force', 'contact-center', 'distribution-channel'],
    ],
    [
      'repeats and unknown ids in the order are dropped',
      ['internet', 'fax' as ChannelId, 'internet', 'contact-center'],
      ['internet', 'contact-center', 'sales-force', 'distribution-channel'],
    ],
  ])('%s', (_name, order, expected) => {
    expect(getChannelOrder(ALL_CHANNELS, order)).toEqual(expected);
  });

  it('keeps only the used channels of a custom order', () => {
    const used = new Set<ChannelId>(['sales-force', 'internet']);
    expect(getChannelOrder(used, ['internet', 'contact-center', 'sales-force'])).toEqual([
      'internet',
      'sales-force',
    ]);
  });
});
