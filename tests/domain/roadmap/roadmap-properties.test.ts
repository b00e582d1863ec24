import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyRoadmapEdits, NO_ROADMAP_EDITS } from '~/domain/roadmap/apply-edits';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import {
  COMPANY_SIZES,
  DEFAULT_CHANNEL_ORDER,
  type ChannelId,
  type RoadmapInitiative,
  type RoadmapInput,
} from '~/domain/roadmap/model';
import { LEVELS, PHASE_IDS, type AnswerValue, type ScoringModel } from '~/domain/scoring/model';
import { SLOW_TEST_MS } from '../../slow-test';

const QUESTIONS = ['q0', 'q1', 'q2', 'q3', 'q4', 'q5'];
const DIMENSIONS = ['d0', 'd1', 'd2'];

const model: ScoringModel = {
  dimensions: DIMENSIONS.map((id, i) => ({ id, weight: (i % 3) + 1 })),
  questions: QUESTIONS.map((id, i) => ({
    id,
    dimensionId: DIMENSIONS[i % DIMENSIONS.length]!,
    phase: PHASE_IDS[i % PHASE_IDS.length]!,
    weight: (i % 3) + 1,
    critical: false,
    notApplicable: true,
  })),
};

const ratingArbitrary = fc.constantFrom('low' as const, 'medium' as const, 'high' as const);

/** One initiative before its id and dependencies are known. */
const draftArbitrary = fc.record({
  phase: fc.constantFrom(...PHASE_IDS),
  dimension: fc.constantFrom(...DIMENSIONS),
  changeManagement: fc.boolean(),
  channel: fc.option(fc.constantFrom<ChannelId>(...DEFAULT_CHANNEL_ORDER), {
    freq: 4,
    nil: undefined,
  }),
  triggers: fc.array(
    fc.record({
      question: fc.constantFrom(...QUESTIONS),
      atOrBelow: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 3 },
  ),
  always: fc.integer({ min: 0, max: 3 }).map((n) => n === 0),
  weeks: fc.integer({ min: 1, max: 20 }),
  effort: ratingArbitrary,
  impact: ratingArbitrary,
  dependencyPicks: fc.array(fc.nat(), { maxLength: 3 }),
});

/**
 * A random acyclic library of 0–14 initiatives, as content the checks accept would be: each one
 * depends only on earlier ones, phases never decrease along the list (so dependencies point to the
 * same or an earlier phase), and channel rollouts are main-lane action work.
 */
const libraryArbitrary: fc.Arbitrary<RoadmapInitiative[]> = fc
  .array(draftArbitrary, { maxLength: 14 })
  .map((drafts) =>
    [...drafts]
      .sort((a, b) => PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase))
      .map(({ dependencyPicks, ...draft }, i): RoadmapInitiative => {
        const isChannel = draft.channel !== undefined;
        return {
          ...draft,
          id: `i${i}`,
          phase: isChannel ? 'action' : draft.phase,
          changeManagement: isChannel ? false : draft.changeManagement,
          dependsOn: i === 0 ? [] : dependencyPicks.map((pick) => `i${pick % i}`),
          kpis: ['k'],
        };
      }),
  )
  // Sorting by phase before numbering keeps ids in phase order; channel ones moved to action may
  // break that, so drop any dependency that now points to a later phase.
  .map((library) =>
    library.map((initiative) => ({
      ...initiative,
      dependsOn: initiative.dependsOn.filter((id) => {
        const dependency = library.find((other) => other.id === id)!;
        return PHASE_IDS.indexOf(dependency.phase) <= PHASE_IDS.indexOf(initiative.phase);
      }),
    })),
  );

const answerArbitrary = fc.oneof(
  fc.constantFrom<AnswerValue>(...LEVELS),
  fc.constantFrom<AnswerValue>('dont-know', 'not-applicable'),
  fc.constant(undefined),
);

const inputArbitrary: fc.Arbitrary<RoadmapInput> = fc
  .record({
    initiatives: libraryArbitrary,
    answers: fc.array(answerArbitrary, {
      minLength: QUESTIONS.length,
      maxLength: QUESTIONS.length,
    }),
    scores: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), {
      minLength: DIMENSIONS.length,
      maxLength: DIMENSIONS.length,
    }),
    target: fc.integer({ min: 0, max: 100 }),
    companySize: fc.option(fc.constantFrom(...COMPANY_SIZES), { nil: undefined }),
    channels: fc.subarray([...DEFAULT_CHANNEL_ORDER]),
    channelOrder: fc.shuffledSubarray([...DEFAULT_CHANNEL_ORDER]),
    parallelLimit: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  })
  .map(({ answers, scores, target, ...rest }) => ({
    ...rest,
    model,
    answers: Object.fromEntries(
      QUESTIONS.flatMap((id, i) => (answers[i] === undefined ? [] : [[id, answers[i]]])),
    ),
    dimensionScores: DIMENSIONS.map((dimensionId, i) => ({
      dimensionId,
      score: scores[i] ?? null,
    })),
    targets: Object.fromEntries(DIMENSIONS.map((id) => [id, target])),
  }));

/** What should be selected, decided independently of the code under test. */
function expectedIds(input: RoadmapInput): string[] {
  const channels = input.channels?.length ? input.channels : DEFAULT_CHANNEL_ORDER;
  return input.initiatives
    .filter((initiative) => {
      if (initiative.channel) return channels.includes(initiative.channel);
      return (
        initiative.always ||
        initiative.triggers.some(({ question, atOrBelow }) => {
          const value = input.answers[question];
          return value === 'dont-know' || (typeof value === 'number' && value <= atOrBelow);
        })
      );
    })
    .map((initiative) => initiative.id)
    .sort();
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i -= 1) {
    state = Math.imul(state ^ (state >>> 15), 2246822507) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const RUNS = { numRuns: 400 };
/** 400 runs take seconds on a busy 2-core machine; the default 5 s is too tight. */

describe('roadmap properties', () => {
  it(
    'schedules every selected initiative exactly once, and nothing else',
    () => {
      fc.assert(
        fc.property(inputArbitrary, (input) => {
          const ids = buildRoadmap(input).items.map((item) => item.id);
          expect([...ids].sort()).toEqual(expectedIds(input));
          expect(new Set(ids).size).toBe(ids.length);
        }),
        RUNS,
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'starts every item after each of its selected dependencies ends',
    () => {
      fc.assert(
        fc.property(inputArbitrary, (input) => {
          const { items } = buildRoadmap(input);
          const byId = new Map(items.map((item) => [item.id, item]));
          for (const item of items) {
            expect(item.end).toBe(item.start + item.weeks);
            expect(item.weeks).toBeGreaterThanOrEqual(1);
            for (const id of item.dependsOn) {
              const dependency = byId.get(id);
              expect(dependency).toBeDefined();
              expect(item.start).toBeGreaterThanOrEqual(dependency!.end);
            }
          }
        }),
        RUNS,
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'never runs more than the limit in any week, in either lane',
    () => {
      fc.assert(
        fc.property(inputArbitrary, (input) => {
          const roadmap = buildRoadmap(input);
          for (let week = 0; week < roadmap.totalWeeks; week += 1) {
            const running = roadmap.items.filter((item) => item.start <= week && week < item.end);
            const main = running.filter((item) => !item.changeManagement).length;
            expect(main).toBeLessThanOrEqual(roadmap.parallelLimit);
            expect(running.length - main).toBeLessThanOrEqual(roadmap.changeManagementLimit);
          }
        }),
        RUNS,
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'keeps the plan whole: nothing in the plan waits for later work, and the focus is at most 8',
    () => {
      fc.assert(
        fc.property(inputArbitrary, (input) => {
          const { items } = buildRoadmap(input);
          const groups = new Map(items.map((item) => [item.id, item.group]));
          for (const item of items.filter((i) => i.group === 'plan')) {
            for (const id of item.dependsOn) expect(groups.get(id)).toBe('plan');
          }
          const ranks = items.flatMap((i) => (i.focusRank === null ? [] : [i.focusRank]));
          expect(ranks.sort((x, y) => x - y)).toEqual(ranks.map((_, i) => i + 1));
          expect(ranks.length).toBeLessThanOrEqual(8);
        }),
        RUNS,
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'is deterministic, whatever the order of the library',
    () => {
      fc.assert(
        fc.property(inputArbitrary, fc.integer(), (input, seed) => {
          const roadmap = buildRoadmap(input);
          expect(buildRoadmap(input)).toEqual(roadmap);
          expect(buildRoadmap({ ...input, initiatives: shuffle(input.initiatives, seed) })).toEqual(
            roadmap,
          );
        }),
        RUNS,
      );
    },
    SLOW_TEST_MS,
  );

  it(
    'applies valid start overrides as given and flags exactly the broken dependencies',
    () => {
      fc.assert(
        fc.property(inputArbitrary, fc.array(fc.integer({ min: -5, max: 60 })), (input, weeks) => {
          const roadmap = buildRoadmap(input);
          const startWeeks = Object.fromEntries(
            roadmap.items.flatMap((item, i) => {
              const week = weeks[i];
              return week === undefined ? [] : [[item.id, week]];
            }),
          );
          const edited = applyRoadmapEdits(roadmap, { ...NO_ROADMAP_EDITS, startWeeks });
          const starts = new Map(edited.items.map((item) => [item.id, item]));
          const broken: string[] = [];
          for (const original of roadmap.items) {
            const item = starts.get(original.id)!;
            const override = startWeeks[original.id];
            expect(item.start).toBe(
              override !== undefined && override >= 0 ? override : original.start,
            );
            for (const id of item.dependsOn) {
              if (item.start < starts.get(id)!.end) broken.push(`${item.id}←${id}`);
            }
          }
          const flagged = edited.conflicts.map((c) => `${c.id}←${c.dependencyId}`);
          expect(flagged.sort()).toEqual(broken.sort());
        }),
        RUNS,
      );
    },
    SLOW_TEST_MS,
  );
});
