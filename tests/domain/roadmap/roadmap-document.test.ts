import { describe, expect, it } from 'vitest';
import type { KpiSetting } from '~/domain/assessment/assessment';
import {
  applyRoadmapEdits,
  NO_ROADMAP_EDITS,
  type RoadmapEdits,
} from '~/domain/roadmap/apply-edits';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import type { RoadmapInitiative } from '~/domain/roadmap/model';
import {
  buildRoadmapDocument,
  getDefaultPlanStart,
  type DocumentInitiative,
  type InitiativeText,
  type KpiText,
  type RoadmapDocument,
} from '~/domain/roadmap/roadmap-document';
import type { PhaseId } from '~/domain/scoring/model';
import { initiative, input } from './helpers';

/**
 * a (0–4) → b (4–6) → c (diagnosis, 6–9), and the change-management item cm (0–1) in its own lane.
 * KPIs by schedule order: a k1; cm k1; b k2, k1; c k3.
 */
const LIBRARY: readonly RoadmapInitiative[] = [
  initiative('a', { kpis: ['k1'] }),
  initiative('b', { weeks: 2, dependsOn: ['a'], kpis: ['k2', 'k1'] }),
  initiative('c', {
    phase: 'diagnosis',
    dimension: 'd2',
    weeks: 3,
    dependsOn: ['b'],
    kpis: ['k3'],
  }),
  initiative('cm', { changeManagement: true, weeks: 1, kpis: ['k1'] }),
];

const TEXTS: Readonly<Record<string, InitiativeText>> = {
  a: {
    title: 'Audit the data',
    description: 'Find duplicates and gaps.',
    owner: 'Data steward',
    milestone: 'Data audited',
    effort: 'low',
    impact: 'high',
  },
  b: {
    title: 'Define the pipeline',
    description: 'Agree the sales stages.',
    owner: 'Head of sales',
    milestone: 'Pipeline agreed',
    effort: 'high',
    impact: 'medium',
  },
  c: {
    title: 'Map the processes',
    description: 'Draw today’s processes.',
    owner: 'Operations lead',
    milestone: 'Processes mapped',
    effort: 'medium',
    impact: 'low',
  },
  // No milestone text: its milestone takes the title.
  cm: {
    title: 'Train the team',
    description: 'Hands-on sessions.',
    owner: 'HR',
    milestone: '',
    effort: 'low',
    impact: 'low',
  },
};

const KPIS: Readonly<Record<string, KpiText>> = {
  k1: {
    name: 'Duplicate rate',
    definition: 'Share of duplicate customer records.',
    unit: 'percent',
    direction: 'lower',
    suggestedTarget: '< 2 %',
    frequency: 'monthly',
  },
  k2: {
    name: 'Qualified leads',
    definition: 'Leads that reach the second stage.',
    unit: 'count',
    direction: 'higher',
    suggestedTarget: '+20 %',
    frequency: 'quarterly',
  },
  k3: {
    name: 'Documented processes',
    definition: 'Processes with an agreed map.',
    unit: 'count',
    direction: 'higher',
    suggestedTarget: 'all',
    frequency: 'yearly',
  },
};

const PHASE_NAMES: Readonly<Record<PhaseId, string>> = {
  analysis: 'Analysis',
  diagnosis: 'Diagnosis',
  action: 'Action',
};

const DIMENSION_TITLES: Readonly<Record<string, string>> = { d1: 'Data', d2: 'Processes' };

/** Monday 6 January 2025. */
const PLAN_START = '2025-01-06';

interface DocumentOptions {
  readonly library?: readonly RoadmapInitiative[];
  readonly edits?: Partial<RoadmapEdits>;
  readonly planStart?: string;
  readonly texts?: Readonly<Record<string, InitiativeText>>;
  readonly kpis?: Readonly<Record<string, KpiText>>;
  readonly kpiSettings?: Readonly<Record<string, KpiSetting>>;
}

/** The document of a tiny library after the given edits; the defaults are the fixtures above. */
function documentOf(options: DocumentOptions = {}): RoadmapDocument {
  const roadmap = buildRoadmap(input(options.library ?? LIBRARY));
  return buildRoadmapDocument({
    roadmap: applyRoadmapEdits(roadmap, { ...NO_ROADMAP_EDITS, ...options.edits }),
    planStart: options.planStart ?? PLAN_START,
    initiatives: options.texts ?? TEXTS,
    kpis: options.kpis ?? KPIS,
    kpiSettings: options.kpiSettings ?? {},
    phaseNames: PHASE_NAMES,
    dimensionTitles: DIMENSION_TITLES,
    phaseGateTitle: (phase) => `End of the ${phase} phase`,
  });
}

/** One initiative of a document, failing the test when it is missing. */
function itemOf(doc: RoadmapDocument, id: string): DocumentInitiative {
  const item = doc.initiatives.find((i) => i.id === id);
  if (!item) throw new Error(`no initiative ${id} in the document`);
  return item;
}

const doc = documentOf();

describe('buildRoadmapDocument: initiatives', () => {
  it('lists the initiatives in schedule order with their words, phase, area and weeks', () => {
    expect(
      doc.initiatives.map((i) => [
        i.id,
        i.title,
        i.description,
        i.phase,
        i.phaseName,
        i.area,
        i.changeManagement,
        i.start,
        i.end,
        i.weeks,
      ]),
    ).toEqual([
      [
        'a',
        'Audit the data',
        'Find duplicates and gaps.',
        'analysis',
        'Analysis',
        'Data',
        false,
        0,
        4,
        4,
      ],
      ['cm', 'Train the team', 'Hands-on sessions.', 'analysis', 'Analysis', 'Data', true, 0, 1, 1],
      [
        'b',
        'Define the pipeline',
        'Agree the sales stages.',
        'analysis',
        'Analysis',
        'Data',
        false,
        4,
        6,
        2,
      ],
      [
        'c',
        'Map the processes',
        'Draw today’s processes.',
        'diagnosis',
        'Diagnosis',
        'Processes',
        false,
        6,
        9,
        3,
      ],
    ]);
  });

  it('keeps the milestone text and the effort and impact ratings of the content', () => {
    expect(doc.initiatives.map((i) => [i.id, i.milestone, i.effort, i.impact])).toEqual([
      ['a', 'Data audited', 'low', 'high'],
      ['cm', '', 'low', 'low'],
      ['b', 'Pipeline agreed', 'high', 'medium'],
      ['c', 'Processes mapped', 'medium', 'low'],
    ]);
  });

  it('shows dependencies by title and KPIs by name, in the order the content gives them', () => {
    expect(doc.initiatives.map((i) => [i.id, i.dependsOn, i.kpis])).toEqual([
      ['a', [], ['Duplicate rate']],
      ['cm', [], ['Duplicate rate']],
      ['b', ['Audit the data'], ['Qualified leads', 'Duplicate rate']],
      ['c', ['Define the pipeline'], ['Documented processes']],
    ]);
  });

  it('drops an excluded dependency from the titles it shows', () => {
    expect(itemOf(documentOf({ edits: { excluded: ['a'] } }), 'b').dependsOn).toEqual([]);
  });

  it('falls back to ids and neutral values when the content has no words for an item', () => {
    const bare = documentOf({
      library: [
        initiative('x', { dimension: 'unknown-dimension', kpis: ['k9'] }),
        initiative('y', { dependsOn: ['x'], kpis: ['k9'] }),
      ],
      texts: {},
      kpis: {},
    });
    expect(bare.initiatives).toEqual([
      expect.objectContaining({
        id: 'x',
        title: 'x',
        description: '',
        owner: '',
        milestone: '',
        effort: 'medium',
        impact: 'medium',
        area: 'unknown-dimension',
        kpis: ['k9'],
      }),
      expect.objectContaining({ id: 'y', title: 'y', dependsOn: ['x'], kpis: ['k9'] }),
    ]);
    expect(bare.kpis).toEqual([]);
    expect(bare.milestones.map((m) => [m.uid, m.title, m.description])).toEqual([
      ['item-x', 'x', 'x'],
      ['item-y', 'y', 'y'],
      ['gate-analysis', 'End of the Analysis phase', 'End of the Analysis phase'],
    ]);
  });
});

describe('buildRoadmapDocument: owner', () => {
  it.each<[string, Record<string, string>, string]>([
    ['the owner the user named, trimmed', { a: '  Ana Núñez  ' }, 'Ana Núñez'],
    ['the suggested role when the user named nobody', {}, 'Data steward'],
    ['the suggested role when the user’s owner is blank', { a: '   ' }, 'Data steward'],
    ['the suggested role when only another initiative has an owner', { b: 'Luis' }, 'Data steward'],
  ])('is %s', (_name, owners, expected) => {
    expect(itemOf(documentOf({ edits: { owners } }), 'a').owner).toBe(expected);
  });

  it('is the user’s owner even when the content suggests no role', () => {
    const bare = documentOf({
      library: [initiative('x')],
      texts: {},
      edits: { owners: { x: 'Marta' } },
    });
    expect(itemOf(bare, 'x').owner).toBe('Marta');
  });
});

describe('buildRoadmapDocument: dates', () => {
  /** One initiative of `weeks` weeks, moved to `start`, in a plan starting on `planStart`. */
  const single = (planStart: string, start: number, weeks: number) =>
    itemOf(
      documentOf({
        library: [initiative('x', { weeks })],
        planStart,
        edits: { startWeeks: { x: start } },
      }),
      'x',
    );

  it.each<[string, string, number, number, string, string]>([
    ['week 0 is the plan start', '2025-01-06', 0, 1, '2025-01-06', '2025-01-10'],
    ['a later start counts whole weeks', '2025-01-06', 2, 3, '2025-01-20', '2025-02-07'],
    ['the end date crosses the year end', '2025-12-29', 0, 1, '2025-12-29', '2026-01-02'],
    ['the start date crosses the year end', '2024-12-23', 1, 4, '2024-12-30', '2025-01-24'],
    ['the last working day can be a leap day', '2024-02-23', 0, 1, '2024-02-23', '2024-02-29'],
    ['a span counts the leap day', '2024-02-19', 1, 1, '2024-02-26', '2024-03-01'],
    ['a common year skips 29 February', '2025-02-22', 0, 1, '2025-02-22', '2025-02-28'],
    ['1900 is not a leap year', '1900-02-22', 0, 1, '1900-02-22', '1900-02-28'],
    ['2000 is a leap year', '2000-02-23', 0, 1, '2000-02-23', '2000-02-29'],
    ['a plan may start on any weekday', '2025-03-05', 0, 2, '2025-03-05', '2025-03-18'],
  ])('%s: %s, week %i for %i weeks, runs %s to %s', (_name, planStart, start, weeks, from, to) => {
    const item = single(planStart, start, weeks);
    expect([item.startDate, item.endDate]).toEqual([from, to]);
  });

  it('ends each initiative on the last working day before its end week starts, a Friday (#14)', () => {
    expect(doc.initiatives.map((i) => [i.id, i.startDate, i.endDate])).toEqual([
      ['a', '2025-01-06', '2025-01-31'],
      ['cm', '2025-01-06', '2025-01-10'],
      ['b', '2025-02-03', '2025-02-14'],
      ['c', '2025-02-17', '2025-03-07'],
    ]);
  });

  it('runs the plan from its start to the last working day of its last week', () => {
    expect([doc.planStart, doc.planEnd, doc.totalWeeks]).toEqual(['2025-01-06', '2025-03-07', 9]);
  });

  it('follows a start week the user moved, and the plan end with it', () => {
    const moved = documentOf({ edits: { startWeeks: { c: 10 } } });
    expect([itemOf(moved, 'c').startDate, itemOf(moved, 'c').endDate]).toEqual([
      '2025-03-17',
      '2025-04-04',
    ]);
    expect([moved.planEnd, moved.totalWeeks]).toEqual(['2025-04-04', 13]);
  });

  it('ends an empty plan on the last working day of its first week, never before it starts', () => {
    const empty = documentOf({ edits: { excluded: ['a', 'b', 'c', 'cm'] } });
    expect(empty).toEqual({
      planStart: '2025-01-06',
      planEnd: '2025-01-10',
      totalWeeks: 0,
      initiatives: [],
      kpis: [],
      milestones: [],
      goLives: [],
    });
  });

  it.each(['2025-02-30', '06/01/2025', ''])(
    'refuses the plan start %j with a RangeError',
    (bad) => {
      expect(() => documentOf({ planStart: bad })).toThrow(RangeError);
    },
  );
});

describe('buildRoadmapDocument: KPI list', () => {
  it('lists each KPI of the plan once, in order of first use, with the initiatives it tracks', () => {
    expect(doc.kpis.map((k) => [k.id, k.name, k.initiatives])).toEqual([
      ['k1', 'Duplicate rate', ['Audit the data', 'Train the team', 'Define the pipeline']],
      ['k2', 'Qualified leads', ['Define the pipeline']],
      ['k3', 'Documented processes', ['Map the processes']],
    ]);
  });

  it('keeps the library’s words and facts of each KPI', () => {
    expect(doc.kpis[1]).toMatchObject({
      definition: 'Leads that reach the second stage.',
      unit: 'count',
      direction: 'higher',
      suggestedTarget: '+20 %',
    });
  });

  it.each<[string, KpiSetting | undefined, Pick<KpiText, 'frequency'> & Record<string, string>]>([
    [
      'nothing set: empty figures, the library’s frequency',
      undefined,
      { baseline: '', target: '', frequency: 'monthly' },
    ],
    ['an empty setting: the same', {}, { baseline: '', target: '', frequency: 'monthly' }],
    [
      'everything set: the user’s figures and frequency',
      { baseline: '8 %', target: '2 %', frequency: 'weekly' },
      { baseline: '8 %', target: '2 %', frequency: 'weekly' },
    ],
    ['only a target', { target: '1 %' }, { baseline: '', target: '1 %', frequency: 'monthly' }],
    [
      'a frequency left undefined: the library’s',
      { baseline: '9 %', frequency: undefined },
      { baseline: '9 %', target: '', frequency: 'monthly' },
    ],
  ])('shows the figures when %s', (_name, setting, expected) => {
    const settings = setting === undefined ? {} : { k1: setting };
    const kpi = documentOf({ kpiSettings: settings }).kpis.find((k) => k.id === 'k1');
    expect(kpi).toMatchObject(expected);
  });

  it('applies a setting to its own KPI only', () => {
    const kpis = documentOf({ kpiSettings: { k2: { target: '50' } } }).kpis;
    expect(kpis.map((k) => [k.id, k.target, k.frequency])).toEqual([
      ['k1', '', 'monthly'],
      ['k2', '50', 'quarterly'],
      ['k3', '', 'yearly'],
    ]);
  });

  it.each<[string, string[], string[]]>([
    ['a KPI only an excluded initiative tracks disappears', ['c'], ['k1', 'k2']],
    ['a KPI another initiative still tracks stays', ['a'], ['k1', 'k2', 'k3']],
    ['the order follows the first remaining use', ['a', 'cm'], ['k2', 'k1', 'k3']],
    ['an empty plan has no KPIs', ['a', 'b', 'c', 'cm'], []],
  ])('%s', (_name, excluded, ids) => {
    expect(documentOf({ edits: { excluded } }).kpis.map((k) => k.id)).toEqual(ids);
  });

  it('stops listing an excluded initiative among those a KPI tracks', () => {
    const kpis = documentOf({ edits: { excluded: ['a'] } }).kpis;
    expect(kpis.find((k) => k.id === 'k1')?.initiatives).toEqual([
      'Train the team',
      'Define the pipeline',
    ]);
  });

  it('leaves out a KPI the library has no words for, still naming it by id on its initiative', () => {
    const partial = documentOf({ kpis: { k1: KPIS['k1']!, k3: KPIS['k3']! } });
    expect(partial.kpis.map((k) => k.id)).toEqual(['k1', 'k3']);
    expect(itemOf(partial, 'b').kpis).toEqual(['k2', 'Duplicate rate']);
  });
});

describe('buildRoadmapDocument: milestones', () => {
  it('has one milestone per initiative at its end and one per phase gate, dated and in order', () => {
    expect(doc.milestones).toEqual([
      {
        uid: 'item-cm',
        title: 'Train the team',
        description: 'Train the team',
        date: '2025-01-10',
        week: 1,
        group: 'plan',
        goLive: false,
      },
      {
        uid: 'item-a',
        title: 'Data audited',
        description: 'Audit the data',
        date: '2025-01-31',
        week: 4,
        group: 'plan',
        goLive: false,
      },
      {
        uid: 'item-b',
        title: 'Pipeline agreed',
        description: 'Define the pipeline',
        date: '2025-02-14',
        week: 6,
        group: 'plan',
        goLive: false,
      },
      {
        uid: 'gate-analysis',
        title: 'End of the Analysis phase',
        description: 'End of the Analysis phase',
        date: '2025-02-14',
        week: 6,
        group: null,
        goLive: false,
      },
      {
        uid: 'item-c',
        title: 'Processes mapped',
        description: 'Map the processes',
        date: '2025-03-07',
        week: 9,
        group: 'plan',
        goLive: false,
      },
      {
        uid: 'gate-diagnosis',
        title: 'End of the Diagnosis phase',
        description: 'End of the Diagnosis phase',
        date: '2025-03-07',
        week: 9,
        group: null,
        goLive: false,
      },
    ]);
  });

  it('dates each initiative’s milestone on its last day of work', () => {
    const dates = new Map(doc.milestones.map((m) => [m.uid, m.date]));
    for (const item of doc.initiatives) {
      expect(dates.get(`item-${item.id}`)).toBe(item.endDate);
    }
  });

  it.each<[string, DocumentOptions]>([
    ['the plan start moves', { planStart: '2026-03-02' }],
    ['a start week moves', { edits: { startWeeks: { c: 20, cm: 3 } } }],
    [
      'owners and KPI figures change',
      { edits: { owners: { a: 'Ana' } }, kpiSettings: { k1: { target: '1' } } },
    ],
  ])('keeps the same uids when %s', (_name, options) => {
    const uids = (d: RoadmapDocument) => d.milestones.map((m) => m.uid).sort();
    expect(uids(documentOf(options))).toEqual(uids(doc));
  });

  it('moves an initiative’s milestone and its phase gate with its start week', () => {
    const moved = documentOf({ edits: { startWeeks: { c: 10 } } });
    const byUid = new Map(moved.milestones.map((m) => [m.uid, [m.date, m.week]]));
    expect(byUid.get('item-c')).toEqual(['2025-04-04', 13]);
    expect(byUid.get('gate-diagnosis')).toEqual(['2025-04-04', 13]);
  });

  it('drops the milestones of excluded initiatives, and a gate whose phase is left empty', () => {
    const uids = documentOf({ edits: { excluded: ['c'] } }).milestones.map((m) => m.uid);
    expect(uids).toEqual(['item-cm', 'item-a', 'item-b', 'gate-analysis']);
  });
});

describe('getDefaultPlanStart', () => {
  it.each<[string, string, string]>([
    ['a Monday is its own start', '2025-01-06T00:00:00Z', '2025-01-06'],
    ['Tuesday → next Monday', '2025-01-07T12:00:00Z', '2025-01-13'],
    ['Wednesday → next Monday', '2025-01-08T12:00:00Z', '2025-01-13'],
    ['Thursday → next Monday', '2025-01-09T12:00:00Z', '2025-01-13'],
    ['Friday → next Monday', '2025-01-10T12:00:00Z', '2025-01-13'],
    ['Saturday → next Monday', '2025-01-11T12:00:00Z', '2025-01-13'],
    ['Sunday → the next day', '2025-01-12T23:59:59Z', '2025-01-13'],
    ['the last minute of a Monday is still that Monday', '2025-01-06T23:59:59.999Z', '2025-01-06'],
    ['across a month end', '2025-04-30T09:00:00Z', '2025-05-05'],
    ['across a year end', '2025-12-31T09:00:00Z', '2026-01-05'],
    ['from New Year’s Eve on a Saturday', '2022-12-31T09:00:00Z', '2023-01-02'],
    ['from a leap day', '2024-02-29T09:00:00Z', '2024-03-04'],
    ['across a leap day', '2024-02-27T09:00:00Z', '2024-03-04'],
    ['onto a leap day that is a Monday', '2016-02-25T09:00:00Z', '2016-02-29'],
    [
      'by the UTC day, whatever the offset of the moment',
      '2025-01-05T23:30:00-05:00',
      '2025-01-06',
    ],
  ])('%s: %s gives %s', (_name, moment, expected) => {
    expect(getDefaultPlanStart(new Date(moment))).toBe(expected);
  });

  it('always gives a Monday on or after the date, within a week', () => {
    for (let day = 0; day < 14; day += 1) {
      const today = new Date(Date.UTC(2027, 11, 25 + day, 15));
      const start = new Date(`${getDefaultPlanStart(today)}T00:00:00Z`);
      const daysAhead = (start.getTime() - Date.UTC(2027, 11, 25 + day)) / 86_400_000;
      expect(start.getUTCDay()).toBe(1);
      expect(daysAhead).toBeGreaterThanOrEqual(0);
      expect(daysAhead).toBeLessThan(7);
    }
  });
});
