// Micro-benchmarks of the domain on the real question bank (run by `npm run bench`).
import { bench, describe } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import { getProgress } from '~/domain/assessment/progress';
import type { AnswerValue, Answers } from '~/domain/scoring/model';

const root = fileURLToPath(new URL('../..', import.meta.url));
const questionnaire = buildQuestionnaire(checkContentFolder(root).dimensions.map((d) => d.data));
const values: AnswerValue[] = [0, 1, 2, 3, 4, 'dont-know'];
const answers: Answers = Object.fromEntries(
  questionnaire.questions.map((q, i) => [q.id, values[i % values.length]]),
);

describe('domain', () => {
  bench('score a full assessment (57 answers)', () => {
    scoreAssessment(questionnaire.scoringModel, answers);
  });
  bench('progress of a full assessment', () => {
    getProgress(questionnaire.questions, answers);
  });
});
