// The plan five named organizations get from the real content (#13): when their first and last
// channels go live, and how many initiatives the plan holds (the rest waits until it is done).
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import {
  NAMED_ORGANIZATIONS,
  defaultTargets,
  library,
  questionnaire,
  type NamedOrganization,
} from './named-organizations';

function planOf(org: NamedOrganization) {
  const score = scoreAssessment(questionnaire.scoringModel, org.answers);
  return buildRoadmap({
    initiatives: library,
    model: questionnaire.scoringModel,
    answers: org.answers,
    dimensionScores: score.dimensions,
    targets: defaultTargets,
    companySize: org.size,
    channels: org.channels,
  });
}

describe('the plan of five named organizations, on the real content (#13)', () => {
  it.each<[string, number, number, number, number]>([
    // name, first go-live week, last go-live week, initiatives in the plan, in all
    ['a micro retailer', 14, 26, 28, 53],
    ['a small professional-services firm', 15, 27, 25, 47],
    ['a medium manufacturer', 14, 26, 26, 44],
    ['a medium distributor with all four channels', 16, 49, 32, 55],
    ['a large bank', 20, 44, 26, 43],
  ])(
    '%s: first go-live week %d, last %d, %d initiatives in the plan of %d',
    (name, first, last, inPlan, all) => {
      const org = NAMED_ORGANIZATIONS.find((o) => o.name === name)!;
      const roadmap = planOf(org);
      const weeks = roadmap.goLives.map((g) => g.week);
      expect({
        first: weeks[0],
        last: weeks.at(-1),
        inPlan: roadmap.items.filter((i) => i.group === 'plan').length,
        all: roadmap.items.length,
      }).toEqual({ first, last, inPlan, all });
    },
  );
});
