/**
 * Board summary inputs made from the realistic report fixture: the plan three months in with
 * progress, late initiatives and KPI measurements, the organization's runs, and a crowded case
 * (long names, every KPI measured, many blockers and late initiatives) that must still fit a page.
 */
import type { Assessment, AssessmentPlan } from '~/domain/assessment/assessment';
import type { RunSummary } from '~/domain/follow/trend';
import type { BoardSummaryInput } from '~/domain/report/board-summary-document';
import type { Lang } from '~/i18n';
import { getRealisticAssessment, getReportInput, NOW, questionnaire } from './report-fixture';

/** 10 June 2027, 10:30 local time: twelve weeks into the plan that starts on 15 March 2027. */
export const LATER = new Date(2027, 5, 10, 10, 30);

/** Progress recorded three months in: two done, two in progress (one of them late). */
export const PROGRESS: NonNullable<AssessmentPlan['progress']> = {
  'executive-sponsorship-charter': {
    status: 'done',
    actualStart: '2027-03-15',
    actualFinish: '2027-03-26',
  },
  'user-involvement': { status: 'done', actualStart: '2027-03-15', actualFinish: '2027-04-09' },
  'customer-data-consolidation': { status: 'in-progress', actualStart: '2027-03-22' },
  'crm-strategy-plan': { status: 'in-progress', actualStart: '2027-03-29' },
  'customer-feedback-loop': { status: 'dropped', reason: 'Covered by the service team.' },
};

/** KPI figures and measurements: adoption on track, duplicates and response time off track. */
export const KPI_FIGURES: Pick<AssessmentPlan, 'kpis' | 'measurements'> = {
  kpis: {
    'crm-adoption-rate': {
      baseline: '35 %',
      target: '85 %',
      frequency: 'weekly',
      baselineValue: 35,
      targetValue: 85,
      targetDate: '2027-12-31',
    },
    'duplicate-record-rate': { baselineValue: 12, targetValue: 3, targetDate: '2027-09-30' },
    'first-response-time': { baselineValue: 24, targetValue: 4 },
  },
  measurements: {
    'crm-adoption-rate': [
      { date: '2027-05-01', value: 45 },
      { date: '2027-04-01', value: 38 },
      { date: '2027-06-01', value: 60 },
    ],
    'duplicate-record-rate': [{ date: '2027-06-01', value: 11.5 }],
    'first-response-time': [{ date: '2027-06-05', value: 20 }],
    'win-rate': [{ date: '2027-06-01', value: 22 }],
  },
};

/** The realistic assessment with `plan` merged into its plan. */
export function withPlan(plan: Partial<AssessmentPlan>): Assessment {
  const assessment = getRealisticAssessment();
  const base = assessment.plan as AssessmentPlan;
  return { ...assessment, plan: { ...base, ...plan, kpis: { ...base.kpis, ...plan.kpis } } };
}

/** The organization's runs: two earlier ones (lower, one more blocker) and this one. */
export function getRuns(input: Pick<BoardSummaryInput, 'score'>): RunSummary[] {
  const areas = Object.fromEntries(input.score.dimensions.map((d) => [d.dimensionId, d.score]));
  const shift = (by: number) =>
    Object.fromEntries(
      Object.entries(areas).map(([id, score], i) => [
        id,
        score === null ? null : Math.max(0, score + (i === 1 ? -by : by) * -1),
      ]),
    );
  const critical = questionnaire.questions.filter((q) => q.critical).map((q) => q.id);
  const current = input.score.blockers;
  const extra = critical.find((id) => !current.includes(id)) ?? 'resolved-blocker';
  return [
    {
      id: 'run-2026-03',
      date: '2026-03-10T09:00:00.000Z',
      index: (input.score.index ?? 50) - 13,
      areas: shift(12),
      blockers: [...current, extra],
    },
    {
      id: 'run-2026-09',
      date: '2026-09-15T09:00:00.000Z',
      index: (input.score.index ?? 50) - 6,
      areas: shift(5),
      blockers: [...current, extra],
    },
    {
      id: 'assessment-1',
      date: NOW.toISOString(),
      index: input.score.index,
      areas,
      blockers: current,
    },
  ];
}

/** What the board summary is built from, in `lang`. */
export function getBoardInput(
  lang: Lang,
  options: { progress?: boolean; runs?: number; now?: Date } = {},
): BoardSummaryInput {
  const assessment = options.progress
    ? withPlan({ progress: PROGRESS, ...KPI_FIGURES })
    : undefined;
  const base = getReportInput(lang, assessment);
  const input: BoardSummaryInput = {
    ...base,
    now: options.now ?? (options.progress ? LATER : NOW),
  };
  const runs = getRuns(input);
  return { ...input, runs: runs.slice(runs.length - (options.runs ?? 1)) };
}

/** A long name, to see that it is cut rather than wrapped over many lines. */
export const LONG_NAME =
  'Consolidate every regional customer master file, every distributor spreadsheet and every e-commerce account into one governed customer repository with named stewards';

/**
 * The crowded case: long organization and initiative names, every KPI measured against a target
 * (half off track), six months in with nothing done, and every critical question a blocker.
 */
export function getCrowdedInput(lang: Lang): BoardSummaryInput {
  const base = getBoardInput(lang, { progress: true, runs: 3 });
  const kpiIds = base.roadmap.kpis.map((k) => k.id);
  const kpis = Object.fromEntries(
    kpiIds.map((id, i) => [id, { baselineValue: 10, targetValue: i % 2 === 0 ? 90 : 20 }]),
  );
  const measurements = Object.fromEntries(
    kpiIds.map((id, i) => [id, [{ date: '2027-08-01', value: 30 + i }]]),
  );
  const assessment = withPlan({ kpis, measurements, progress: {} });
  const critical = questionnaire.questions.filter((q) => q.critical).map((q) => q.id);
  const renamed = new Map(
    base.roadmap.initiatives.map((i, n) => [
      i.title,
      n % 3 === 0 ? `${LONG_NAME} (${n})` : i.title,
    ]),
  );
  const rename = (title: string) => renamed.get(title) ?? title;
  return {
    ...base,
    now: new Date(2027, 8, 30, 10, 0),
    assessment: {
      ...assessment,
      organization: 'Distribuciones Agroalimentarias del Noroeste Peninsular, Sociedad Anónima',
    },
    score: { ...base.score, blockers: critical },
    roadmap: {
      ...base.roadmap,
      initiatives: base.roadmap.initiatives.map((i) => ({
        ...i,
        title: rename(i.title),
        dependsOn: i.dependsOn.map(rename),
      })),
      kpis: base.roadmap.kpis.map((k, n) =>
        n % 4 === 0 ? { ...k, name: `${k.name}: ${LONG_NAME}` } : k,
      ),
    },
  };
}
