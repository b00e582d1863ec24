import { describe, expect, it } from 'vitest';
import type { AssessmentPlan } from '~/domain/assessment/assessment';
import { buildReportDocument } from '~/domain/report/build-report-document';
import { createReportContext } from '~/domain/report/report-context';
import { formatKpiValue, hasProgress } from '~/domain/report/report-follow';
import { getStrings, type Lang } from '~/i18n';
import { KPI_FIGURES, LATER, PROGRESS, withPlan } from './board-fixture';
import { getReportInput } from './report-fixture';
import { blocksOf, section } from './report-queries';

const en = getStrings('en').report;

/** The report of the fixture with `plan` merged in, made on `now`. */
function reportWith(plan: Partial<AssessmentPlan>, lang: Lang = 'en', now = LATER) {
  return buildReportDocument({ ...getReportInput(lang, withPlan(plan)), now });
}

describe('whether a plan has progress to report', () => {
  it.each<[string, Partial<AssessmentPlan> | undefined, boolean]>([
    ['no plan', undefined, false],
    ['an empty plan', {}, false],
    ['every initiative not started', { progress: { a: { status: 'not-started' } } }, false],
    ['KPIs without a measurement', { measurements: { k: [] } }, false],
    ['one initiative in progress', { progress: { a: { status: 'in-progress' } } }, true],
    ['one initiative dropped', { progress: { a: { status: 'dropped', reason: 'x' } } }, true],
    ['one measurement', { measurements: { k: [{ date: '2027-04-01', value: 1 }] } }, true],
  ])('%s: %s', (_name, plan, expected) => {
    const full = plan && { ...withPlan({}).plan!, ...plan };
    expect(hasProgress(full)).toBe(expected);
  });
});

describe('a report without progress', () => {
  it('is the report it was before: no progress section, nothing else changed', () => {
    const plain = buildReportDocument(getReportInput('en'));
    const idle = reportWith(
      { progress: { 'process-redesign': { status: 'not-started' } }, measurements: { x: [] } },
      'en',
      getReportInput('en').now,
    );
    expect(plain.sections.map((s) => s.id)).not.toContain('progress');
    expect(idle).toEqual(plain);
  });
});

describe.each<[Lang, string, string, string]>([
  ['en', 'Progress against the plan', 'Redesign processes before automating them', 'Off track'],
  ['es', 'Avance del plan', 'Rediseñar los procesos antes de automatizarlos', 'Desviado'],
])('the progress section in %s', (lang, title, lateName, offTrack) => {
  const doc = reportWith({ progress: PROGRESS, ...KPI_FIGURES }, lang);
  const progress = section(doc, 'progress');
  const t = getStrings(lang).report;
  const tables = blocksOf(progress, 'table');

  it('follows the KPI section, before the change-management plan', () => {
    const ids = doc.sections.map((s) => s.id);
    expect(ids.indexOf('progress')).toBe(ids.indexOf('kpis') + 1);
    expect(ids.indexOf('change')).toBe(ids.indexOf('progress') + 1);
    expect(progress.blocks[0]).toEqual({ kind: 'heading', level: 1, text: title });
  });

  it('counts the initiatives by phase and status, with a total row', () => {
    const [byPhase] = tables;
    expect(byPhase?.caption).toBe(t.progressByPhaseCaption);
    expect(byPhase?.columns.map((c) => c.header)).toEqual([
      t.colPhase,
      t.colStatusDone,
      t.colStatusInProgress,
      t.colStatusLate,
      t.colStatusNotStarted,
      t.colStatusDropped,
      t.colTotal,
    ]);
    expect(byPhase?.rows.at(-1)).toEqual([t.colTotal, '2', '0', '20', '15', '1', '38']);
  });

  it('names the late initiatives, their owner, planned finish and what they hold up', () => {
    const late = tables[1];
    const row = late?.rows.find((r) => r[0] === lateName);
    expect(row?.[1]).toBeTruthy();
    expect(row?.[3]).not.toBe('—');
  });

  it('gives each measured KPI its latest value against its target, on or off track', () => {
    const kpis = tables[2];
    expect(kpis?.rows).toHaveLength(4);
    expect(kpis?.rows.map((r) => r[3])).toContain(offTrack);
    expect(kpis?.rows.some((r) => r[2] === '—')).toBe(true);
  });
});

describe('the progress section at the edges', () => {
  it('says that nothing is late and nothing is measured', () => {
    const doc = reportWith(
      { progress: { 'process-redesign': { status: 'in-progress' } } },
      'en',
      getReportInput('en').now,
    );
    const texts = blocksOf(section(doc, 'progress'), 'paragraph').map((p) => p.text);
    expect(texts).toContain(en.noLate);
    expect(texts).toContain(en.noMeasurements);
  });

  it('leaves out a phase without initiatives, and writes a missing owner as "—"', () => {
    const input = getReportInput('en', withPlan({ progress: PROGRESS }));
    const initiatives = input.roadmap.initiatives
      .filter((i) => i.phase !== 'action')
      .map((i) => ({ ...i, owner: '', dependsOn: [...i.dependsOn, 'An initiative left out'] }));
    const doc = buildReportDocument({
      ...input,
      now: LATER,
      roadmap: { ...input.roadmap, initiatives },
    });
    const [byPhase, late] = blocksOf(section(doc, 'progress'), 'table');
    expect(byPhase?.rows.map((r) => r[0])).toEqual(['Analysis', 'Diagnosis', 'Total']);
    expect(late?.rows.every((r) => r[1] === '—')).toBe(true);
  });

  it('writes a percentage with its sign, an amount bare, and a unit the words lack by its id', () => {
    const c = createReportContext(getReportInput('en'));
    expect(formatKpiValue(c, 45, 'percent')).toBe('45\u00a0%');
    expect(formatKpiValue(c, 1250.5, 'currency')).toBe('1,250.5');
    const bare = { ...c, input: { ...c.input, strings: { ...c.input.strings, units: {} } } };
    expect(formatKpiValue(bare, 3, 'days')).toBe('3\u00a0days');
  });
});

describe('what a late initiative holds up', () => {
  it('names the first three and counts the rest', () => {
    const doc = reportWith({ progress: PROGRESS });
    const late = blocksOf(section(doc, 'progress'), 'table')[1];
    const cells = late?.rows.map((r) => r[3]) ?? [];
    expect(cells).toContainEqual(
      expect.stringMatching(
        /^Put privacy, consent and data security on a sound footing; Cleanse, deduplicate and migrate customer data; Bring the sales force channel into operation and \d+ more$/,
      ),
    );
    expect(cells).toContain('—');
    expect(cells.some((cell) => cell !== '—' && !cell?.includes(' more'))).toBe(true);
  });
});
