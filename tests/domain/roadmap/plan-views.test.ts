import { describe, expect, it } from 'vitest';
import { applyRoadmapEdits, NO_ROADMAP_EDITS } from '~/domain/roadmap/apply-edits';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import { getNextSteps, getPlanDay, getPlanViews } from '~/domain/roadmap/plan-views';
import { buildRoadmapDocument, type RoadmapDocument } from '~/domain/roadmap/roadmap-document';
import { toInitiativesCsv, toMilestonesCalendar } from '~/domain/roadmap/roadmap-exports';
import type { RoadmapInitiative } from '~/domain/roadmap/model';
import type { Answers, ScoringModel } from '~/domain/scoring/model';
import { initiative, input } from './helpers';

/** One critical question (a blocker at level 0 or 1) and one ordinary one. */
const model: ScoringModel = {
  dimensions: [{ id: 'd1', weight: 1 }],
  questions: [
    {
      id: 'gate',
      dimensionId: 'd1',
      phase: 'analysis',
      weight: 3,
      critical: true,
      notApplicable: false,
    },
    {
      id: 'q',
      dimensionId: 'd1',
      phase: 'analysis',
      weight: 1,
      critical: false,
      notApplicable: false,
    },
  ],
};

/** Ten 2-week initiatives triggered by `q` (t0…t9), one by the critical `gate`, and a rollout. */
const LIBRARY: RoadmapInitiative[] = [
  initiative('kick-off', { weeks: 1, anchor: 'project-start' }),
  initiative('web', { phase: 'action', channel: 'internet', always: false, weeks: 2 }),
  initiative('fix-gate', {
    always: false,
    weeks: 3,
    triggers: [{ question: 'gate', atOrBelow: 1 }],
  }),
  ...Array.from({ length: 10 }, (_, i) =>
    initiative(`t${i}`, {
      // Diagnosis work: analysis work is never later (#13).
      phase: 'diagnosis',
      always: false,
      weeks: 2,
      triggers: [{ question: 'q', atOrBelow: 2 }],
    }),
  ),
];

function documentFor(answers: Answers, excluded: string[] = []): RoadmapDocument {
  const roadmap = buildRoadmap({
    ...input(LIBRARY, { answers, channels: ['internet'], companySize: 'small' }),
    model,
  });
  return buildRoadmapDocument({
    roadmap: applyRoadmapEdits(roadmap, { ...NO_ROADMAP_EDITS, excluded }),
    planStart: '2026-01-05',
    initiatives: {},
    kpis: {},
    kpiSettings: {},
    phaseNames: { analysis: 'Analysis', diagnosis: 'Diagnosis', action: 'Action' },
    dimensionTitles: {},
    phaseGateTitle: (phase) => phase,
  });
}

const withBlocker = documentFor({ gate: 1, q: 1 });

describe('getPlanViews (#13)', () => {
  const views = getPlanViews(withBlocker);

  it('ranks eight initiatives as the plan’s focus, the one resolving the blocker first', () => {
    expect(views.focus.map((i) => [i.id, i.focusRank])).toEqual([
      ['fix-gate', 1],
      ...['t0', 't1', 't2', 't3', 't4', 't5', 't6'].map((id, i) => [id, i + 2]),
    ]);
  });

  it('keeps the rest for later, starting after the first go-live', () => {
    expect(views.later.map((i) => i.id)).toEqual(['t7', 't8', 't9']);
    const firstGoLive = views.firstGoLive!.week;
    for (const item of views.later) expect(item.start).toBeGreaterThanOrEqual(16);
    expect(firstGoLive).toBeLessThanOrEqual(16);
  });

  it('lists what starts in the first 100 days, by start week, and the first go-live', () => {
    expect(views.firstDays.every((i) => i.start <= 14 && i.group === 'plan')).toBe(true);
    expect(views.firstDays[0]?.id).toBe('kick-off');
    expect(views.firstDays.map((i) => i.start)).toEqual(
      [...views.firstDays.map((i) => i.start)].sort((a, b) => a - b),
    );
    expect(views.firstGoLive).toMatchObject({ channel: 'internet', id: 'web' });
  });

  it('says what else the first go-live needs: the rest of the plan that starts before it', () => {
    expect(views.needed.map((i) => i.id)).toEqual(['kick-off', 'web']);
    expect(views.followOn).toEqual([]);
  });

  it('keeps the plan’s work from the first go-live on apart from what it needs', () => {
    const moved = {
      ...withBlocker,
      initiatives: withBlocker.initiatives.map((i) =>
        i.id === 'kick-off' ? { ...i, start: 40, end: 41 } : i,
      ),
    };
    const split = getPlanViews(moved);
    expect(split.needed.map((i) => i.id)).toEqual(['web']);
    expect(split.followOn.map((i) => i.id)).toEqual(['kick-off']);
  });

  it('with no go-live, counts the whole rest of the plan as needed', () => {
    const views = getPlanViews(documentFor({ q: 1 }, ['web']));
    expect(views.needed.map((i) => i.id)).toEqual(['kick-off']);
    expect(views.followOn).toEqual([]);
  });

  it('has no first go-live when the rollout is left out', () => {
    expect(getPlanViews(documentFor({ q: 1 }, ['web'])).firstGoLive).toBeNull();
  });
});

describe('getNextSteps (#13)', () => {
  it('are what resolves the blockers, not the first scheduled work', () => {
    expect(getNextSteps(withBlocker).map((i) => i.id)).toEqual(['fix-gate']);
  });

  it('with no blocker, are the three initiatives that close the most', () => {
    expect(getNextSteps(documentFor({ gate: 3, q: 1 })).map((i) => i.id)).toEqual([
      't0',
      't1',
      't2',
    ]);
  });

  it('with several resolving blockers, put the one resolving the most first, then the earliest', () => {
    const doc = {
      ...withBlocker,
      initiatives: [
        { ...withBlocker.initiatives[0]!, id: 'late-one', start: 9, blockers: ['a'] },
        { ...withBlocker.initiatives[0]!, id: 'early-one', start: 2, blockers: ['b'] },
        { ...withBlocker.initiatives[0]!, id: 'two', start: 12, blockers: ['a', 'b'] },
      ],
    };
    expect(getNextSteps(doc).map((i) => i.id)).toEqual(['two', 'early-one', 'late-one']);
  });
});

describe('the later group in the files (#13)', () => {
  const labels = {
    separator: ',',
    id: 'Id',
    group: 'Group',
    plan: 'The plan',
    later: 'Later',
    focusRank: 'Rank',
    goLive: 'Go-live',
    initiative: 'Initiative',
    description: 'Description',
    phase: 'Phase',
    area: 'Area',
    changeManagement: 'CM',
    owner: 'Owner',
    startWeek: 'Start',
    endWeek: 'End',
    weeks: 'Weeks',
    startDate: 'From',
    endDate: 'To',
    dependsOn: 'After',
    kpis: 'KPIs',
    milestone: 'Milestone',
    effort: 'Effort',
    impact: 'Impact',
    yes: 'yes',
    no: 'no',
    kpi: 'KPI',
    definition: 'Definition',
    unit: 'Unit',
    direction: 'Direction',
    baseline: 'Baseline',
    target: 'Target',
    frequency: 'Frequency',
    initiatives: 'Initiatives',
  };
  const names = { units: {}, directions: {}, frequencies: {}, ratings: {} };

  it('marks later initiatives as later in the CSV', () => {
    const text = toInitiativesCsv(withBlocker, labels, names);
    // Ids and group names hold no comma or quote: a plain split reads the first cells.
    const rows = text
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(','));
    const groups = new Map(rows.map((row) => [row[0], row[1]]));
    expect([groups.get('t9'), groups.get('fix-gate'), groups.get('web')]).toEqual([
      'Later',
      'The plan',
      'The plan',
    ]);
  });

  it('marks a later initiative’s milestone as later in the calendar', () => {
    const text = toMilestonesCalendar(withBlocker, {
      calendarName: 'x',
      assessmentId: 'a',
      now: new Date('2026-01-01T00:00:00Z'),
      labels,
    }).text;
    expect(text).toContain('CATEGORIES:Later');
    expect(text).toContain('CATEGORIES:The plan,Go-live');
  });
});

describe('getPlanDay', () => {
  it.each([
    ['2026-01-05', 1, '2026-01-05'],
    ['2026-01-05', 100, '2026-04-14'],
    ['2025-12-29', 4, '2026-01-01'],
  ])('day of a plan starting %s: day %d is %s', (start, day, date) => {
    expect(getPlanDay(start, day)).toBe(date);
  });
});
