/**
 * The plan: the roadmap (intro, the plan, the first 100 days and the later work, the Gantt timeline
 * by phase with the go-lives, initiatives, milestones), the KPI table and the change-management
 * plan, all read from the roadmap document.
 */
import type { DocumentInitiative, DocumentKpi } from '../roadmap/roadmap-document';
import { PHASE_IDS } from '../scoring/model';
import { NO_VALUE, fill, heading, paragraph, type ReportContext } from './report-context';
import { getPlanOverview } from './plan-overview';
import type { ReportBlock, ReportSection } from './report-document';

/** The roadmap section (`roadmap`). */
export function buildRoadmapSection(c: ReportContext): ReportSection {
  const { roadmap } = c.input;
  const title = heading(1, c.t.roadmapHeading);
  if (roadmap.initiatives.length === 0) {
    return { id: 'roadmap', blocks: [title, paragraph(c.t.roadmapEmpty)] };
  }
  const intro = fill(c.t.roadmapIntro, {
    count: c.formatNumber(roadmap.initiatives.length),
    weeks: c.formatNumber(roadmap.totalWeeks),
    start: c.formatDate(roadmap.planStart, 'long'),
    end: c.formatDate(roadmap.planEnd, 'long'),
  });
  return {
    id: 'roadmap',
    blocks: [
      title,
      paragraph(intro, 'lead'),
      ...getPlanOverview(c),
      getGantt(c),
      getInitiativeTable(c),
      getMilestones(c),
    ],
  };
}

/** The Gantt timeline: one group per phase, then a hatched one for change management. */
function getGantt(c: ReportContext): ReportBlock {
  const { roadmap, palette, strings } = c.input;
  const toItem = (i: DocumentInitiative) => ({
    label: i.title,
    start: i.start,
    end: i.end,
    milestone: i.milestone.trim() !== '',
  });
  const phaseGroups = PHASE_IDS.map((phase) => ({
    label: strings.phases[phase].name,
    color: palette[phase],
    items: roadmap.initiatives.filter((i) => i.phase === phase && !i.changeManagement).map(toItem),
  }));
  const changeGroup = {
    label: strings.phases.change.name,
    color: palette.change,
    hatched: true,
    items: roadmap.initiatives.filter((i) => i.changeManagement).map(toItem),
  };
  return {
    kind: 'gantt',
    caption: c.t.ganttCaption,
    totalWeeks: Math.max(roadmap.totalWeeks, 1),
    weekLabel: c.t.week,
    groups: [...phaseGroups, changeGroup].filter((g) => g.items.length > 0),
    goLives: roadmap.goLives.map((g) => ({
      label: fill(c.t.goLiveMarker, { channel: strings.channels[g.channel], week: g.week }),
      week: g.week,
    })),
  };
}

/** "5 Jan 2026 – 1 Feb 2026 (weeks 0–4)". */
function getWhen(c: ReportContext, i: DocumentInitiative): string {
  return fill(c.t.when, {
    startDate: c.formatDate(i.startDate, 'medium'),
    endDate: c.formatDate(i.endDate, 'medium'),
    start: i.start,
    end: i.end,
  });
}

/** The initiatives in schedule order. */
function getInitiativeTable(c: ReportContext): ReportBlock {
  return {
    kind: 'table',
    caption: c.t.initiativesCaption,
    columns: [
      { header: c.t.colInitiative, width: 3 },
      { header: c.t.colPhase, width: 1.5 },
      { header: c.t.colOwner, width: 1.5 },
      { header: c.t.colWhen, width: 2 },
      { header: c.t.colDependsOn, width: 2 },
    ],
    rows: c.input.roadmap.initiatives.map((i) => [
      i.title,
      i.changeManagement ? fill(c.t.changePhase, { phase: i.phaseName }) : i.phaseName,
      i.owner || NO_VALUE,
      getWhen(c, i),
      i.dependsOn.join(', ') || NO_VALUE,
    ]),
  };
}

/** Every milestone with its date: initiative ends and phase gates. */
function getMilestones(c: ReportContext): ReportBlock {
  return {
    kind: 'table',
    caption: c.t.milestonesCaption,
    columns: [
      { header: c.t.colDate, width: 1 },
      { header: c.t.colMilestone, width: 4 },
    ],
    rows: c.input.roadmap.milestones.map((m) => [c.formatDate(m.date, 'medium'), m.title]),
  };
}

/** The KPI section (`kpis`): every KPI of the plan with its figures and owners. */
export function buildKpiSection(c: ReportContext): ReportSection {
  const { kpis } = c.input.roadmap;
  const blocks: ReportBlock[] = [heading(1, c.t.kpisHeading)];
  if (kpis.length === 0) return { id: 'kpis', blocks: [...blocks, paragraph(c.t.noKpis)] };
  blocks.push(paragraph(c.t.kpisIntro), {
    kind: 'table',
    columns: [
      { header: c.t.colKpi, width: 2 },
      { header: c.t.colDefinition, width: 3.5 },
      { header: c.t.colUnit, width: 1 },
      { header: c.t.colBaseline, width: 1.2 },
      { header: c.t.colKpiTarget, width: 1.5 },
      { header: c.t.colFrequency, width: 1.2 },
      { header: c.t.colOwner, width: 2 },
    ],
    rows: kpis.map((k) => getKpiRow(c, k)),
  });
  return { id: 'kpis', blocks };
}

/** One KPI row: name, definition, unit, baseline, target, frequency, owners. */
function getKpiRow(c: ReportContext, k: DocumentKpi): string[] {
  const { strings, roadmap } = c.input;
  // The document names a KPI's initiatives by title; their owners are joined, each once.
  const owners = new Set(
    k.initiatives.flatMap((title) =>
      roadmap.initiatives.filter((i) => i.title === title && i.owner !== '').map((i) => i.owner),
    ),
  );
  return [
    k.name,
    k.definition,
    strings.units[k.unit] ?? k.unit,
    k.baseline.trim() || c.t.toMeasure,
    k.target.trim() || fill(c.t.suggested, { target: k.suggestedTarget }),
    strings.frequencies[k.frequency],
    [...owners].join(', ') || NO_VALUE,
  ];
}

/** The change-management plan (`change`): the roadmap's change-management initiatives. */
export function buildChangeSection(c: ReportContext): ReportSection {
  const items = c.input.roadmap.initiatives.filter((i) => i.changeManagement);
  const title = heading(1, c.t.changeHeading);
  if (items.length === 0) return { id: 'change', blocks: [title, paragraph(c.t.changeNone)] };
  return {
    id: 'change',
    blocks: [
      title,
      paragraph(fill(c.t.changeIntro, { count: c.formatNumber(items.length) })),
      {
        kind: 'table',
        columns: [
          { header: c.t.colWhat, width: 2 },
          { header: c.t.colDescription, width: 4 },
          { header: c.t.colWhen, width: 2 },
          { header: c.t.colOwner, width: 1.5 },
        ],
        rows: items.map((i) => [i.title, i.description, getWhen(c, i), i.owner || NO_VALUE]),
      },
    ],
  };
}
