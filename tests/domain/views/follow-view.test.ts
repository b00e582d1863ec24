import { describe, expect, it } from 'vitest';
import { EMPTY_PLAN, type AssessmentPlan } from '~/domain/assessment/assessment';
import { buildFollowView, isKpiUnit } from '~/domain/follow-view';
import type { RoadmapView } from '~/domain/roadmap-view';
import type { DocumentInitiative, DocumentKpi } from '~/domain/roadmap/roadmap-document';

/** A plan of two initiatives, the second waiting for the first, starting on Monday 2025-01-06. */
function roadmap(kpiUnit = 'percent'): RoadmapView {
  const item = (id: string, start: number, end: number, dependsOn: string[]) => ({
    id,
    phase: 'analysis' as const,
    start,
    end,
    dependsOn,
  });
  const doc = (id: string, title: string): DocumentInitiative =>
    ({ id, title, owner: `Owner of ${id}` }) as DocumentInitiative;
  const kpi = {
    id: 'win-rate',
    name: 'Win rate',
    unit: kpiUnit,
    direction: 'higher',
    frequency: 'monthly',
  } as DocumentKpi;
  return {
    edited: {
      items: [item('scope', 0, 2, []), item('design', 2, 4, ['scope']), item('ghost', 0, 1, [])],
    },
    doc: {
      planStart: '2025-01-06',
      planEnd: '2025-01-31',
      totalWeeks: 4,
      initiatives: [doc('scope', 'Set the scope'), doc('design', 'Design the solution')],
      kpis: [kpi],
    },
  } as unknown as RoadmapView;
}

const plan = (extra: Partial<AssessmentPlan>): AssessmentPlan => ({ ...EMPTY_PLAN, ...extra });

describe('the follow view', () => {
  it('lists every initiative of the document as not started when nothing is recorded', () => {
    const view = buildFollowView(roadmap(), undefined, '2025-01-07');
    expect(view.initiatives.map((i) => [i.doc.title, i.progress.status, i.standing.owner])).toEqual(
      [
        ['Set the scope', 'not-started', 'Owner of scope'],
        ['Design the solution', 'not-started', 'Owner of design'],
      ],
    );
    expect(view.standing.total['not-started']).toBe(2);
    expect(view).toMatchObject({ planStart: '2025-01-06', planEnd: '2025-01-31', totalWeeks: 4 });
    expect(view.kpis[0]).toMatchObject({ unit: 'percent', setting: {} });
    expect(view.kpis[0]?.status.track).toBe('no-data');
  });

  it('names what a late initiative holds up by title, and keeps what was recorded', () => {
    const view = buildFollowView(
      roadmap(),
      plan({ progress: { design: { status: 'in-progress', note: 'Half way' } } }),
      '2025-01-31',
    );
    expect(view.initiatives[0]?.standing.status).toBe('late');
    expect(view.initiatives[0]?.holdsUp).toEqual(['Design the solution']);
    expect(view.initiatives[1]?.progress).toEqual({ status: 'in-progress', note: 'Half way' });
  });

  it('judges each KPI from its figures and measurements, a unit it cannot check read as a count', () => {
    const figures = { baselineValue: 10, targetValue: 20, targetDate: '2025-12-31' };
    const view = buildFollowView(
      roadmap('furlongs'),
      plan({
        kpis: { 'win-rate': figures },
        measurements: { 'win-rate': [{ date: '2025-01-20', value: 30 }] },
      }),
      '2025-01-21',
    );
    expect(view.kpis[0]).toMatchObject({ unit: 'count', setting: figures });
    expect(view.kpis[0]?.status).toMatchObject({ track: 'on-track', latest: { value: 30 } });
  });

  it.each([
    ['percent', true],
    ['score', true],
    ['furlongs', false],
    ['__proto__', false],
  ])('knows %s as a checked unit: %s', (unit, known) => {
    expect(isKpiUnit(unit)).toBe(known);
  });
});
