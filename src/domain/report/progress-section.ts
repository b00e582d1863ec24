/**
 * The progress section of the report (#16), present only when there is progress to report: where
 * the plan stands by phase, the late initiatives and what they hold up, and each measured KPI's
 * latest value against its target, on track or off.
 */
import type { DocumentInitiative } from '../roadmap/roadmap-document';
import { PHASE_IDS } from '../scoring/model';
import { NO_VALUE, fill, heading, paragraph, type ReportContext } from './report-context';
import type { ReportBlock, ReportSection } from './report-document';
import {
  STATUS_COLUMNS,
  TRACK_TEXT,
  formatKpiValue,
  getReportFollow,
  hasProgress,
  type ReportFollow,
} from './report-follow';

/** The progress section (`progress`), or none when nothing has started and nothing is measured. */
export function buildProgressSections(c: ReportContext): ReportSection[] {
  if (!hasProgress(c.input.assessment.plan)) return [];
  const follow = getReportFollow(c.input);
  const { total } = follow.standing;
  const count = follow.standing.items.length;
  return [
    {
      id: 'progress',
      blocks: [
        heading(1, c.t.progressHeading),
        paragraph(
          fill(c.t.progressIntro, {
            date: c.formatDate(follow.today, 'long'),
            total: c.formatNumber(count),
          }),
          'lead',
        ),
        getPhaseTable(c, follow, total),
        ...getLateBlocks(c, follow),
        ...getMeasurementBlocks(c, follow),
      ],
    },
  ];
}

/** Counts by phase (rows) and status (columns), with a total row. */
function getPhaseTable(
  c: ReportContext,
  follow: ReportFollow,
  total: ReportFollow['standing']['total'],
): ReportBlock {
  const { byPhase } = follow.standing;
  const row = (label: string, counts: ReportFollow['standing']['total']) => [
    label,
    ...STATUS_COLUMNS.map(([status]) => c.formatNumber(counts[status])),
    c.formatNumber(Object.values(counts).reduce((a, b) => a + b, 0)),
  ];
  const phases = PHASE_IDS.flatMap((phase) => {
    const counts = byPhase[phase];
    return counts ? [row(c.input.strings.phases[phase].name, counts)] : [];
  });
  return {
    kind: 'table',
    caption: c.t.progressByPhaseCaption,
    columns: [
      { header: c.t.colPhase, width: 2 },
      ...STATUS_COLUMNS.map(([, key]) => ({ header: c.t[key], width: 1, align: 'right' as const })),
      { header: c.t.colTotal, width: 0.8, align: 'right' },
    ],
    rows: [...phases, row(c.t.colTotal, total)],
  };
}

/** The late initiatives with owner, planned finish and the initiatives waiting for them. */
function getLateBlocks(c: ReportContext, follow: ReportFollow): ReportBlock[] {
  const late = follow.standing.items.filter((i) => i.status === 'late');
  // Late items and what they hold up are all initiatives of the plan.
  const title = (id: string) => (follow.initiatives.get(id) as DocumentInitiative).title;
  if (late.length === 0) return [heading(2, c.t.lateHeading), paragraph(c.t.noLate, 'muted')];
  return [
    heading(2, c.t.lateHeading),
    paragraph(c.t.lateIntro, 'muted'),
    {
      kind: 'table',
      columns: [
        { header: c.t.colInitiative, width: 3 },
        { header: c.t.colOwner, width: 1.5 },
        { header: c.t.colPlannedFinish, width: 1.3 },
        { header: c.t.colHoldsUp, width: 3 },
      ],
      rows: late.map((item) => [
        title(item.id),
        item.owner || NO_VALUE,
        c.formatDate(item.plannedFinish, 'medium'),
        getHoldsUp(c, item.holdsUp.map(title)),
      ]),
    },
  ];
}

/** How many of the initiatives a late one holds up are named; the rest are counted. */
const HOLDS_UP_NAMED = 3;

/** The first initiatives a late one holds up, and how many more; "; " parts titles that hold commas. */
function getHoldsUp(c: ReportContext, titles: readonly string[]): string {
  if (titles.length === 0) return NO_VALUE;
  const names = titles.slice(0, HOLDS_UP_NAMED).join('; ');
  if (titles.length <= HOLDS_UP_NAMED) return names;
  return fill(c.t.holdsUpMore, { names, count: c.formatNumber(titles.length - HOLDS_UP_NAMED) });
}

/** Each measured KPI: latest value and day, numeric target and its day, on track or not. */
function getMeasurementBlocks(c: ReportContext, follow: ReportFollow): ReportBlock[] {
  const measured = follow.kpis.flatMap((k) =>
    k.status.latest ? [{ ...k, latest: k.status.latest }] : [],
  );
  const title = heading(2, c.t.measurementsHeading);
  if (measured.length === 0) return [title, paragraph(c.t.noMeasurements, 'muted')];
  return [
    title,
    paragraph(c.t.measurementsIntro, 'muted'),
    {
      kind: 'table',
      columns: [
        { header: c.t.colKpi, width: 2.5 },
        { header: c.t.colLatest, width: 2 },
        { header: c.t.colKpiTarget, width: 2 },
        { header: c.t.colTrack, width: 1.3 },
      ],
      rows: measured.map(({ kpi, status, latest, targetValue }) => [
        kpi.name,
        fill(c.t.latestValue, {
          value: formatKpiValue(c, latest.value, kpi.unit),
          date: c.formatDate(latest.date, 'medium'),
        }),
        targetValue === undefined
          ? NO_VALUE
          : fill(c.t.targetBy, {
              value: formatKpiValue(c, targetValue, kpi.unit),
              date: c.formatDate(status.targetDate, 'medium'),
            }),
        c.t[TRACK_TEXT[status.track]],
      ]),
    },
  ];
}
