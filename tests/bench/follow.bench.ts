// Micro-benchmark of following plans through (#16): for 20 assessments of one organization, each
// with 60 initiatives and 21 KPIs of 24 measurements, where every plan stands, every KPI's status,
// and the trend across the 20 runs. It also writes how much storage those 20 records take, for
// bench.mjs to hold to its budget (tests/.output/follow-storage.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bench, describe } from 'vitest';
import type {
  Assessment,
  InitiativeProgress,
  InitiativeStatus,
  KpiMeasurement,
} from '~/domain/assessment/assessment';
import type { AnswerValue } from '~/domain/scoring/model';
import { toStoredAssessment } from '~/domain/assessment/read-stored-assessment';
import { addDays } from '~/domain/follow/follow-dates';
import { getKpiStatus } from '~/domain/follow/kpi-status';
import { getPlanStanding, type ProgressItem } from '~/domain/follow/plan-progress';
import { buildTrend, type RunSummary } from '~/domain/follow/trend';

const RUNS = 20;
const INITIATIVES = 60;
const KPIS = 21;
const MEASUREMENTS = 24;
const STATUSES: readonly InitiativeStatus[] = ['done', 'in-progress', 'not-started', 'dropped'];
const PHASES = ['analysis', 'diagnosis', 'action'] as const;
const LEVELS: readonly AnswerValue[] = [0, 1, 2, 3, 4];

const items: ProgressItem[] = Array.from({ length: INITIATIVES }, (_, i) => ({
  id: `initiative-number-${i}`,
  phase: PHASES[i % 3] ?? 'action',
  start: i,
  end: i + 4 + (i % 6),
  dependsOn: i > 2 ? [`initiative-number-${i - 3}`] : [],
  owner: `Owner role ${i % 7}`,
}));

function makeRun(run: number): Assessment {
  const planStart = addDays('2020-01-06', run * 182);
  const progress: Record<string, InitiativeProgress> = Object.fromEntries(
    items.map((item, i) => {
      const status = STATUSES[(i + run) % 4] ?? 'done';
      return [
        item.id,
        {
          status,
          ...(status === 'dropped' && { reason: 'Covered by another project this year.' }),
          actualStart: addDays(planStart, i * 7),
          ...(status === 'done' && { actualFinish: addDays(planStart, i * 7 + 30) }),
          ...(i % 3 === 0 && { note: 'Waiting for the implementer’s second workshop.' }),
        },
      ];
    }),
  );
  const kpiIds = Array.from({ length: KPIS }, (_, k) => `kpi-number-${k}`);
  const measurements: Record<string, KpiMeasurement[]> = Object.fromEntries(
    kpiIds.map((id, k) => [
      id,
      Array.from({ length: MEASUREMENTS }, (_, m) => ({
        date: addDays(planStart, (MEASUREMENTS - m) * 7),
        value: 30 + ((k * 7 + m * 3) % 60) + 0.5,
        ...(m % 6 === 0 && { note: 'After the monthly review.' }),
      })),
    ]),
  );
  return {
    id: `run-${run}-3f0e8f7e-2a55-4c1b-9d8e`,
    name: `Review ${run}`,
    organization: 'Pérez & Hijos, S.L.',
    assessor: 'Ana',
    createdAt: `${planStart}T09:00:00.000Z`,
    updatedAt: `${planStart}T10:00:00.000Z`,
    contentVersion: 1,
    mode: 'full',
    profile: { 'company-size': 'small', channels: ['internet', 'sales-force'] },
    answers: Object.fromEntries(
      Array.from({ length: 57 }, (_, q): [string, AnswerValue] => [
        `area-question-${q}`,
        LEVELS[q % LEVELS.length] ?? 0,
      ]),
    ),
    notes: {},
    position: 'review',
    setAside: { answers: {}, notes: {} },
    organizationId: 'run-0-3f0e8f7e-2a55-4c1b-9d8e',
    plan: {
      ambition: 'competitive',
      targets: {},
      planStart,
      excluded: [],
      startWeeks: {},
      owners: {},
      kpis: Object.fromEntries(
        kpiIds.map((id) => [
          id,
          {
            frequency: 'monthly',
            baselineValue: 30,
            targetValue: 80,
            targetDate: addDays(planStart, 365),
          },
        ]),
      ),
      progress,
      measurements,
    },
  };
}

const runs = Array.from({ length: RUNS }, (_, r) => makeRun(r));
const summaries: RunSummary[] = runs.map((run, r) => ({
  id: run.id,
  date: run.createdAt,
  index: 40 + r,
  areas: Object.fromEntries(
    Array.from({ length: 9 }, (_, d) => [`area-${d}`, (r * 3 + d * 7) % 100]),
  ),
  blockers: [`area-question-${r % 5}`, `area-question-${(r + 2) % 7}`],
}));

const storedBytes = runs.reduce(
  (sum, run) => sum + new TextEncoder().encode(JSON.stringify(toStoredAssessment(run))).length,
  0,
);
const output = fileURLToPath(new URL('../.output/', import.meta.url));
mkdirSync(output, { recursive: true });
writeFileSync(
  `${output}follow-storage.json`,
  `${JSON.stringify({ runs: RUNS, initiatives: INITIATIVES, kpis: KPIS, measurements: MEASUREMENTS, bytes: storedBytes })}\n`,
);

describe('follow', () => {
  bench(
    'follow: progress + KPI status + trend, 20 runs × 60 initiatives × 21 KPIs × 24 measurements',
    () => {
      for (const run of runs) {
        const plan = run.plan!;
        const today = addDays(plan.planStart!, 200);
        getPlanStanding({ items, progress: plan.progress!, planStart: plan.planStart!, today });
        for (const [id, setting] of Object.entries(plan.kpis)) {
          getKpiStatus({
            direction: 'higher',
            frequency: setting.frequency!,
            baselineValue: setting.baselineValue,
            targetValue: setting.targetValue,
            targetDate: setting.targetDate,
            measurements: plan.measurements![id]!,
            planStart: plan.planStart!,
            today,
          });
        }
      }
      buildTrend(summaries);
    },
  );
});
