/** Tiny inline libraries for the roadmap tests: each case states only what matters to it. */
import type { RoadmapInitiative, RoadmapInput } from '~/domain/roadmap/model';
import type { ScheduleTask } from '~/domain/roadmap/schedule-initiatives';
import type { ScoringModel } from '~/domain/scoring/model';

/** An initiative with defaults: analysis, dimension d1, always selected, 4 weeks, medium effort and impact. */
export function initiative(
  id: string,
  overrides: Partial<RoadmapInitiative> = {},
): RoadmapInitiative {
  return {
    id,
    phase: 'analysis',
    dimension: 'd1',
    changeManagement: false,
    triggers: [],
    always: true,
    weeks: 4,
    effort: 'medium',
    impact: 'medium',
    dependsOn: [],
    kpis: ['kpi-1'],
    ...overrides,
  };
}

/** A scheduler task with defaults: analysis, main lane, 1 week, priority 0. */
export function task(id: string, overrides: Partial<ScheduleTask> = {}): ScheduleTask {
  return {
    id,
    phase: 'analysis',
    changeManagement: false,
    weeks: 1,
    dependsOn: [],
    priority: 0,
    impact: 'medium',
    effort: 'medium',
    ...overrides,
  };
}

/** Two dimensions (d1 weight 2, d2 weight 1) and four questions of weights 1–3. */
export const model: ScoringModel = {
  dimensions: [
    { id: 'd1', weight: 2 },
    { id: 'd2', weight: 1 },
  ],
  questions: [
    {
      id: 'q1',
      dimensionId: 'd1',
      phase: 'analysis',
      weight: 1,
      critical: false,
      notApplicable: true,
    },
    {
      id: 'q2',
      dimensionId: 'd1',
      phase: 'analysis',
      weight: 3,
      critical: false,
      notApplicable: false,
    },
    {
      id: 'q3',
      dimensionId: 'd2',
      phase: 'action',
      weight: 2,
      critical: false,
      notApplicable: true,
    },
    {
      id: 'q4',
      dimensionId: 'd2',
      phase: 'action',
      weight: 1,
      critical: false,
      notApplicable: false,
    },
  ],
};

/** A roadmap input over `initiatives`: no answers, d1 scored 40 and d2 unscored, targets 70. */
export function input(
  initiatives: readonly RoadmapInitiative[],
  overrides: Partial<RoadmapInput> = {},
): RoadmapInput {
  return {
    initiatives,
    model,
    answers: {},
    dimensionScores: [
      { dimensionId: 'd1', score: 40 },
      { dimensionId: 'd2', score: null },
    ],
    targets: { d1: 70, d2: 70 },
    ...overrides,
  };
}
