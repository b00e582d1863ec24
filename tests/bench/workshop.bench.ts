// Micro-benchmark of workshop alignment (issue #7, budget: under 50 ms): 50 participants × 70
// synthetic questions across 9 dimensions (weights 1–3), aggregated into question and dimension
// alignment, the discussion agenda and the heat map, as the facilitator's screen does on import.
import { bench, describe } from 'vitest';
import { aggregateAlignment } from '~/domain/workshop/aggregate-alignment';
import { PHASE_IDS, type AnswerValue, type ScoringModel } from '~/domain/scoring/model';
import { ROLE_IDS, type Submission } from '~/domain/workshop/workshop';

const PARTICIPANTS = 50;
const QUESTIONS = 70;
const DIMENSIONS = 9;

const model: ScoringModel = {
  dimensions: Array.from({ length: DIMENSIONS }, (_, d) => ({ id: `d${d}`, weight: 1 + (d % 3) })),
  questions: Array.from({ length: QUESTIONS }, (_, i) => ({
    id: `q${i}`,
    dimensionId: `d${i % DIMENSIONS}`,
    phase: PHASE_IDS[i % PHASE_IDS.length]!,
    weight: 1 + ((i * 7) % 3),
    critical: i % 11 === 0,
    notApplicable: i % 5 === 0 && i % 11 !== 0,
  })),
};

/** Deterministic pseudo-random answers: mostly levels, some "don't know", N/A and gaps. */
const values: (AnswerValue | undefined)[] = [
  0,
  1,
  2,
  3,
  4,
  2,
  3,
  'dont-know',
  'not-applicable',
  undefined,
];
const submissions: Submission[] = Array.from({ length: PARTICIPANTS }, (_, p) => ({
  workshopId: 'bench',
  contentVersion: 1,
  participantId: `p${p}`,
  role: ROLE_IDS[p % ROLE_IDS.length]!,
  answers: Object.fromEntries(
    model.questions.flatMap((q, i) => {
      const value = values[(p * 31 + i * 17 + ((p * i) % 7)) % values.length];
      return value === undefined ? [] : [[q.id, value]];
    }),
  ),
  submittedAt: '2025-03-01T09:00:00Z',
}));

describe('workshop', () => {
  bench(
    `aggregate ${PARTICIPANTS} participants × ${QUESTIONS} questions (${DIMENSIONS} dimensions): questions, dimensions, agenda, heat map`,
    () => {
      aggregateAlignment(model, submissions, { showIndividual: true });
    },
  );
});
