import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Assessment } from '~/domain/assessment/assessment';
import { buildReportDocument, toReportFileName } from '~/domain/report/build-report-document';
import type { ReportSection } from '~/domain/report/report-document';
import type { ReportText, ReportTextKey } from '~/domain/report/report-input';
import type { DimensionScore } from '~/domain/scoring/score-assessment';
import { getStrings } from '~/i18n';
import type { UiStrings } from '~/i18n/types';
import { collectNumbers, collectStrings, getReportInput, questionnaire } from './report-fixture';
import { afterHeading, blocksOf, section, type BlockOf } from './report-queries';

describe('the report file name', () => {
  it.each([
    ['Pérez & Hijos, S.L.', 'Plan', 'crm-plan-perez-hijos-s-l-2027-03-14.pdf'],
    ['', 'Primavera 2027', 'crm-plan-primavera-2027-2027-03-14.pdf'],
    ['../../etc', 'x', 'crm-plan-etc-2027-03-14.pdf'],
    ['🚀 Cohete Ñandú', 'x', 'crm-plan-cohete-nandu-2027-03-14.pdf'],
    ['🚀🚀', '', 'crm-plan-assessment-2027-03-14.pdf'],
    ['CON', '', 'crm-plan-con-2027-03-14.pdf'],
    ['a'.repeat(300), '', `crm-plan-${'a'.repeat(60)}-2027-03-14.pdf`],
  ])('for organization %j and name %j is %s', (organization, name, expected) => {
    const now = new Date(2027, 2, 14, 23, 59);
    const assessment = { organization, name, assessor: '', answers: {}, notes: {} };
    const fileName = toReportFileName({ assessment, now });
    expect(fileName).toBe(expected);
    expect(fileName).toMatch(/^crm-plan-[a-z0-9]+(-[a-z0-9]+)*-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
});

describe('a report of an assessment with nothing answered', () => {
  const blank = getReportInput('en');
  const input = getReportInput('en', {
    ...blank.assessment,
    id: 'blank',
    createdAt: '',
    updatedAt: '',
    contentVersion: 1,
    mode: 'full',
    profile: {},
    position: 'profile',
    setAside: { answers: {}, notes: {} },
    answers: {},
    notes: {},
    assessor: '  ',
    plan: undefined,
  });
  const doc = buildReportDocument(input);
  const t = getStrings('en').report;

  it('still builds, with no NaN or undefined anywhere', () => {
    for (const [path, text] of collectStrings(doc)) {
      expect(text, path).not.toMatch(/NaN|undefined/);
    }
    for (const [path, n] of collectNumbers(doc)) expect(Number.isFinite(n), path).toBe(true);
  });

  it('says there is not enough information instead of a score', () => {
    const [figures] = blocksOf(section(doc, 'summary'), 'figures');
    expect(figures?.items[0]).toEqual({ label: t.index, value: t.notEnough, note: t.noIndexNote });
    expect(figures?.items[1]?.value).toBe(getStrings('en').verdicts.provisional);
    const [radar] = blocksOf(section(doc, 'charts'), 'radar');
    expect(radar?.series[0]?.values.every((v) => v === null)).toBe(true);
    const [bars] = blocksOf(section(doc, 'charts'), 'bars');
    expect(bars?.items.every((b) => b.value === null)).toBe(true);
    const headings = blocksOf(section(doc, 'findings'), 'heading').filter((h) => h.level === 2);
    for (const h of headings) expect(h.text.endsWith(`— ${t.notEnough}`)).toBe(true);
  });

  it('lists the open critical questions and unscored priorities instead of blockers', () => {
    const summary = section(doc, 'summary');
    expect(blocksOf(summary, 'bullets').some((b) => b.tone === 'danger')).toBe(false);
    const open = summary.blocks[afterHeading(summary, t.openCriticalHeading)] as BlockOf<'bullets'>;
    expect(open.items).toHaveLength(input.score.openCriticals.length);
    expect(open.items[0]).toMatch(new RegExp(`${t.notAnswered}$`));
    const priorities = summary.blocks[
      afterHeading(summary, t.prioritiesHeading)
    ] as BlockOf<'bullets'>;
    expect(priorities.items[0]).toMatch(/the area has no score yet/);
    expect(blocksOf(section(doc, 'charts'), 'paragraph')).toEqual([]);
  });

  it('answers every question of the appendix with "Not answered" and leaves the cover unsigned', () => {
    const rows = blocksOf(section(doc, 'appendix'), 'table').flatMap((table) => table.rows);
    expect(rows.every((r) => r[2] === t.notAnswered && r[3] === '')).toBe(true);
    expect(doc.cover.assessedBy).toBeNull();
    expect(doc.author).toBe('Pérez & Hijos, S.L.');
  });
});

describe('a report whose roadmap is empty', () => {
  const full = getReportInput('es');
  const doc = buildReportDocument({
    ...full,
    roadmap: { ...full.roadmap, initiatives: [], kpis: [], milestones: [], totalWeeks: 0 },
  });
  const t = getStrings('es').report;

  it.each([
    ['roadmap', t.roadmapEmpty],
    ['kpis', t.noKpis],
    ['change', t.changeNone],
  ])('says so in the %s section', (id, text) => {
    expect(section(doc, id).blocks).toEqual([
      expect.objectContaining({ kind: 'heading' }),
      { kind: 'paragraph', text },
    ]);
  });

  it('says there are no next steps yet', () => {
    const summary = section(doc, 'summary');
    expect(summary.blocks[afterHeading(summary, t.nextStepsHeading)]).toEqual({
      kind: 'paragraph',
      text: t.noNextSteps,
      tone: 'muted',
    });
  });
});

describe('a report of a partly answered assessment', () => {
  const full = getReportInput('en');
  const answers = Object.fromEntries(
    questionnaire.questions.slice(0, 12).map((q) => [q.id, 3] as const),
  );
  const input = getReportInput('en', { ...full.assessment, answers } as Assessment);
  const doc = buildReportDocument(input);

  it('says the index is provisional, with the share answered, right after the figures', () => {
    expect(input.score.provisional).toBe(true);
    const summary = section(doc, 'summary');
    expect(summary.blocks[1]?.kind).toBe('figures');
    const note = summary.blocks[2];
    expect(note?.kind === 'paragraph' && note.text).toMatch(
      /^Provisional: only \d{1,2} % of the questions’ weight/,
    );
  });

  it('splits the two scored areas into strongest and weakest instead of repeating them', () => {
    const lines = blocksOf(section(doc, 'charts'), 'paragraph').map((p) => p.text);
    const scored = input.score.dimensions.filter((d) => d.score !== null);
    expect(scored).toHaveLength(2);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Strongest areas: [^,]+ \(\d+ \/ 100\)\.$/);
    expect(lines[1]).toMatch(/^Weakest areas: [^,]+ \(\d+ \/ 100\)\.$/);
    expect(lines[0]?.split(': ')[1]).not.toBe(lines[1]?.split(': ')[1]);
  });
});

describe('a report of an assessment at the top level everywhere', () => {
  const full = getReportInput('en');
  const answers = Object.fromEntries(questionnaire.questions.map((q) => [q.id, 4] as const));
  const input = getReportInput('en', { ...full.assessment, answers } as Assessment);
  const doc = buildReportDocument(input);
  const t = getStrings('en').report;

  it('is ready, with no blockers, no priorities, no gaps and no lever', () => {
    const summary = section(doc, 'summary');
    expect(blocksOf(summary, 'figures')[0]?.items[1]?.value).toBe('Ready');
    expect(blocksOf(summary, 'heading').map((h) => h.text)).not.toContain(t.blockersHeading);
    expect(summary.blocks[afterHeading(summary, t.prioritiesHeading)]).toMatchObject({
      text: t.noPriorities,
    });
    const texts = blocksOf(section(doc, 'findings'), 'paragraph').map((p) => p.text);
    expect(texts.filter((text) => text === t.noGaps)).toHaveLength(9);
    expect(texts.filter((text) => text === t.noLever)).toHaveLength(9);
  });
});

describe('a report whose parts do not quite match', () => {
  const full = getReportInput('en');
  const extraDimension = {
    id: 'retired-area',
    title: 'Retired area',
    summary: '',
    weight: 1,
    phases: ['analysis' as const],
    questions: [
      {
        id: 'retired-question',
        dimensionId: 'retired-area',
        phase: 'analysis' as const,
        weight: 1,
        critical: false,
        notApplicable: false,
        prompt: 'An old question?',
        why: '',
        levels: [],
      },
    ],
  };
  const doc = buildReportDocument({
    ...full,
    assessment: {
      ...full.assessment,
      organization: ' ',
      answers: { ...full.assessment.answers, 'retired-question': 2 },
    },
    dimensions: [...full.dimensions, extraDimension],
    score: {
      ...full.score,
      blockers: ['unknown-question', ...full.score.blockers],
      dimensions: [
        ...full.score.dimensions,
        { ...(full.score.dimensions[0] as DimensionScore), dimensionId: 'ghost-area' },
      ],
    },
    roadmap: {
      ...full.roadmap,
      kpis: full.roadmap.kpis.map((k, i) => (i === 0 ? { ...k, unit: 'widgets' } : k)),
    },
  });
  const t = getStrings('en').report;

  it('still builds, naming what it cannot find by its id', () => {
    const summary = section(doc, 'summary');
    expect(blocksOf(summary, 'bullets')[0]?.items[0]).toBe('unknown-question (level 0)');
    const findings = section(doc, 'findings');
    expect(blocksOf(findings, 'heading').map((h) => h.text)).toContain(
      `Retired area — ${t.notEnough}`,
    );
    expect(blocksOf(findings, 'paragraph').map((p) => p.text)).toContain(t.noAnswers);
    const [kpis] = blocksOf(section(doc, 'kpis'), 'table');
    expect(kpis?.rows[0]?.[2]).toBe('widgets');
    const [gaps] = blocksOf(section(doc, 'charts'), 'table');
    expect(gaps?.rows.map((r) => r[0])).toContain('ghost-area');
    const rows = blocksOf(section(doc, 'appendix'), 'table').flatMap((table) => table.rows);
    // Numbered after every question of the questionnaire.
    expect(rows.at(-1)).toEqual([String(rows.length), 'An old question?', 'Level 2 — ', '']);
  });

  it('falls back to the report title when the organization is blank', () => {
    expect(doc.title).toBe(t.title);
    expect(doc.header).toBe(t.title);
    expect(doc.cover.organization).toBe('');
    expect(doc.fileName).toBe('crm-plan-crm-readiness-spring-2027-2027-03-14.pdf');
  });
});

describe('the parts of the report that vary', () => {
  const input = getReportInput('en');

  it('inserts extra sections before the appendix, in order', () => {
    const extra = (id: string): ReportSection => ({
      id,
      blocks: [{ kind: 'heading', level: 1, text: id }],
    });
    const doc = buildReportDocument({
      ...input,
      extraSections: [extra('packaged-vs-custom'), extra('workshop')],
    });
    expect(doc.sections.map((s) => s.id).slice(-3)).toEqual([
      'packaged-vs-custom',
      'workshop',
      'appendix',
    ]);
  });

  it('puts the logo on the cover as it is', () => {
    const logo = {
      format: 'PNG' as const,
      bytes: new Uint8Array([1, 2, 3]),
      width: 120,
      height: 40,
    };
    expect(buildReportDocument({ ...input, logo }).cover.logo).toBe(logo);
  });

  it('writes a next step without an owner, and a KPI whose initiatives have none, plainly', () => {
    const roadmap = {
      ...input.roadmap,
      initiatives: input.roadmap.initiatives.map((i) => ({ ...i, owner: '' })),
    };
    const doc = buildReportDocument({ ...input, roadmap });
    const summary = section(doc, 'summary');
    const steps = summary.blocks[
      afterHeading(summary, 'The three next steps')
    ] as BlockOf<'bullets'>;
    expect(steps.items[0]).toMatch(/^[^:]+: from \w+ \d{1,2}, \d{4}\.$/);
    const [kpis] = blocksOf(section(doc, 'kpis'), 'table');
    expect(kpis?.rows.every((r) => r[6] === '—')).toBe(true);
  });

  it('says every area meets its target when the targets are all reached', () => {
    const targets = Object.fromEntries(input.dimensions.map((d) => [d.id, 0]));
    const doc = buildReportDocument({ ...input, targets });
    const summary = section(doc, 'summary');
    expect(summary.blocks[afterHeading(summary, 'Top priorities')]).toMatchObject({
      kind: 'paragraph',
      text: 'Every area meets its target.',
    });
  });

  it('refuses an invalid date rather than print "NaN"', () => {
    expect(() => buildReportDocument({ ...input, now: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('uses the report words of UiStrings, key for key', () => {
    // `alignment` is a nested group: the workshop section's words (alignment-section.ts).
    expectTypeOf<Exclude<keyof UiStrings['report'], 'alignment'>>().toEqualTypeOf<ReportTextKey>();
    expectTypeOf<UiStrings['report']>().toExtend<ReportText>();
  });
});
