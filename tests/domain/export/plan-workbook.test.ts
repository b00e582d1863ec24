import { describe, expect, it } from 'vitest';
import { buildPlanWorkbook } from '~/domain/export/plan-workbook';
import type { WorkbookCell, WorkbookSheet } from '~/domain/export/workbook-cell';
import { createAssessment } from '~/domain/assessment/assessment';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import { NOW, questionnaire } from '../report/report-fixture';
import { getWorkbookInput as getInput } from './workbook-fixture';

/** A cell's value as a reader sees it: text, number or yyyy-mm-dd, or null. */
function valueOf(cell: WorkbookCell | undefined): string | number | null {
  return cell ? cell.value : null;
}

/** A score as the workbook gives it: to one decimal. */
const toTenths = (value: number) => Math.round(value * 10) / 10;

/** The sheet's rows as values, one record per row keyed by header. */
function records(sheet: WorkbookSheet): Record<string, string | number | null>[] {
  return sheet.rows.map((row) =>
    Object.fromEntries(sheet.columns.map((c, i) => [c.header, valueOf(row[i] ?? undefined)])),
  );
}

describe.each(['en', 'es'] as const)('buildPlanWorkbook in %s', (lang) => {
  const input = getInput(lang);
  const book = buildPlanWorkbook(input);
  const labels = input.labels;
  const [plan, kpis, scores, answers] = book.sheets as [
    WorkbookSheet,
    WorkbookSheet,
    WorkbookSheet,
    WorkbookSheet,
  ];

  it('is named crm-plan-<organization>-<day>.xlsx', () => {
    expect(book.fileName).toBe('crm-plan-perez-hijos-s-l-2027-03-14.xlsx');
  });

  it('has four sheets named in the UI language', () => {
    expect(book.sheets.map((s) => s.name)).toEqual([
      labels.sheets.plan,
      labels.sheets.kpis,
      labels.sheets.scores,
      labels.sheets.answers,
    ]);
  });

  it('lists every initiative in schedule order, then every go-live', () => {
    const doc = input.roadmap;
    const rows = records(plan);
    expect(rows).toHaveLength(doc.initiatives.length + doc.goLives.length);
    expect(rows.slice(0, doc.initiatives.length).map((r) => r[labels.plan.initiative])).toEqual(
      doc.initiatives.map((i) => i.title),
    );
    const goLiveTitles = rows.slice(doc.initiatives.length).map((r) => r[labels.plan.initiative]);
    expect(goLiveTitles).toEqual(
      doc.goLives.map((g) =>
        labels.plan.goLive.replace('{channel}', input.strings.channels[g.channel]),
      ),
    );
    expect(doc.goLives.length).toBeGreaterThan(0);
  });

  it('writes planned dates as date cells, weeks as numbers, and leaves progress empty', () => {
    const first = input.roadmap.initiatives[0]!;
    const row = plan.rows[0]!;
    const at = (header: string) => row[plan.columns.findIndex((c) => c.header === header)];
    expect(at(labels.plan.plannedStart)).toEqual({ kind: 'date', value: first.startDate });
    expect(at(labels.plan.plannedFinish)).toEqual({ kind: 'date', value: first.endDate });
    expect(at(labels.plan.weeks)).toEqual({ kind: 'number', value: first.weeks });
    expect(at(labels.plan.status)).toEqual({ kind: 'text', value: labels.plan.notStarted });
    expect(at(labels.plan.actualStart)).toBeNull();
    expect(at(labels.plan.actualFinish)).toBeNull();
  });

  it('names the owner the user gave, with accents intact', () => {
    const owners = records(plan).map((r) => r[labels.plan.owner]);
    expect(owners).toContain('Lucía Ortega');
  });

  it('lists every KPI with the user’s figures and empty measurement columns', () => {
    const rows = records(kpis);
    expect(rows.map((r) => r[labels.kpis.kpi])).toEqual(input.roadmap.kpis.map((k) => k.name));
    const adoption = input.roadmap.kpis.find((k) => k.id === 'crm-adoption-rate')!;
    const row = rows.find((r) => r[labels.kpis.kpi] === adoption.name)!;
    expect(row[labels.kpis.baseline]).toBe('35 %');
    expect(row[labels.kpis.target]).toBe('85 %');
    expect(row[labels.kpis.frequency]).toBe(input.strings.frequencies.weekly);
    expect(row[labels.kpis.measuredOn]).toBeNull();
    expect(row[labels.kpis.measuredValue]).toBeNull();
    const other = input.roadmap.kpis.find((k) => k.target === '')!;
    const suggested = rows.find((r) => r[labels.kpis.kpi] === other.name)!;
    expect(suggested[labels.kpis.target]).toBe(other.suggestedTarget);
    expect(suggested[labels.kpis.baseline]).toBeNull();
  });

  it('gives the index, every area with target and gap, and every phase, as numbers', () => {
    const rows = records(scores);
    const { score, targets } = input;
    expect(rows).toHaveLength(1 + score.dimensions.length + 3);
    expect(rows[0]![labels.scores.score]).toBe(toTenths(score.index!));
    expect(rows[0]![labels.scores.coverage]).toBe(score.coverage);
    score.dimensions.forEach((d, i) => {
      const row = rows[i + 1]!;
      expect(row[labels.scores.score]).toBe(toTenths(d.score!));
      expect(row[labels.scores.target]).toBe(targets[d.dimensionId]);
      expect(row[labels.scores.gap]).toBe(
        toTenths(Math.max(0, targets[d.dimensionId]! - d.score!)),
      );
    });
    expect(rows.slice(-3).map((r) => r[labels.scores.name])).toEqual([
      input.strings.phases.analysis.name,
      input.strings.phases.diagnosis.name,
      input.strings.phases.action.name,
    ]);
    expect(scores.rows[0]![5]).toEqual({
      kind: 'number',
      value: score.coverage,
      format: 'percent',
    });
  });

  it('lists every question with its level as a number, its words and its note', () => {
    const rows = records(answers);
    const questions = input.dimensions.flatMap((d) => d.questions);
    expect(rows).toHaveLength(questions.length);
    expect(rows.map((r) => r[labels.answers.number])).toEqual(questions.map((_, i) => i + 1));
    const t = input.strings.report;
    const words = new Set(rows.map((r) => r[labels.answers.answer]));
    expect(words).toContain(t.dontKnow);
    expect(words).toContain(t.notApplicable);
    const noted = rows.filter((r) => r[labels.answers.note] !== null);
    expect(noted.length).toBe(Object.keys(input.assessment.notes).length);
    expect(String(noted[0]![labels.answers.note])).toContain('¿quién?');
    questions.forEach((q, i) => {
      const value = input.assessment.answers[q.id];
      const level = typeof value === 'number' ? value : null;
      expect(rows[i]![labels.answers.level]).toBe(level);
      if (level !== null) expect(rows[i]![labels.answers.answer]).toBe(q.levels[level]);
      expect(rows[i]![labels.answers.critical]).toBe(q.critical ? labels.answers.yes : null);
    });
  });

  it('writes no formula: text that looks like one stays a text cell', () => {
    const hostile = {
      ...input,
      assessment: { ...input.assessment, notes: { [questionnaire.questions[0]!.id]: '=1+1' } },
    };
    const cell = buildPlanWorkbook(hostile).sheets[3]!.rows[0]![6];
    expect(cell).toEqual({ kind: 'text', value: '=1+1' });
  });
});

describe('buildPlanWorkbook with little to go on', () => {
  const base = getInput('en');
  const labels = base.labels;

  it('an assessment with no answers: no index, no maturity, every question "not answered"', () => {
    const assessment = createAssessment(
      { name: 'Empty', organization: '', assessor: '', contentVersion: 1 },
      NOW,
      'empty',
    );
    const score = scoreAssessment(questionnaire.scoringModel, {});
    const book = buildPlanWorkbook({ ...base, assessment, score });
    expect(book.fileName).toBe('crm-plan-empty-2027-03-14.xlsx');
    const [, , scores, answers] = book.sheets;
    expect(scores!.rows[0]![2]).toBeNull();
    expect(scores!.rows[0]![6]).toEqual({
      kind: 'text',
      value: base.strings.verdicts[score.verdict],
    });
    expect(scores!.rows[1]![6]).toEqual({ kind: 'text', value: labels.scores.lowCoverage });
    const texts = answers!.rows.map((r) => valueOf(r[5] ?? undefined));
    expect(new Set(texts)).toEqual(new Set([base.strings.report.notAnswered]));
    expect(answers!.rows.every((r) => r[4] === null)).toBe(true);
  });

  it('falls back to ids and raw values where words or targets are missing', () => {
    const [firstDimension] = base.dimensions;
    const dimension = {
      ...firstDimension!,
      questions: firstDimension!.questions.map((q) => ({ ...q, levels: [] })),
    };
    const kpi = { ...base.roadmap.kpis[0]!, unit: 'no-such-unit' };
    const goLive = { ...base.roadmap.goLives[0]!, id: 'no-such-initiative' };
    const book = buildPlanWorkbook({
      ...base,
      dimensions: [dimension],
      targets: {},
      roadmap: { ...base.roadmap, initiatives: [], kpis: [kpi], goLives: [goLive] },
    });
    const [plan, kpis, scores, answers] = book.sheets;
    expect(plan!.rows).toHaveLength(1);
    expect(plan!.rows[0]!.slice(0, 3)).toEqual([
      null,
      null,
      { kind: 'text', value: `Go-live: ${base.strings.channels[goLive.channel]}` },
    ]);
    expect(kpis!.rows[0]![2]).toEqual({ kind: 'text', value: 'no-such-unit' });
    const secondArea = scores!.rows[2]!;
    expect(secondArea[1]).toEqual({ kind: 'text', value: base.score.dimensions[1]!.dimensionId });
    expect(secondArea[3]).toBeNull();
    expect(secondArea[4]).toBeNull();
    const answered = answers!.rows.find((r) => r[4] !== null)!;
    expect(answered[5]).toBeNull();
  });
});
