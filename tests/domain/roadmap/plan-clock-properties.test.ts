// The method's clock holds for every company size, channel set and answer set, on the real content
// and on the real content with new initiatives added to it (#13): the scheduler, not the content,
// keeps the clock.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import {
  COMPANY_SIZES,
  DEFAULT_CHANNEL_ORDER,
  type ChannelId,
  type CompanySize,
  type RoadmapInitiative,
} from '~/domain/roadmap/model';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import { PHASE_IDS, type AnswerValue, type Answers } from '~/domain/scoring/model';
import { defaultTargets, library, questionnaire } from './named-organizations';

const answerArbitrary: fc.Arbitrary<AnswerValue | undefined> = fc.constantFrom(
  0 as const,
  1 as const,
  2 as const,
  3 as const,
  4 as const,
  'dont-know' as const,
  'not-applicable' as const,
  undefined,
);

const answersArbitrary: fc.Arbitrary<Answers> = fc
  .array(answerArbitrary, {
    minLength: questionnaire.questions.length,
    maxLength: questionnaire.questions.length,
  })
  .map((values) => {
    const answers: Record<string, AnswerValue> = {};
    questionnaire.questions.forEach((q, i) => {
      const value = values[i];
      if (value !== undefined) answers[q.id] = value;
    });
    return answers;
  });

/** An initiative another engineer might add: any phase, weeks, triggers and real dependencies. */
const newInitiativeArbitrary = (n: number): fc.Arbitrary<RoadmapInitiative> =>
  fc
    .record({
      phase: fc.constantFrom(...PHASE_IDS),
      changeManagement: fc.boolean(),
      always: fc.boolean(),
      weeks: fc.integer({ min: 1, max: 16 }),
      question: fc.constantFrom(...questionnaire.questions.map((q) => q.id)),
      atOrBelow: fc.integer({ min: 0, max: 3 }),
      dependsOn: fc.subarray(
        library.map((i) => i.id),
        { maxLength: 3 },
      ),
    })
    .map((r) => ({
      id: `new-initiative-${n}`,
      phase: r.phase,
      dimension: 'strategy',
      changeManagement: r.changeManagement,
      triggers: [{ question: r.question, atOrBelow: r.atOrBelow }],
      always: r.always,
      weeks: r.weeks,
      effort: 'medium',
      impact: 'high',
      dependsOn: r.dependsOn,
      kpis: ['crm-adoption-rate'],
    }));

const profileArbitrary = fc.record({
  size: fc.constantFrom<CompanySize | undefined>(...COMPANY_SIZES, undefined),
  channels: fc.subarray<ChannelId>([...DEFAULT_CHANNEL_ORDER]),
  order: fc.shuffledSubarray<ChannelId>([...DEFAULT_CHANNEL_ORDER]),
  answers: answersArbitrary,
  added: fc
    .tuple(newInitiativeArbitrary(1), newInitiativeArbitrary(2))
    .chain((pair) => fc.subarray(pair)),
});

/** One random organization. */
type Profile = typeof profileArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(profile: Profile) {
  const score = scoreAssessment(questionnaire.scoringModel, profile.answers);
  return buildRoadmap({
    initiatives: [...library, ...profile.added],
    model: questionnaire.scoringModel,
    answers: profile.answers,
    dimensionScores: score.dimensions,
    targets: defaultTargets,
    companySize: profile.size,
    channels: profile.channels,
    channelOrder: profile.order,
  });
}

const PROJECT_START = [
  'executive-sponsorship-charter',
  'project-team-setup',
  'project-kickoff-roles-matrix',
];

describe('the plan keeps the method’s clock, for every organization and answer set (#13)', () => {
  it('starts with sponsor, team and kick-off; first channel live by week 20 (24 large), all by 52; requirements after process redesign; support from the first go-live', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const roadmap = build(profile);
        const item = (id: string) => roadmap.items.find((i) => i.id === id);
        for (const id of PROJECT_START) {
          const found = item(id);
          if (found) expect(found.start, id).toBeLessThanOrEqual(3);
        }
        expect(item('project-kickoff-roles-matrix')).toBeDefined();
        const channels = profile.channels.length > 0 ? profile.channels : DEFAULT_CHANNEL_ORDER;
        expect(roadmap.goLives.map((g) => g.channel).sort()).toEqual([...channels].sort());
        const weeks = roadmap.goLives.map((g) => g.week);
        const first = weeks[0]!;
        expect(first).toBeLessThanOrEqual(profile.size === 'large' ? 24 : 20);
        expect(Math.max(...weeks)).toBeLessThanOrEqual(52);
        weeks.slice(1).forEach((week, i) => expect(week).toBeGreaterThan(weeks[i]!));
        const requirements = item('it-business-requirements');
        for (const before of ['process-mapping', 'process-redesign']) {
          const prior = item(before);
          if (requirements && prior) expect(requirements.start).toBeGreaterThanOrEqual(prior.end);
        }
        const support = item('post-go-live-support')!;
        expect(support.start).toBe(first);
        expect(support.end).toBeGreaterThan(first);
        for (const i of roadmap.items) {
          for (const id of i.dependsOn) {
            expect(i.start, `${i.id} after ${id}`).toBeGreaterThanOrEqual(item(id)!.end);
          }
          // The plan never waits for later work.
          if (i.group === 'plan') i.dependsOn.forEach((id) => expect(item(id)!.group).toBe('plan'));
        }
        expect(roadmap.items.filter((i) => i.focusRank !== null).length).toBeLessThanOrEqual(8);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('never leaves analysis or what the first go-live needs for later: it is in the plan and ends by the first go-live', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const roadmap = build(profile);
        const byId = new Map(roadmap.items.map((i) => [i.id, i]));
        const authored = new Map([...library, ...profile.added].map((i) => [i.id, i]));
        const first = roadmap.goLives[0]!.week;
        for (const item of roadmap.items) {
          const { anchor } = authored.get(item.id)!;
          const needed =
            anchor === 'before-first-go-live' ||
            (item.phase === 'analysis' && anchor !== 'first-go-live' && !item.channel);
          // Work that itself waits for a go-live (only an added initiative could) is exempt.
          if (!needed || waitsForGoLive(item.id, byId)) continue;
          expect(item.group, item.id).toBe('plan');
          expect(item.end, item.id).toBeLessThanOrEqual(first);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('puts process-specific work after the process redesign, and plans life after go-live before it', () => {
    fc.assert(
      fc.property(profileArbitrary, (profile) => {
        const roadmap = build(profile);
        const item = (id: string) => roadmap.items.find((i) => i.id === id);
        const redesign = item('process-redesign');
        for (const id of PROCESS_SPECIFIC) {
          const specific = item(id);
          if (specific && redesign) expect(specific.start, id).toBeGreaterThanOrEqual(redesign.end);
        }
        const first = roadmap.goLives[0]!.week;
        const afterGoLive = item('crm-improvement-plan');
        if (afterGoLive) expect(afterGoLive.start).toBeLessThan(first);
        expect(item('post-go-live-support')!.start).toBe(first);
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});

/** Initiatives that work on one process, and so follow the redesign of the processes. */
const PROCESS_SPECIFIC = [
  'lead-to-order-process',
  'service-request-process',
  'campaign-management-process',
  'channel-coordination-model',
  'it-business-requirements',
  'solution-design',
];

/** Whether an item waits, directly or not, for a channel's go-live. */
function waitsForGoLive(
  id: string,
  byId: ReadonlyMap<string, { readonly dependsOn: readonly string[]; readonly channel?: unknown }>,
): boolean {
  const seen = new Set<string>();
  const stack = [...(byId.get(id)?.dependsOn ?? [])];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    const found = byId.get(next);
    if (found?.channel !== undefined) return true;
    stack.push(...(found?.dependsOn ?? []));
  }
  return false;
}
