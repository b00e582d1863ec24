import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreAssessment, type AssessmentScore } from '~/domain/scoring/score-assessment';
import {
  LEVELS,
  PHASE_IDS,
  type AnswerValue,
  type Answers,
  type Level,
  type ScoringModel,
} from '~/domain/scoring/model';

/** A random questionnaire: 1–6 dimensions, 1–8 questions each, any weights, phases and flags. */
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
        { minLength: 1, maxLength: 8 },
      ),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((dimensions) => ({
    dimensions: dimensions.map((d, i) => ({ id: `d${i}`, weight: d.weight })),
    questions: dimensions.flatMap((d, i) =>
      d.questions.map((question, j) => ({
        ...question,
        id: `d${i}-q${j}`,
        dimensionId: `d${i}`,
        // The content schema forbids N/A on critical questions; the engine must cope either way.
      })),
    ),
  }));

const answerArbitrary: fc.Arbitrary<AnswerValue | undefined> = fc.oneof(
  fc.constantFrom<Level>(...LEVELS),
  fc.constantFrom<AnswerValue>('dont-know', 'not-applicable'),
  fc.constant(undefined),
);

/** A model with random answers for its questions. */
const assessmentArbitrary = modelArbitrary.chain((model) =>
  fc
    .array(answerArbitrary, {
      minLength: model.questions.length,
      maxLength: model.questions.length,
    })
    .map((values) => {
      const answers: Record<string, AnswerValue> = {};
      model.questions.forEach((question, i) => {
        const value = values[i];
        if (value !== undefined) answers[question.id] = value;
      });
      return { model, answers: answers };
    }),
);

function allScores(result: AssessmentScore): (number | null)[] {
  return [
    result.index,
    ...result.dimensions.map((d) => d.score),
    ...PHASE_IDS.map((p) => result.phases[p].score),
  ];
}

describe('scoring properties', () => {
  it('keeps every score within 0–100 or absent, and never produces NaN', () => {
    fc.assert(
      fc.property(assessmentArbitrary, ({ model, answers }) => {
        const result = scoreAssessment(model, answers);
        for (const score of allScores(result)) {
          if (score === null) continue;
          expect(Number.isFinite(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(0);
          expect(score).toBeLessThanOrEqual(100 + 1e-9);
        }
        for (const d of result.dimensions) {
          expect(Number.isNaN(d.coverage)).toBe(false);
          for (const c of d.contributions) {
            expect(Number.isFinite(c.points) && Number.isFinite(c.pointsLost)).toBe(true);
          }
        }
        expect(result.coverage).toBeGreaterThanOrEqual(0);
        expect(result.coverage).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('never lowers the dimension, phase or index when one answered level is raised', () => {
    fc.assert(
      fc.property(assessmentArbitrary, fc.nat(), fc.nat(), ({ model, answers }, pick, step) => {
        const answered = model.questions.filter((q) => {
          const v = answers[q.id];
          return typeof v === 'number' && v < 4;
        });
        fc.pre(answered.length > 0);
        const question = answered[pick % answered.length]!;
        const before = answers[question.id] as Level;
        const raised = Math.min(4, before + 1 + (step % (4 - before))) as Level;
        const a = scoreAssessment(model, answers);
        const b = scoreAssessment(model, { ...answers, [question.id]: raised });
        const dimBefore = a.dimensions.find((d) => d.dimensionId === question.dimensionId)!.score!;
        const dimAfter = b.dimensions.find((d) => d.dimensionId === question.dimensionId)!.score!;
        expect(dimAfter).toBeGreaterThanOrEqual(dimBefore - 1e-9);
        expect(b.phases[question.phase].score!).toBeGreaterThanOrEqual(
          a.phases[question.phase].score! - 1e-9,
        );
        expect(b.index!).toBeGreaterThanOrEqual(a.index! - 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order in which answers were given', () => {
    fc.assert(
      fc.property(assessmentArbitrary, fc.integer(), ({ model, answers }, seed) => {
        const entries = Object.entries(answers);
        const shuffled = [...entries].sort(
          ([a], [b]) => hash(a, seed) - hash(b, seed) || a.localeCompare(b),
        );
        const reordered = Object.fromEntries(shuffled) as Answers;
        expect(scoreAssessment(model, reordered)).toEqual(scoreAssessment(model, answers));
      }),
      { numRuns: 300 },
    );
  });

  it("never scores a dimension from N/A or don't-know answers alone", () => {
    fc.assert(
      fc.property(modelArbitrary, fc.boolean(), (model, useNa) => {
        const answers = Object.fromEntries(
          model.questions.map((q) => [q.id, useNa ? 'not-applicable' : 'dont-know']),
        ) as Answers;
        const result = scoreAssessment(model, answers);
        expect(result.index).toBeNull();
        expect(result.dimensions.every((d) => d.score === null)).toBe(true);
        expect(result.maturity).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same input gives the same result', () => {
    fc.assert(
      fc.property(assessmentArbitrary, ({ model, answers }) => {
        expect(scoreAssessment(model, answers)).toEqual(scoreAssessment(model, answers));
      }),
      { numRuns: 100 },
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 2654435761);
  return h;
}
