import { describe, expect, it } from 'vitest';
import { buildBoardSummary, toBoardFileName, toRunSummary } from '~/domain/report/board-summary';
import {
  BOARD_LIMITS,
  type BoardLimits,
  type BoardSummaryInput,
} from '~/domain/report/board-summary-document';
import { clip } from '~/domain/report/board-summary-plan';
import type { ReportBlock } from '~/domain/report/report-document';
import { getStrings, type Lang } from '~/i18n';
import { getBoardInput, getCrowdedInput, getRuns, LONG_NAME } from './board-fixture';
import { collectStrings } from './report-fixture';
import type { BlockOf } from './report-queries';

const t = getStrings('en').report;
const TIGHTEST = BOARD_LIMITS.at(-1) as BoardLimits;

/** Every text of the summary's blocks, one string per block (a paragraph's is its text). */
function texts(blocks: readonly ReportBlock[]): string[] {
  return blocks.map((b) =>
    b.kind === 'paragraph' || b.kind === 'heading'
      ? b.text
      : collectStrings(b)
          .filter(([path]) => path !== 'kind' && path !== 'tone')
          .map(([, text]) => text)
          .join(' | '),
  );
}

/** The blocks after the heading `text`, up to the next heading of any level. */
function under(blocks: readonly ReportBlock[], text: string): ReportBlock[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text === text);
  if (at < 0) throw new Error(`No heading "${text}".`);
  const rest = blocks.slice(at + 1);
  const end = rest.findIndex((b) => b.kind === 'heading');
  return end < 0 ? rest : rest.slice(0, end);
}

function figures(blocks: readonly ReportBlock[]): BlockOf<'figures'> {
  return blocks.find((b): b is BlockOf<'figures'> => b.kind === 'figures') as BlockOf<'figures'>;
}

function table(blocks: readonly ReportBlock[]): BlockOf<'table'> {
  return blocks.find((b): b is BlockOf<'table'> => b.kind === 'table') as BlockOf<'table'>;
}

describe.each<[string, BoardSummaryInput, (blocks: readonly ReportBlock[]) => void]>([
  [
    'a plan with no progress',
    getBoardInput('en'),
    (blocks) => {
      const plan = texts(under(blocks, t.boardPlanHeading));
      expect(plan[0]).toBe('Initiatives in the plan: 38. Not started: 38.');
      expect(plan.some((p) => p.startsWith('Late:'))).toBe(false);
      expect(plan[1]).toBe(
        'Next to start: Appoint an executive sponsor with a written charter (Lucía Ortega, from Mar 15, 2027); ' +
          'Inventory customer data and define the single customer repository (IT manager, from Mar 15, 2027); ' +
          'Redesign processes before automating them (Operations director, from Mar 15, 2027).',
      );
      expect(texts(under(blocks, t.boardKpisHeading))).toEqual([
        t.boardNoKpis,
        'Not measured yet or without a numeric target: 22.',
      ]);
    },
  ],
  [
    'a plan with late items',
    getBoardInput('en', { progress: true }),
    (blocks) => {
      const plan = under(blocks, t.boardPlanHeading);
      expect(texts(plan)[0]).toBe(
        'Initiatives in the plan: 38. Done: 2 · Late: 20 · Not started: 15 · Dropped: 1.',
      );
      const late = plan.find(
        (b): b is BlockOf<'paragraph'> => b.kind === 'paragraph' && b.tone === 'danger',
      );
      expect(late?.text).toMatch(
        /^Late: Inventory customer data and define the single customer repository \(IT manager, due Apr 2, 2027, holds up 7\); .* and 15 more\.$/,
      );
      // In progress but past its planned finish: late all the same.
      expect(late?.text).toContain('Derive the CRM strategy from the strategic plan');
    },
  ],
  [
    'KPIs on and off track',
    getBoardInput('en', { progress: true }),
    (blocks) => {
      const kpis = under(blocks, t.boardKpisHeading);
      expect(table(kpis).columns.map((c) => c.header)).toEqual([
        'KPI',
        'Latest',
        'Target',
        'Status',
      ]);
      // Off track first, then on track; a KPI measured without a numeric target is counted apart.
      expect(table(kpis).rows).toEqual([
        ['Duplicate record rate', '11.5\u00a0% on Jun 1, 2027', '3\u00a0%', 'Off track'],
        ['First response time', '20\u00a0hours on Jun 5, 2027', '4\u00a0hours', 'Off track'],
        ['CRM adoption (weekly active users)', '60\u00a0% on Jun 1, 2027', '85\u00a0%', 'On track'],
      ]);
      expect(texts(kpis).at(-1)).toBe('Not measured yet or without a numeric target: 19.');
    },
  ],
  [
    'one run',
    getBoardInput('en', { runs: 1 }),
    (blocks) => {
      expect(figures(blocks).items[1]).toEqual({
        label: t.boardTrend,
        value: '—',
        note: t.boardTrendOne,
      });
      expect(texts(blocks).some((text) => text.startsWith('Blockers resolved'))).toBe(false);
    },
  ],
  [
    'three runs',
    getBoardInput('en', { runs: 3 }),
    (blocks) => {
      expect(figures(blocks).items).toEqual([
        { label: t.index, value: '51 / 100', note: 'Level 3: Defined' },
        {
          label: t.boardTrend,
          value: '+13 points',
          note: 'Over 3 assessments since Mar 10, 2026: 38 · 45 · 51.',
        },
      ]);
      expect(texts(blocks)).toContain(
        'Blockers resolved since the previous assessment: 1; new ones: 0. ' +
          'Most improved: Strategy (+12), Organization (+12). Most slipped: Customer knowledge & data (-12).',
      );
    },
  ],
])('the board summary of %s', (_name, input, check) => {
  const doc = buildBoardSummary(input);

  it('holds what the board needs of it', () => check(doc.blocks));

  it('starts with the verdict, the figures, the blockers and the five biggest gaps', () => {
    expect(doc.blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'Verdict: Not ready: resolve the blockers first',
      tone: 'danger',
    });
    expect(under(doc.blocks, t.blockersHeading)[0]).toMatchObject({
      kind: 'bullets',
      tone: 'danger',
    });
    const gaps = table(under(doc.blocks, t.boardGapsHeading));
    expect(gaps.rows).toHaveLength(5);
    expect(gaps.rows[0]).toEqual(['Strategy', '40', '70', '30']);
  });

  it('is titled and named for the organization and the day', () => {
    expect(doc.heading).toBe('Board summary');
    expect(doc.title).toBe('Board summary · Pérez & Hijos, S.L.');
    expect(doc.subtitle).toMatch(/^Pérez & Hijos, S\.L\. · CRM readiness, spring 2027 · /);
    expect(doc.fileName).toMatch(/^crm-board-summary-perez-hijos-s-l-2027-\d\d-\d\d\.pdf$/);
    expect(doc.author).toBe('Marta Núñez');
    expect(doc.footer).toMatch(/^Prepared on /);
  });
});

describe('the board summary in Spanish', () => {
  it('uses Spanish words, numbers and dates', () => {
    const doc = buildBoardSummary(getBoardInput('es', { progress: true, runs: 3 }));
    const all = texts(doc.blocks).join('\n');
    expect(doc.heading).toBe('Resumen para la dirección');
    expect(all).toContain('+13 puntos');
    expect(all).toContain('En 3 evaluaciones desde el 10 mar 2026: 38 · 45 · 51.');
    expect(all).toContain('11,5\u00a0% el 1 jun 2027');
    expect(all).toContain('Con retraso: ');
    expect(all).toContain('Desviado');
    expect(all).not.toMatch(/\b(Late|Done|points|Off track)\b/);
  });
});

describe('how much the summary holds', () => {
  const crowded = getCrowdedInput('en');

  it('cuts every list at its limit and says how many were left out', () => {
    const doc = buildBoardSummary(crowded, TIGHTEST);
    const all = texts(doc.blocks);
    expect(under(doc.blocks, t.blockersHeading)[0]).toMatchObject({ items: [expect.any(String)] });
    expect(all).toContain('… and 7 more.');
    expect(all.find((text) => text.startsWith('Late:'))).toMatch(/\.\.\.|… and 32 more\.$/);
    expect(table(under(doc.blocks, t.boardKpisHeading)).rows).toHaveLength(2);
    expect(all).toContain('… and 20 more.');
  });

  it('cuts long names with "…" to the limit', () => {
    const doc = buildBoardSummary(crowded, TIGHTEST);
    const all = texts(doc.blocks).join('\n');
    expect(all).not.toContain(LONG_NAME);
    expect(all).toContain(`${clip(LONG_NAME, TIGHTEST.textLength)}`);
  });

  it.each<[string, number, string]>([
    [' short   text ', 10, 'short text'],
    ['a long  one cut', 8, 'a long…'],
    ['a long  one cut', 20, 'a long one cut'],
    ['abc', 1, 'a…'],
    ['one, two', 5, 'one…'],
  ])('clips "%s" to %i characters as "%s"', (text, max, expected) => {
    expect(clip(text, max)).toBe(expected);
  });
});

describe('the board summary at the edges', () => {
  const base = getBoardInput('en', { runs: 3 });

  it('refuses an invalid date', () => {
    expect(() => buildBoardSummary({ ...base, now: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('names the file after the assessment, or "assessment", without an organization', () => {
    const unnamed = { ...base.assessment, organization: ' ' };
    expect(toBoardFileName({ assessment: unnamed, now: base.now })).toBe(
      'crm-board-summary-crm-readiness-spring-2027-2027-03-14.pdf',
    );
    const doc = buildBoardSummary({
      ...base,
      assessment: { ...unnamed, name: '', assessor: '' },
    });
    expect(doc.fileName).toBe('crm-board-summary-assessment-2027-03-14.pdf');
    expect(doc.title).toBe('Board summary');
    expect(doc.author).toBe('');
    expect(doc.subtitle).toBe('March 14, 2027');
  });

  it('says when there is no index, no blocker and no gap', () => {
    const score = {
      ...base.score,
      index: null,
      maturity: null,
      blockers: [],
      verdict: 'ready' as const,
    };
    const targets = Object.fromEntries(Object.keys(base.targets).map((id) => [id, 0]));
    const doc = buildBoardSummary({ ...base, score, targets });
    expect(doc.blocks[0]).toMatchObject({ tone: 'lead' });
    expect(figures(doc.blocks).items[0]).toEqual({ label: t.index, value: t.notEnough });
    expect(texts(under(doc.blocks, t.blockersHeading))).toEqual([t.boardNoBlockers]);
    expect(texts(under(doc.blocks, t.boardGapsHeading))).toEqual([t.noPriorities]);
  });

  it('shows an index without a maturity level, and an area without a score', () => {
    const dimensions = base.score.dimensions.map((d, i) => (i === 0 ? { ...d, score: null } : d));
    const score = { ...base.score, maturity: null, dimensions };
    const doc = buildBoardSummary({ ...base, score });
    expect(figures(doc.blocks).items[0]).toEqual({ label: t.index, value: '51 / 100' });
    const rows = table(under(doc.blocks, t.boardGapsHeading)).rows;
    expect(rows.some((row) => row[1] === '—' && row[3] === '—')).toBe(true);
  });

  it('shows the last six runs of a long trend, and a run without an index', () => {
    const [first, , last] = getRuns(base);
    const runs = Array.from({ length: 8 }, (_, i) => ({
      ...(first as NonNullable<typeof first>),
      id: `run-${i}`,
      date: `2020-0${i + 1}-01T00:00:00.000Z`,
      index: i === 7 ? null : 40 + i,
      areas: (last as NonNullable<typeof last>).areas,
    }));
    const doc = buildBoardSummary({ ...base, runs });
    expect(figures(doc.blocks).items[1]).toEqual({
      label: t.boardTrend,
      value: t.notEnough,
      note: 'Over 8 assessments since Jan 1, 2020: … 42 · 43 · 44 · 45 · 46 · —.',
    });
    expect(texts(doc.blocks)).toContain(
      'Blockers resolved since the previous assessment: 0; new ones: 0.',
    );
  });

  it('tells a trend from one run when no runs are given', () => {
    const doc = buildBoardSummary({ ...base, runs: undefined });
    expect(figures(doc.blocks).items[1]?.note).toBe(t.boardTrendOne);
  });

  it('leaves out what changed when the limits say so', () => {
    const doc = buildBoardSummary(base, TIGHTEST);
    expect(texts(doc.blocks).some((text) => text.startsWith('Blockers resolved'))).toBe(false);
  });

  it('says when the plan is empty, and when everything has started', () => {
    const empty = buildBoardSummary({ ...base, roadmap: { ...base.roadmap, initiatives: [] } });
    expect(texts(under(empty.blocks, t.boardPlanHeading))).toEqual([t.roadmapEmpty]);
    const progress = Object.fromEntries(
      base.roadmap.initiatives.map((i) => [i.id, { status: 'done' as const }]),
    );
    const plan = {
      ...(base.assessment.plan as NonNullable<typeof base.assessment.plan>),
      progress,
    };
    const done = buildBoardSummary({ ...base, assessment: { ...base.assessment, plan } });
    expect(texts(under(done.blocks, t.boardPlanHeading))).toEqual([
      'Initiatives in the plan: 38. Done: 38.',
      t.boardNoNext,
    ]);
  });

  it('writes a late or next initiative without an owner, and without what it holds up', () => {
    const input = getBoardInput('en', { progress: true });
    const initiatives = input.roadmap.initiatives.map((i) => ({ ...i, owner: '', dependsOn: [] }));
    const roomy = { ...(BOARD_LIMITS[0] as BoardLimits), late: 50 };
    const doc = buildBoardSummary({ ...input, roadmap: { ...input.roadmap, initiatives } }, roomy);
    const plan = texts(under(doc.blocks, t.boardPlanHeading));
    expect(plan[1]).toMatch(
      /^Late: Inventory customer data and define the single customer repository \(due Apr 2, 2027\); /,
    );
    expect(plan[1]).not.toContain('more.');
    expect(plan[2]).toMatch(
      /^Next to start: Define the CRM KPIs and measure their baselines \(from /,
    );
  });
});

describe.each<Lang>(['en', 'es'])('every board text in %s', (lang) => {
  it('is filled: no placeholder is left', () => {
    const doc = buildBoardSummary(getCrowdedInput(lang));
    for (const [path, text] of collectStrings(doc)) {
      expect(text, path).not.toMatch(/\{\w+\}/);
    }
  });
});

describe('a run for the trend', () => {
  it("is the assessment's id and day with its index, area scores and blockers", () => {
    const input = getBoardInput('en');
    const run = toRunSummary({ id: 'a-1', createdAt: '2027-03-14T09:30:00.000Z' }, input.score);
    expect(run).toEqual({
      id: 'a-1',
      date: '2027-03-14T09:30:00.000Z',
      index: input.score.index,
      areas: Object.fromEntries(input.score.dimensions.map((d) => [d.dimensionId, d.score])),
      blockers: input.score.blockers,
    });
  });
});
