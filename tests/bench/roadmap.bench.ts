// Micro-benchmark of the roadmap generator on the real content: score a full assessment (57
// answers) and build its roadmap, as the results page does on every answer change.
import { bench, describe } from 'vitest';
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import type { RoadmapInitiative } from '~/domain/roadmap/model';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import { getPresetTargets } from '~/domain/scoring/targets';
import type { AnswerValue, Answers } from '~/domain/scoring/model';

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = checkContentFolder(root);
const questionnaire = buildQuestionnaire(content.dimensions.map((d) => d.data));
const values: AnswerValue[] = [0, 1, 2, 3, 4, 'dont-know'];
const answers: Answers = Object.fromEntries(
  questionnaire.questions.map((q, i) => [q.id, values[i % values.length]]),
);
const targets = getPresetTargets(
  'competitive',
  questionnaire.dimensions.map((d) => d.id),
);

/** The initiative library of content/initiatives. */
const initiatives: readonly RoadmapInitiative[] = content.initiatives.map((i) => i.data);

const fixedScores = scoreAssessment(questionnaire.scoringModel, answers);

describe('roadmap', () => {
  bench(
    `score a full assessment (${questionnaire.questions.length} answers) and build its roadmap (${initiatives.length} initiatives)`,
    () => {
      const scores = scoreAssessment(questionnaire.scoringModel, answers);
      buildRoadmap({
        initiatives,
        model: questionnaire.scoringModel,
        answers,
        dimensionScores: scores.dimensions,
        targets,
        companySize: 'medium',
      });
    },
  );

  bench(`build the roadmap alone (${initiatives.length} initiatives)`, () => {
    buildRoadmap({
      initiatives,
      model: questionnaire.scoringModel,
      answers,
      dimensionScores: fixedScores.dimensions,
      targets,
      companySize: 'medium',
    });
  });
});
