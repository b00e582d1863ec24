import { getNextSteps as getPlanNextSteps } from '~/domain/roadmap/plan-views';
import { describe, expect, it } from 'vitest';
import { LIGHT } from '~/design/tokens';
import { buildReportDocument } from '~/domain/report/build-report-document';
import type { ReportBlock } from '~/domain/report/report-document';
import { getGapRows } from '~/domain/results/summarize-results';
import { toDisplayIndex } from '~/domain/scoring/maturity-level';
import { getStrings, type Lang } from '~/i18n';
import {
  collectNumbers,
  collectStrings,
  getNotes,
  getReportInput,
  questionnaire,
} from './report-fixture';
import { afterHeading, blocksOf, section, type BlockOf } from './report-queries';

const SECTION_ORDER = ['summary', 'charts', 'findings', 'roadmap', 'kpis', 'change', 'appendix'];

describe.each<[Lang, string, string]>([
  ['en', 'March 14, 2027', 'Assessed by Marta Núñez'],
  ['es', '14 de marzo de 2027', 'Evaluación realizada por Marta Núñez'],
])('the report of a complete assessment in %s', (lang, date, assessedBy) => {
  const input = getReportInput(lang);
  const doc = buildReportDocument(input);
  const t = getStrings(lang).report;
  const strings = collectStrings(doc);

  it('is in the language asked for, with the sections in reading order', () => {
    expect(doc.lang).toBe(lang);
    expect(doc.sections.map((s) => s.id)).toEqual(SECTION_ORDER);
    for (const s of doc.sections) expect(s.blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
  });

  it('names the organization, the assessment, the date in words and who assessed on the cover', () => {
    expect(doc.cover).toEqual({
      title: t.title,
      organization: 'Pérez & Hijos, S.L.',
      assessmentName: 'CRM readiness, spring 2027',
      date,
      assessedBy,
      logo: null,
      subtitle: t.subtitle,
    });
    expect(doc.cover.subtitle).toContain('ProCheck');
    expect(doc.header).toBe(`${t.title} · Pérez & Hijos, S.L.`);
    expect(doc.title).toBe(doc.header);
    expect(doc.author).toBe('Marta Núñez');
    expect(doc.pageLabel).toMatch(/\{page\}.*\{pages\}/);
  });

  it('opens the summary with the index, its maturity level in words and the verdict', () => {
    const { score, strings: s } = input;
    const [figures] = blocksOf(section(doc, 'summary'), 'figures');
    const level = score.maturity ? s.maturity[score.maturity.id] : undefined;
    expect(figures?.items[0]?.value).toBe(`${toDisplayIndex(score.index ?? 0)} / 100`);
    expect(figures?.items[0]?.note).toContain(level?.name);
    expect(figures?.items[0]?.note).toContain(level?.meaning);
    expect(score.verdict).toBe('not-ready');
    expect(figures?.items[1]).toEqual({ label: t.verdict, value: s.verdicts['not-ready'] });
  });

  it('lists the blockers first, in red, with the answered level', () => {
    const summary = section(doc, 'summary');
    const bullets = blocksOf(summary, 'bullets');
    const blockers = input.score.blockers;
    expect(blockers.length).toBeGreaterThan(0);
    expect(bullets[0]?.tone).toBe('danger');
    expect(bullets[0]?.items).toEqual(
      blockers.map((id) => {
        const q = questionnaire.questions.find((x) => x.id === id);
        return t.blocker
          .replace('{prompt}', q?.prompt[lang] ?? '')
          .replace('{level}', String(input.assessment.answers[id]));
      }),
    );
    const firstBullets = summary.blocks.indexOf(bullets[0] as ReportBlock);
    expect(firstBullets).toBeLessThan(afterHeading(summary, t.prioritiesHeading));
  });

  it('gives the three biggest weighted gaps as priorities, each with its area’s lever', () => {
    const summary = section(doc, 'summary');
    const list = summary.blocks[afterHeading(summary, t.prioritiesHeading)] as BlockOf<'bullets'>;
    const top = getGapRows(input.score, input.targets).filter((r) => r.gap === null || r.gap > 0);
    expect(list.items).toHaveLength(3);
    list.items.forEach((item, i) => {
      const dimension = input.dimensions.find((d) => d.id === top[i]?.dimensionId);
      expect(item.startsWith(`${dimension?.title}: `)).toBe(true);
    });
  });

  it('names the next steps: what resolves the blockers listed above them, with owner and date (#13)', () => {
    const summary = section(doc, 'summary');
    const list = summary.blocks[afterHeading(summary, t.nextStepsHeading)] as BlockOf<'bullets'>;
    const steps = getPlanNextSteps(input.roadmap);
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items).toHaveLength(steps.length);
    list.items.forEach((item, i) => {
      const step = steps[i]!;
      expect(item.startsWith(`${step.title}: `)).toBe(true);
      expect(item).toContain(step.owner);
      // Each resolves a blocker when the assessment has one; else it is among the plan's focus.
      if (input.score.blockers.length > 0) expect(step.blockers.length).toBeGreaterThan(0);
      else expect(step.focusRank).not.toBeNull();
    });
  });

  it('draws a radar with one label per dimension and whole numbers or null, never NaN', () => {
    const [radar] = blocksOf(section(doc, 'charts'), 'radar');
    expect(radar?.labels).toEqual(input.dimensions.map((d) => d.title));
    expect(radar?.labels).toHaveLength(9);
    expect(radar?.series.map((s) => s.color)).toEqual([LIGHT.accent, LIGHT.change]);
    expect(radar?.series[1]?.dashed).toBe(true);
    for (const series of radar?.series ?? []) {
      expect(series.values).toHaveLength(9);
      for (const v of series.values) if (v !== null) expect(Number.isInteger(v)).toBe(true);
    }
    expect(radar?.series[1]?.values[input.dimensions.findIndex((d) => d.id === 'technology')]).toBe(
      80,
    );
  });

  it('names the three strongest and three weakest areas under the gap table', () => {
    const charts = section(doc, 'charts');
    const lines = blocksOf(charts, 'paragraph').map((p) => p.text);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.match(/\d+ \/ 100/g)).toHaveLength(3);
    expect(charts.blocks.at(-1)).toEqual({ kind: 'paragraph', text: lines[1] });
  });

  it('draws the phase bars in the phase colours', () => {
    const [bars] = blocksOf(section(doc, 'charts'), 'bars');
    expect(bars?.items.map((b) => b.color)).toEqual([
      LIGHT.analysis,
      LIGHT.diagnosis,
      LIGHT.action,
    ]);
    expect(bars?.emptyLabel).toBe(t.notEnough);
  });

  it('gives each dimension a heading with its score, strengths, gaps and lever', () => {
    const findings = section(doc, 'findings');
    const headings = blocksOf(findings, 'heading').filter((h) => h.level === 2);
    expect(headings.map((h) => h.text.split(' — ')[0])).toEqual(
      input.dimensions.map((d) => d.title),
    );
    for (const h of headings) expect(h.text).toMatch(/ — \d{1,3} \/ 100$/);
    expect(blocksOf(findings, 'heading').filter((h) => h.text === t.strengthsHeading)).toHaveLength(
      9,
    );
  });

  it('lists a dimension’s gaps lowest level first, then the unknown', () => {
    const findings = section(doc, 'findings');
    const gapLists = findings.blocks.flatMap((b, i) =>
      b.kind === 'heading' && b.text === t.gapsHeading ? [findings.blocks[i + 1]] : [],
    );
    for (const list of gapLists) {
      if (list?.kind !== 'bullets') continue;
      const ranks = list.items.map((item) => {
        const level = /\((?:level|nivel) (\d)\)$/.exec(item)?.[1];
        return level === undefined ? 9 : Number(level);
      });
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
  });

  it('shows the roadmap as a Gantt by phase, change management hatched, and a table', () => {
    const roadmap = section(doc, 'roadmap');
    const [gantt] = blocksOf(roadmap, 'gantt');
    const table = blocksOf(roadmap, 'table').find((b) => b.caption === t.initiativesCaption);
    const items = input.roadmap.initiatives;
    expect(gantt?.totalWeeks).toBe(input.roadmap.totalWeeks);
    expect(gantt?.groups.at(-1)).toMatchObject({ hatched: true, color: LIGHT.change });
    expect(gantt?.groups.flatMap((g) => g.items)).toHaveLength(items.length);
    expect(gantt?.groups.flatMap((g) => g.items).some((i) => i.milestone)).toBe(true);
    expect(table?.rows).toHaveLength(items.length);
    for (const row of table?.rows ?? []) expect(row).toHaveLength(table?.columns.length ?? 0);
    expect(roadmap.blocks[1]).toMatchObject({ kind: 'paragraph', tone: 'lead' });
  });

  it('has one KPI row per KPI of the plan, seven cells each, with the owners', () => {
    const [table] = blocksOf(section(doc, 'kpis'), 'table');
    const kpis = input.roadmap.kpis;
    expect(kpis.length).toBeGreaterThan(0);
    expect(table?.columns).toHaveLength(7);
    expect(table?.rows).toHaveLength(kpis.length);
    for (const row of table?.rows ?? []) {
      expect(row).toHaveLength(7);
      expect(row[6]).not.toBe('');
    }
    expect(table?.rows.map((r) => r[0])).toEqual(kpis.map((k) => k.name));
    const adoption = table?.rows.find(
      (r) => r[0] === kpis.find((k) => k.id === 'crm-adoption-rate')?.name,
    );
    expect(adoption?.slice(3, 6)).toEqual([
      '35 %',
      '85 %',
      getStrings(lang).roadmap.frequencies.weekly,
    ]);
    expect(adoption?.[6]).toContain('Íñigo Sáenz');
  });

  it('lists the change-management initiatives with when and who', () => {
    const [table] = blocksOf(section(doc, 'change'), 'table');
    const change = input.roadmap.initiatives.filter((i) => i.changeManagement);
    expect(change.length).toBeGreaterThan(0);
    expect(table?.rows.map((r) => r[0])).toEqual(change.map((i) => i.title));
  });

  it('has every one of the 60 questions in the appendix, numbered, with every note', () => {
    const appendix = section(doc, 'appendix');
    const tables = blocksOf(appendix, 'table');
    const rows = tables.flatMap((table) => table.rows);
    expect(tables).toHaveLength(9);
    expect(rows).toHaveLength(60);
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 60 }, (_, i) => String(i + 1)));
    const notes = Object.values(getNotes());
    expect(notes.length).toBeGreaterThan(3);
    for (const note of notes) expect(rows.some((r) => r[3] === note)).toBe(true);
    const answers = new Set(rows.map((r) => r[2]?.split(' — ')[0]));
    expect([...answers]).toEqual(
      expect.arrayContaining([t.dontKnow, t.notApplicable, t.answerLevel.split(' ')[0] + ' 3']),
    );
  });

  it('has no NaN, undefined or unfilled placeholder anywhere', () => {
    for (const [path, text] of strings) {
      expect(text, path).not.toMatch(/NaN|undefined|\[object Object\]/);
      if (path !== 'pageLabel' && !path.endsWith('weekLabel'))
        expect(text, path).not.toMatch(/\{\w+\}/);
    }
    for (const [path, n] of collectNumbers(doc)) expect(Number.isFinite(n), path).toBe(true);
  });

  it('writes the file name from the organization and the local date', () => {
    expect(doc.fileName).toBe('crm-plan-perez-hijos-s-l-2027-03-14.pdf');
  });
});

describe('the report in Spanish', () => {
  const doc = buildReportDocument(getReportInput('es'));
  const all = collectStrings(doc)
    .map(([, text]) => text)
    .join('\n');

  it.each(['á', 'é', 'í', 'ó', 'ú', 'ñ', '¿', '«', '»'])('keeps the character %s', (char) => {
    expect(all).toContain(char);
  });

  it('has Spanish headings and dates', () => {
    expect(section(doc, 'summary').blocks[0]).toEqual({
      kind: 'heading',
      level: 1,
      text: 'Resumen ejecutivo',
    });
    expect(all).toContain('Índice de preparación');
    expect(all).toContain('del 15 de marzo de 2027 al');
    expect(all).not.toContain('Executive summary');
  });
});
