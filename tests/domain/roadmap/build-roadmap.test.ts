import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import { buildRoadmap, isFirstGoLiveWork } from '~/domain/roadmap/build-roadmap';
import type { RoadmapInitiative } from '~/domain/roadmap/model';
import type { Initiative } from '~/domain/schemas/content';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import { getPresetTargets } from '~/domain/scoring/targets';
import { initiative, input } from './helpers';

describe('buildRoadmap', () => {
  it('reports each scheduled item with its phase, timing, priority, triggers, dependencies and KPIs', () => {
    const library = [
      initiative('kick-off', { weeks: 2, impact: 'high', kpis: ['adoption'] }),
      initiative('fix-process', {
        phase: 'diagnosis',
        always: false,
        triggers: [{ question: 'q2', atOrBelow: 1 }],
        dependsOn: ['kick-off'],
      }),
      initiative('web', {
        phase: 'action',
        dimension: 'd2',
        always: false,
        channel: 'internet',
        weeks: 16,
      }),
    ];
    const roadmap = buildRoadmap(input(library, { answers: { q2: 0 }, channels: ['internet'] }));
    expect(roadmap).toEqual({
      items: [
        {
          id: 'web',
          phase: 'action',
          dimension: 'd2',
          changeManagement: false,
          channel: 'internet',
          start: 0,
          end: 16,
          weeks: 16,
          priority: 70 * 1 * 2,
          triggeredBy: [],
          dependsOn: [],
          kpis: ['kpi-1'],
          group: 'plan',
          focusRank: null,
          blockers: [],
        },
        {
          id: 'kick-off',
          phase: 'analysis',
          dimension: 'd1',
          changeManagement: false,
          start: 0,
          end: 2,
          weeks: 2,
          priority: 30 * 2 * 2,
          triggeredBy: [],
          dependsOn: [],
          kpis: ['adoption'],
          group: 'plan',
          focusRank: null,
          blockers: [],
        },
        {
          id: 'fix-process',
          phase: 'diagnosis',
          dimension: 'd1',
          changeManagement: false,
          start: 2,
          end: 6,
          weeks: 4,
          priority: 30 * 2 * 3,
          triggeredBy: ['q2'],
          dependsOn: ['kick-off'],
          kpis: ['kpi-1'],
          group: 'plan',
          focusRank: 1,
          blockers: [],
        },
      ],
      totalWeeks: 16,
      parallelLimit: 4,
      changeManagementLimit: 2,
      channelOrder: ['internet'],
      goLives: [{ channel: 'internet', id: 'web', week: 16 }],
    });
  });

  it('ignores dependencies on initiatives that were not selected, rather than pulling them in', () => {
    const library = [
      initiative('not-needed', {
        always: false,
        triggers: [{ question: 'q2', atOrBelow: 1 }],
        weeks: 8,
      }),
      initiative('needed', { dependsOn: ['not-needed', 'not-in-library'] }),
    ];
    const roadmap = buildRoadmap(input(library, { answers: { q2: 4 } }));
    expect(roadmap.items.map(({ id, start, dependsOn }) => ({ id, start, dependsOn }))).toEqual([
      { id: 'needed', start: 0, dependsOn: [] },
    ]);
  });

  it('gives an empty plan when nothing is triggered', () => {
    const library = [
      initiative('a', { always: false, triggers: [{ question: 'q1', atOrBelow: 1 }] }),
    ];
    expect(buildRoadmap(input(library, { answers: { q1: 'not-applicable' } }))).toMatchObject({
      items: [],
      totalWeeks: 0,
    });
  });

  it('keeps initiatives carried over from the previous run in the plan (#16)', () => {
    const library = [
      initiative('a', { always: false, triggers: [{ question: 'q1', atOrBelow: 1 }] }),
    ];
    const roadmap = buildRoadmap(input(library, { answers: { q1: 4 }, include: ['a'] }));
    expect(roadmap.items.map((i) => i.id)).toEqual(['a']);
  });

  it.each<[string, Parameters<typeof input>[1], number, number]>([
    ['a medium organization by default', {}, 4, 4],
    ['a micro organization', { companySize: 'micro' }, 3, 3],
    ['a large organization', { companySize: 'large' }, 5, 6],
    ['a limit the user chose', { companySize: 'large', parallelLimit: 1 }, 1, 6],
    ['an invalid limit falls back to the size', { companySize: 'small', parallelLimit: 0 }, 4, 4],
  ])('uses the parallel limit and durations of %s', (_name, overrides, limit, weeks) => {
    const roadmap = buildRoadmap(input([initiative('a', { weeks: 4 })], overrides));
    expect(roadmap.parallelLimit).toBe(limit);
    expect(roadmap.items[0]?.weeks).toBe(weeks);
  });

  it('keeps the first of two initiatives with the same id', () => {
    const library = [initiative('a', { weeks: 3 }), initiative('a', { weeks: 9 })];
    expect(buildRoadmap(input(library)).items.map((i) => [i.id, i.weeks])).toEqual([['a', 3]]);
  });

  it('ranks by the gap it closes: the neediest dimension goes first when room is short', () => {
    const library = [
      initiative('small-gap', { dimension: 'd1' }),
      initiative('no-score-yet', { dimension: 'd2' }),
    ];
    const roadmap = buildRoadmap(input(library, { parallelLimit: 1 }));
    // d1 gap 30 × weight 2 = 60 × 2; d2 has no score: gap 70 × weight 1 = 70 × 2.
    expect(roadmap.items.map((i) => [i.id, i.priority, i.start])).toEqual([
      ['no-score-yet', 140, 0],
      ['small-gap', 120, 4],
    ]);
  });

  it('accepts the authored Initiative type as it is', () => {
    const authored: Initiative = {
      ...initiative('authored'),
      triggers: [],
      dependsOn: [],
      kpis: ['kpi-1'],
      title: { en: 'T', es: 'T' },
      description: { en: 'D', es: 'D' },
      owner: { en: 'O', es: 'O' },
      milestone: { en: 'M', es: 'M' },
    };
    const library: readonly RoadmapInitiative[] = [authored];
    expect(buildRoadmap(input(library)).items.map((i) => i.id)).toEqual(['authored']);
  });
});

const root = fileURLToPath(new URL('../../..', import.meta.url));
const content = checkContentFolder(root);

describe('buildRoadmap: what the first go-live needs (#13)', () => {
  const later = { phase: 'action' as const, always: false, weeks: 2 };
  const library = [
    initiative('web', { phase: 'action', channel: 'internet', always: false, weeks: 2 }),
    initiative('study', { always: false, weeks: 6, triggers: [{ question: 'q1', atOrBelow: 2 }] }),
    initiative('case', {
      ...later,
      phase: 'diagnosis',
      anchor: 'before-first-go-live',
      triggers: [{ question: 'q1', atOrBelow: 2 }],
    }),
    initiative('support', { ...later, always: true, anchor: 'first-go-live' }),
    initiative('review', { ...later, dependsOn: ['support'], phase: 'analysis', always: true }),
    initiative('extra', { ...later, triggers: [{ question: 'q2', atOrBelow: 2 }] }),
  ];
  const roadmap = buildRoadmap(
    input(library, { answers: { q1: 1, q2: 1 }, channels: ['internet'], companySize: 'micro' }),
  );
  const item = (id: string) => roadmap.items.find((i) => i.id === id)!;

  it.each([
    ['analysis work', 'study'],
    ['work the content anchors before the first go-live', 'case'],
  ])('keeps %s in the plan and ends it by the first go-live', (_name, id) => {
    expect(item(id).group).toBe('plan');
    expect(item(id).end).toBeLessThanOrEqual(roadmap.goLives[0]!.week);
  });

  it('does not report the go-live’s wait as a dependency', () => {
    expect(item('web').dependsOn).toEqual([]);
  });

  it('lets analysis work that itself waits for the go-live follow it, not loop', () => {
    expect(item('review').start).toBeGreaterThanOrEqual(item('support').end);
  });

  it('ranks triggered spine work among the focus, never the rollout or support', () => {
    expect(roadmap.items.filter((i) => i.focusRank !== null).map((i) => i.id)).toEqual([
      'study',
      'case',
      'extra',
    ]);
  });

  it.each<[string, Partial<Parameters<typeof initiative>[1]>, boolean]>([
    ['an analysis initiative', {}, true],
    ['an anchored diagnosis one', { phase: 'diagnosis', anchor: 'before-first-go-live' }, true],
    ['an unanchored diagnosis one', { phase: 'diagnosis' }, false],
    ['a channel rollout', { channel: 'internet' }, false],
    ['post-go-live work', { anchor: 'first-go-live' }, false],
  ])('isFirstGoLiveWork: %s → %s', (_name, overrides, expected) => {
    expect(isFirstGoLiveWork(initiative('x', overrides ?? {}))).toBe(expected);
  });
});

describe('the roadmap of the real content', () => {
  it.skipIf(content.initiatives.length === 0)(
    'schedules a weak assessment with every dependency and limit respected',
    () => {
      const questionnaire = buildQuestionnaire(content.dimensions.map((d) => d.data));
      const answers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, 1 as const]));
      const scores = scoreAssessment(questionnaire.scoringModel, answers);
      const roadmap = buildRoadmap({
        initiatives: content.initiatives.map((i) => i.data),
        model: questionnaire.scoringModel,
        answers,
        dimensionScores: scores.dimensions,
        targets: getPresetTargets(
          'competitive',
          questionnaire.dimensions.map((d) => d.id),
        ),
        companySize: 'medium',
      });
      expect(roadmap.items.length).toBeGreaterThan(0);
      const ends = new Map(roadmap.items.map((i) => [i.id, i.end]));
      for (const item of roadmap.items) {
        for (const id of item.dependsOn) expect(item.start).toBeGreaterThanOrEqual(ends.get(id)!);
      }
      for (let week = 0; week < roadmap.totalWeeks; week += 1) {
        // Post-go-live support is the implementer's desk: it takes no room in the team's lanes.
        const running = roadmap.items.filter(
          (i) => i.start <= week && week < i.end && i.id !== 'post-go-live-support',
        );
        expect(running.filter((i) => !i.changeManagement).length).toBeLessThanOrEqual(4);
        expect(running.filter((i) => i.changeManagement).length).toBeLessThanOrEqual(2);
      }
    },
  );
});
