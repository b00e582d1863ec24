/**
 * The plan as a spreadsheet workbook, in the UI's language: the plan (initiatives in schedule
 * order, then the go-lives), its KPIs, the scores and every answer. Pure: it says which sheets,
 * columns and typed cells there are; an adapter writes the .xlsx bytes. Status, actual dates and
 * KPI measurements have their columns, empty until the plan records progress.
 */
import { getLevel } from '../report/report-context';
import type { ReportInput, ReportQuestion } from '../report/report-input';
import { fill } from '../report/fill';
import { PHASE_IDS } from '../scoring/model';
import { getAnswerState } from '../scoring/score-assessment';
import { getGap } from '../scoring/targets';
import { toPlanFileName } from './plan-file-name';
import {
  toDateCell,
  toNumberCell,
  toSheet,
  toTextCell,
  type WorkbookCell,
  type WorkbookSheet,
} from './workbook-cell';

/** The workbook's own words in one language (`UiStrings['workbook']['labels']` plus directions). */
export interface WorkbookLabels {
  /** Sheet names; made to fit Excel's rules (31 characters, no `[ ] : * ? / \`). */
  readonly sheets: {
    readonly plan: string;
    readonly kpis: string;
    readonly scores: string;
    readonly answers: string;
  };
  readonly plan: {
    readonly phase: string;
    readonly area: string;
    readonly initiative: string;
    readonly description: string;
    readonly owner: string;
    readonly plannedStart: string;
    readonly plannedFinish: string;
    readonly weeks: string;
    readonly dependsOn: string;
    readonly kpis: string;
    readonly milestone: string;
    readonly status: string;
    readonly actualStart: string;
    readonly actualFinish: string;
    /** The status of every initiative until progress is recorded. */
    readonly notStarted: string;
    /** The title of a go-live row, e.g. "Go-live: {channel}". */
    readonly goLive: string;
  };
  readonly kpis: {
    readonly kpi: string;
    readonly definition: string;
    readonly unit: string;
    readonly direction: string;
    readonly baseline: string;
    readonly target: string;
    readonly frequency: string;
    readonly initiatives: string;
    readonly measuredOn: string;
    readonly measuredValue: string;
  };
  readonly scores: {
    readonly kind: string;
    readonly name: string;
    readonly score: string;
    readonly target: string;
    readonly gap: string;
    readonly coverage: string;
    readonly note: string;
    readonly index: string;
    readonly area: string;
    readonly phase: string;
    /** The note of the index row, e.g. "Level {level}: {maturity}. {verdict}". */
    readonly indexNote: string;
    /** The note of an area or phase under 60 % coverage. */
    readonly lowCoverage: string;
  };
  readonly answers: {
    readonly number: string;
    readonly area: string;
    readonly question: string;
    readonly critical: string;
    readonly level: string;
    readonly answer: string;
    readonly note: string;
    readonly yes: string;
  };
  /** `UiStrings['roadmap']['directions']`. */
  readonly directions: Readonly<Record<'higher' | 'lower', string>>;
}

/** What the workbook is made from: what the PDF report is made from, and the workbook's words. */
export type PlanWorkbookInput = Omit<ReportInput, 'logo' | 'extraSections'> & {
  readonly labels: WorkbookLabels;
};

/** The workbook: its file name and sheets, in order. */
export interface PlanWorkbook {
  readonly fileName: string;
  readonly sheets: readonly WorkbookSheet[];
}

/** Lists in one cell (dependencies, KPIs, initiatives) are separated by this. */
const LIST = '; ';

/** Scores and gaps to one decimal: what the page rounds to a whole number, kept a little finer. */
function toScore(value: number | null): WorkbookCell {
  return toNumberCell(value === null ? null : Math.round(value * 10) / 10);
}

/** The Plan sheet: one row per initiative in schedule order, then one per go-live. */
function buildPlanSheet(input: PlanWorkbookInput): WorkbookSheet {
  const l = input.labels.plan;
  const doc = input.roadmap;
  const rows = doc.initiatives.map((i): WorkbookCell[] => [
    toTextCell(i.phaseName),
    toTextCell(i.area),
    toTextCell(i.title),
    toTextCell(i.description),
    toTextCell(i.owner),
    toDateCell(i.startDate),
    toDateCell(i.endDate),
    toNumberCell(i.weeks),
    toTextCell(i.dependsOn.join(LIST)),
    toTextCell(i.kpis.join(LIST)),
    toTextCell(i.milestone),
    toTextCell(l.notStarted),
    null,
    null,
  ]);
  const titles = new Map(doc.initiatives.map((i) => [i.id, i]));
  const goLives = doc.goLives.map((g): WorkbookCell[] => {
    const rollout = titles.get(g.id);
    const channel = input.strings.channels[g.channel];
    return [
      toTextCell(rollout?.phaseName ?? ''),
      toTextCell(rollout?.area ?? ''),
      toTextCell(fill(l.goLive, { channel })),
      null,
      toTextCell(rollout?.owner ?? ''),
      toDateCell(g.date),
      toDateCell(g.date),
      toNumberCell(0),
      toTextCell(rollout?.title ?? ''),
      null,
      toTextCell(fill(l.goLive, { channel })),
      toTextCell(l.notStarted),
      null,
      null,
    ];
  });
  const headers = [
    l.phase,
    l.area,
    l.initiative,
    l.description,
    l.owner,
    l.plannedStart,
    l.plannedFinish,
    l.weeks,
    l.dependsOn,
    l.kpis,
    l.milestone,
    l.status,
    l.actualStart,
    l.actualFinish,
  ];
  return toSheet(input.labels.sheets.plan, 'Plan', headers, [...rows, ...goLives]);
}

/** The KPIs sheet: the plan's KPIs with the user's figures, then empty measurement columns. */
function buildKpiSheet(input: PlanWorkbookInput): WorkbookSheet {
  const l = input.labels.kpis;
  const rows = input.roadmap.kpis.map((k): WorkbookCell[] => [
    toTextCell(k.name),
    toTextCell(k.definition),
    toTextCell(input.strings.units[k.unit] ?? k.unit),
    toTextCell(input.labels.directions[k.direction]),
    toTextCell(k.baseline),
    toTextCell(k.target || k.suggestedTarget),
    toTextCell(input.strings.frequencies[k.frequency]),
    toTextCell(k.initiatives.join(LIST)),
    null,
    null,
  ]);
  const headers = [
    l.kpi,
    l.definition,
    l.unit,
    l.direction,
    l.baseline,
    l.target,
    l.frequency,
    l.initiatives,
    l.measuredOn,
    l.measuredValue,
  ];
  return toSheet(input.labels.sheets.kpis, 'KPIs', headers, rows);
}

/** The Scores sheet: the readiness index, then each area with its target and gap, then each phase. */
function buildScoreSheet(input: PlanWorkbookInput): WorkbookSheet {
  const l = input.labels.scores;
  const { score, strings } = input;
  const low = (flag: boolean) => toTextCell(flag ? l.lowCoverage : '');
  const indexNote = score.maturity
    ? fill(l.indexNote, {
        level: score.maturity.level,
        maturity: strings.maturity[score.maturity.id].name,
        verdict: strings.verdicts[score.verdict],
      })
    : strings.verdicts[score.verdict];
  const index: WorkbookCell[] = [
    toTextCell(l.index),
    null,
    toScore(score.index),
    null,
    null,
    toNumberCell(score.coverage, 'percent'),
    toTextCell(indexNote),
  ];
  const titles = new Map(input.dimensions.map((d) => [d.id, d.title]));
  const areas = score.dimensions.map((d): WorkbookCell[] => {
    const target = input.targets[d.dimensionId] ?? null;
    return [
      toTextCell(l.area),
      toTextCell(titles.get(d.dimensionId) ?? d.dimensionId),
      toScore(d.score),
      toNumberCell(target),
      toScore(target === null ? null : getGap(d.score, target)),
      toNumberCell(d.coverage, 'percent'),
      low(d.lowCoverage),
    ];
  });
  const phases = PHASE_IDS.map((id): WorkbookCell[] => {
    const phase = score.phases[id];
    return [
      toTextCell(l.phase),
      toTextCell(strings.phases[id].name),
      toScore(phase.score),
      null,
      null,
      toNumberCell(phase.coverage, 'percent'),
      low(phase.lowCoverage),
    ];
  });
  const headers = [l.kind, l.name, l.score, l.target, l.gap, l.coverage, l.note];
  return toSheet(input.labels.sheets.scores, 'Scores', headers, [index, ...areas, ...phases]);
}

/** The answer in words: the level's description, or don't know / not applicable / not answered. */
function getAnswerText(input: PlanWorkbookInput, question: ReportQuestion): string {
  const level = getLevel(input.assessment.answers, question.id);
  if (level !== null) return question.levels[level] ?? '';
  const t = input.strings.report;
  const state = getAnswerState(question, input.assessment.answers);
  if (state === 'dont-know') return t.dontKnow;
  return state === 'not-applicable' ? t.notApplicable : t.notAnswered;
}

/** The Answers sheet: every question in display order, numbered as in the PDF's appendix. */
function buildAnswerSheet(input: PlanWorkbookInput): WorkbookSheet {
  const l = input.labels.answers;
  const questions = input.dimensions.flatMap((d) => d.questions.map((q) => ({ d, q })));
  const rows = questions.map(({ d, q }, i): WorkbookCell[] => [
    toNumberCell(i + 1),
    toTextCell(d.title),
    toTextCell(q.prompt),
    toTextCell(q.critical ? l.yes : ''),
    toNumberCell(getLevel(input.assessment.answers, q.id)),
    toTextCell(getAnswerText(input, q)),
    toTextCell(input.assessment.notes[q.id]?.trim() ?? ''),
  ]);
  const headers = [l.number, l.area, l.question, l.critical, l.level, l.answer, l.note];
  return toSheet(input.labels.sheets.answers, 'Answers', headers, rows);
}

/** Builds the workbook of a plan: Plan, KPIs, Scores and Answers sheets, named in `input.lang`. */
export function buildPlanWorkbook(input: PlanWorkbookInput): PlanWorkbook {
  return {
    fileName: toPlanFileName(input.assessment, input.now, '.xlsx'),
    sheets: [
      buildPlanSheet(input),
      buildKpiSheet(input),
      buildScoreSheet(input),
      buildAnswerSheet(input),
    ],
  };
}
