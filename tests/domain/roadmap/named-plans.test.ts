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
  it.each<[string, number, number, number, number, number]>([
    // name, first go-live week, last go-live week, initiatives in the focus, in the plan, in all
    ['a micro retailer', 15, 27, 8, 38, 53],
    ['a small professional-services firm', 15, 27, 8, 35, 47],
    ['a medium manufacturer', 17, 29, 8, 34, 44],
    ['a medium distributor with all four channels', 18, 51, 8, 42, 55],
    ['a large bank', 21, 45, 8, 34, 43],
  ])(
    '%s: first go-live week %d, last %d, a focus of %d, %d initiatives in the plan of %d',
    (name, first, last, focus, inPlan, all) => {
      const org = NAMED_ORGANIZATIONS.find((o) => o.name === name)!;
      const roadmap = planOf(org);
      const weeks = roadmap.goLives.map((g) => g.week);
      expect({
        first: weeks[0],
        last: weeks.at(-1),
        focus: roadmap.items.filter((i) => i.focusRank !== null).length,
        inPlan: roadmap.items.filter((i) => i.group === 'plan').length,
        all: roadmap.items.length,
      }).toEqual({ first, last, focus, inPlan, all });
      // The plan a user reads first is a handful: 8 to 10 initiatives.
      expect(focus).toBeGreaterThanOrEqual(8);
      expect(focus).toBeLessThanOrEqual(10);
    },
  );

  it.each(NAMED_ORGANIZATIONS.map((o) => [o.name, o] as const))(
    '%s: the build steps before the first go-live are not squeezed into single weeks',
    (_name, org) => {
      const roadmap = planOf(org);
      const first = roadmap.goLives[0]!;
      const build = roadmap.items.filter(
        (i) => i.phase === 'action' && i.end <= first.week && i.group === 'plan',
      );
      expect(build.length).toBeGreaterThan(0);
      for (const step of build) expect(step.weeks, step.id).toBeGreaterThanOrEqual(2);
    },
  );
  // The analysis describes the starting point and what customers need "before anything is
  // designed": redesign, scope and KPI baselines wait for it wherever both are in the plan.
  const DESIGN_AFTER_ANALYSIS: Record<string, readonly string[]> = {
    'process-redesign': ['current-state-analysis', 'customer-needs-research'],
    'scope-phasing-plan': ['current-state-analysis'],
    'kpi-definition-baselines': ['current-state-analysis'],
  };

  it.each(NAMED_ORGANIZATIONS.map((o) => [o.name, o] as const))(
    '%s: design starts only once the current-state analysis and customer research are done',
    (_name, org) => {
      const byId = new Map(planOf(org).items.map((i) => [i.id, i]));
      let checked = 0;
      for (const [design, analyses] of Object.entries(DESIGN_AFTER_ANALYSIS)) {
        for (const analysis of analyses) {
          const [d, a] = [byId.get(design), byId.get(analysis)];
          if (!d || !a) continue;
          checked += 1;
          expect(d.start, `${design} after ${analysis}`).toBeGreaterThanOrEqual(a.end);
        }
      }
      expect(checked).toBeGreaterThan(0);
    },
  );
});
