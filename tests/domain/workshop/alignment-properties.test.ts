import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregateAlignment, type WorkshopAlignment } from '~/domain/workshop/aggregate-alignment';
import { MIN_GROUP_SIZE } from '~/domain/workshop/role-groups';
import type { LevelStatistics } from '~/domain/workshop/statistics';
import {
  LEVELS,
  PHASE_IDS,
  type AnswerValue,
  type Level,
  type ScoringModel,
} from '~/domain/scoring/model';
import { ROLE_IDS, type Submission } from '~/domain/workshop/workshop';

/** A random questionnaire: 1–5 dimensions of 1–6 questions with any weights and flags. */
const modelArbitrary: fc.Arbitrary<ScoringModel> = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 3 }),
      questions: fc.array(
        fc.record({
          weight: fc.integer({ min: 1, max: 3 }),
          phase: fc.constantFrom(...PHASE_IDS),
          critical: fc.boolean(),
          notApplicable: fc.boolean(),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((dimensions) => ({
    dimensions: dimensions.map((d, i) => ({ id: `d${i}`, weight: d.weight })),
    questions: dimensions.flatMap((d, i) =>
      d.questions.map((question, j) => ({ ...question, id: `d${i}-q${j}`, dimensionId: `d${i}` })),
    ),
  }));

const answerArbitrary: fc.Arbitrary<AnswerValue | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<Level>(...LEVELS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<AnswerValue | undefined>('dont-know', 'not-applicable', undefined),
  },
);

/** Participant ids that would stand out in any output: they must never appear in one. */
const SECRET = 'secret-participant-';

/** A model and 0–14 submissions from participants of few roles (so that small groups are common). */
const workshopArbitrary = modelArbitrary.chain((model) =>
  fc.record({
    model: fc.constant(model),
    submissions: fc
      .array(
        fc.record({
          role: fc.constantFrom(...ROLE_IDS.slice(0, 4)),
          values: fc.array(answerArbitrary, {
            minLength: model.questions.length,
            maxLength: model.questions.length,
          }),
        }),
        { maxLength: 14 },
      )
      .map((people) =>
        people.map(({ role, values }, i): Submission => ({
          workshopId: 'w',
          contentVersion: 1,
          participantId: `${SECRET}${i}`,
          role,
          answers: Object.fromEntries(
            model.questions.flatMap((q, j) => (values[j] === undefined ? [] : [[q.id, values[j]]])),
          ),
          submittedAt: `2025-03-01T09:${String(i).padStart(2, '0')}:00Z`,
        })),
      ),
    showIndividual: fc.boolean(),
  }),
);

/** The workshop with its submissions in a random order. */
const permutedArbitrary = workshopArbitrary.chain((workshop) =>
  fc.record({
    workshop: fc.constant(workshop),
    permuted: fc.shuffledSubarray(workshop.submissions, {
      minLength: workshop.submissions.length,
      maxLength: workshop.submissions.length,
    }),
  }),
);

function allStatistics(result: WorkshopAlignment): LevelStatistics[] {
  return result.questions.flatMap((q) => [
    q.statistics,
    ...q.byRole.map((g) => g.statistics),
    ...(q.executivesVsOthers === null
      ? []
      : [q.executivesVsOthers.executives, q.executivesVsOthers.others]),
  ]);
}

/** Every number anywhere in a value. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}

const EPSILON = 1e-9;

describe('alignment properties', () => {
  it('does not depend on the order of the participants', () => {
    fc.assert(
      fc.property(permutedArbitrary, ({ workshop, permuted }) => {
        const options = { showIndividual: workshop.showIndividual };
        expect(aggregateAlignment(workshop.model, permuted, options)).toEqual(
          aggregateAlignment(workshop.model, workshop.submissions, options),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every statistic within its bounds and never produces NaN', () => {
    fc.assert(
      fc.property(workshopArbitrary, ({ model, submissions, showIndividual }) => {
        const result = aggregateAlignment(model, submissions, { showIndividual });
        expect(numbersIn(result).every(Number.isFinite)).toBe(true);
        for (const s of allStatistics(result)) {
          for (const value of [s.mean, s.median, s.min, s.max, s.range]) {
            if (value === null) continue;
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(4);
          }
          if (s.count === 0) expect(s.standardDeviation).toBeNull();
          else {
            expect(s.standardDeviation!).toBeGreaterThanOrEqual(0);
            expect(s.standardDeviation!).toBeLessThanOrEqual(2);
          }
        }
        for (const d of result.dimensions) {
          const { mean, range, standardDeviation } = d.scores;
          if (d.scores.count === 0)
            expect([mean, range, standardDeviation]).toEqual([null, null, null]);
          else {
            expect(mean!).toBeGreaterThanOrEqual(0);
            expect(mean!).toBeLessThanOrEqual(100 + EPSILON);
            expect(range!).toBeLessThanOrEqual(100 + EPSILON);
            expect(standardDeviation!).toBeLessThanOrEqual(50 + EPSILON);
          }
          if (d.noConsensusShare !== null) {
            expect(d.noConsensusShare).toBeGreaterThanOrEqual(0);
            expect(d.noConsensusShare).toBeLessThanOrEqual(1);
          }
        }
        for (const row of result.heatMap) {
          if (row.dispersion === null) continue;
          expect(row.dispersion).toBeGreaterThanOrEqual(0);
          expect(row.dispersion).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never reports a role group under three people, nor one a subtraction could isolate', () => {
    fc.assert(
      fc.property(workshopArbitrary, ({ model, submissions }) => {
        const result = aggregateAlignment(model, submissions, { showIndividual: true });
        const roleSizes = new Map<string, number>();
        for (const s of submissions) roleSizes.set(s.role, (roleSizes.get(s.role) ?? 0) + 1);
        for (const question of result.questions) {
          const { byRole, executivesVsOthers } = question;
          for (const group of byRole) {
            const s = group.statistics;
            expect(group.participants).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
            expect(s.count + s.dontKnow + s.notApplicable + s.unanswered).toBe(group.participants);
            // A group of its own is the whole role; a small role is only ever inside the pool.
            if (!group.pooled) expect(group.participants).toBe(roleSizes.get(group.roles[0]!));
            for (const role of group.roles) {
              if (roleSizes.get(role)! < MIN_GROUP_SIZE) expect(group.pooled).toBe(true);
            }
          }
          // The groups partition the team, so any union of them, or its complement, is ≥ 3 too.
          if (byRole.length > 0) {
            expect(byRole.length).toBeGreaterThanOrEqual(2);
            expect(byRole.reduce((sum, g) => sum + g.participants, 0)).toBe(submissions.length);
          }
          if (executivesVsOthers !== null) {
            for (const side of [executivesVsOthers.executives, executivesVsOthers.others]) {
              const people = side.count + side.dontKnow + side.notApplicable + side.unanswered;
              expect(people).toBeGreaterThanOrEqual(MIN_GROUP_SIZE);
            }
            expect(byRole.some((g) => !g.pooled && g.roles[0] === 'executive')).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives individual answers only when asked, as levels, never with an id', () => {
    fc.assert(
      fc.property(workshopArbitrary, ({ model, submissions, showIndividual }) => {
        const result = aggregateAlignment(model, submissions, { showIndividual });
        expect(JSON.stringify(result)).not.toContain(SECRET);
        for (const question of result.questions) {
          if (!showIndividual) {
            expect(question).not.toHaveProperty('individual');
            continue;
          }
          const levels = question.individual!;
          expect(levels).toHaveLength(question.statistics.count);
          expect(levels.every((level) => LEVELS.includes(level))).toBe(true);
          expect([...levels].sort((a, b) => a - b)).toEqual(levels);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('orders the agenda by disagreement × weight, then range, critical and question order', () => {
    fc.assert(
      fc.property(workshopArbitrary, ({ model, submissions }) => {
        const { agenda } = aggregateAlignment(model, submissions, { showIndividual: false });
        const order = new Map(model.questions.map((q, i) => [q.id, i]));
        expect(agenda.map((i) => i.questionId).sort()).toEqual(
          model.questions.map((q) => q.id).sort(),
        );
        expect(agenda.map((i) => i.rank)).toEqual(agenda.map((_, i) => i + 1));
        for (let i = 1; i < agenda.length; i += 1) {
          const a = agenda[i - 1]!;
          const b = agenda[i]!;
          const byOrder = order.get(a.questionId)! < order.get(b.questionId)!;
          if (a.disagreement === null) {
            expect(b.disagreement).toBeNull();
            expect(byOrder).toBe(true);
            continue;
          }
          if (b.disagreement === null) continue;
          expect(a.disagreement).toBeGreaterThanOrEqual(b.disagreement - EPSILON);
          if (Math.abs(a.disagreement - b.disagreement) > EPSILON) continue;
          const [rangeA, rangeB] = [a.alignment.statistics.range!, b.alignment.statistics.range!];
          expect(rangeA).toBeGreaterThanOrEqual(rangeB);
          if (rangeA !== rangeB) continue;
          expect(Number(a.critical)).toBeGreaterThanOrEqual(Number(b.critical));
          if (a.critical === b.critical) expect(byOrder).toBe(true);
        }
        for (const item of agenda) {
          const { count, standardDeviation } = item.alignment.statistics;
          expect(item.disagreement).toBe(count >= 2 ? standardDeviation! * item.weight : null);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same agenda every time', () => {
    fc.assert(
      fc.property(workshopArbitrary, ({ model, submissions }) => {
        const first = aggregateAlignment(model, submissions, { showIndividual: false }).agenda;
        const again = aggregateAlignment(model, submissions, { showIndividual: false }).agenda;
        expect(again).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});
