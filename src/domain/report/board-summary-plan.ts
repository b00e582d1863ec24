/**
 * The lower half of the board summary (#16): where the plan stands (counts, the late initiatives,
 * the next to start) and the KPIs on and off track with their latest value against the target.
 * Every list is cut at its limit, with a line counting what was left out.
 */
import type { ItemStanding } from '../follow/plan-progress';
import type { DocumentInitiative } from '../roadmap/roadmap-document';
import type { BoardLimits } from './board-summary-document';
import { fill, heading, paragraph, type ReportContext } from './report-context';
import type { ReportBlock } from './report-document';
import {
  TRACK_TEXT,
  formatKpiValue,
  formatStatusCounts,
  type KpiStanding,
  type ReportFollow,
} from './report-follow';

/** `text` cut to `max` characters with "…", whitespace folded, so one name cannot fill the page. */
export function clip(text: string, max: number): string {
  const folded = text.replace(/\s+/g, ' ').trim();
  const chars = [...folded];
  if (chars.length <= max) return folded;
  // No space or stray comma before the ellipsis: "directivo…", not "directivo,…".
  const cut = chars
    .slice(0, Math.max(1, max - 1))
    .join('')
    .replace(/[\s,;:]+$/, '');
  return `${cut}…`;
}

/** "… and N more", as a muted line, when a list left `count` items out. */
export function moreLine(c: ReportContext, count: number): ReportBlock[] {
  return count > 0
    ? [paragraph(fill(c.t.boardMore, { count: c.formatNumber(count) }), 'muted')]
    : [];
}

/** Plan status: the counts, the late initiatives and the next to start. */
export function getBoardPlanBlocks(
  c: ReportContext,
  follow: ReportFollow,
  limits: BoardLimits,
): ReportBlock[] {
  const { items, total } = follow.standing;
  const title = heading(3, c.t.boardPlanHeading);
  if (items.length === 0) return [title, paragraph(c.t.roadmapEmpty, 'muted')];
  const counts = fill(c.t.boardPlanCounts, {
    total: c.formatNumber(items.length),
    counts: formatStatusCounts(c, total),
  });
  return [title, paragraph(counts), ...getLate(c, follow, limits), ...getNext(c, follow, limits)];
}

/** The title of a plan item: every item of the standing is one of the plan's initiatives. */
function titleOf(follow: ReportFollow, id: string, limits: BoardLimits): string {
  return clip((follow.initiatives.get(id) as DocumentInitiative).title, limits.textLength);
}

/** The late initiatives in one danger paragraph: owner, planned finish and how many wait on each. */
function getLate(c: ReportContext, follow: ReportFollow, limits: BoardLimits): ReportBlock[] {
  const late = follow.standing.items.filter((i) => i.status === 'late');
  if (late.length === 0) return [];
  const items = late.slice(0, limits.late).map((item) => {
    const details = [
      clip(item.owner, limits.textLength),
      fill(c.t.boardDue, { date: c.formatDate(item.plannedFinish, 'medium') }),
      item.holdsUp.length > 0
        ? fill(c.t.boardHoldsUp, { count: c.formatNumber(item.holdsUp.length) })
        : '',
    ].filter(Boolean);
    return fill(c.t.boardLateItem, {
      title: titleOf(follow, item.id, limits),
      details: details.join(', '),
    });
  });
  const left = late.length - items.length;
  const more = left > 0 ? ` ${fill(c.t.boardMore, { count: c.formatNumber(left) })}` : '';
  return [paragraph(`${fill(c.t.boardLate, { items: items.join('; ') })}${more}`, 'danger')];
}

/** The next initiatives to start: not started and not late, earliest planned start first. */
function getNext(c: ReportContext, follow: ReportFollow, limits: BoardLimits): ReportBlock[] {
  const waiting = follow.standing.items
    .filter((i) => i.status === 'not-started')
    .sort((a, b) => compare(a, b));
  if (waiting.length === 0) return [paragraph(c.t.boardNoNext, 'muted')];
  const items = waiting.slice(0, limits.next).map((item) => {
    const details = [
      clip(item.owner, limits.textLength),
      fill(c.t.boardFrom, { date: c.formatDate(item.plannedStart, 'medium') }),
    ].filter(Boolean);
    return fill(c.t.boardLateItem, {
      title: titleOf(follow, item.id, limits),
      details: details.join(', '),
    });
  });
  return [paragraph(fill(c.t.boardNext, { items: items.join('; ') }))];
}

/** By planned start (yyyy-mm-dd text sorts as dates); the plan's order (stable sort) breaks ties. */
function compare(a: ItemStanding, b: ItemStanding): number {
  return a.plannedStart.localeCompare(b.plannedStart, 'en');
}

/** The KPIs on and off track, off track first, with the latest value against the target. */
export function getBoardKpiBlocks(
  c: ReportContext,
  follow: ReportFollow,
  limits: BoardLimits,
): ReportBlock[] {
  const judged = follow.kpis.filter(
    (k) => k.status.track === 'on-track' || k.status.track === 'off-track',
  );
  const ordered = [
    ...judged.filter((k) => k.status.track === 'off-track'),
    ...judged.filter((k) => k.status.track === 'on-track'),
  ];
  const others = follow.kpis.length - judged.length;
  const otherLine =
    others > 0
      ? [paragraph(fill(c.t.boardKpisOther, { count: c.formatNumber(others) }), 'muted')]
      : [];
  const title = heading(3, c.t.boardKpisHeading);
  if (ordered.length === 0) return [title, paragraph(c.t.boardNoKpis, 'muted'), ...otherLine];
  const shown = ordered.slice(0, limits.kpis);
  return [
    title,
    {
      kind: 'table',
      columns: [
        { header: c.t.colKpi, width: 3 },
        { header: c.t.colLatest, width: 2 },
        { header: c.t.colKpiTarget, width: 1.3 },
        { header: c.t.colTrack, width: 1.2 },
      ],
      rows: shown.map((k) => getKpiRow(c, k, limits)),
    },
    ...moreLine(c, ordered.length - shown.length),
    ...otherLine,
  ];
}

/** One judged KPI: name, latest value and day, target, on or off track. */
function getKpiRow(c: ReportContext, k: KpiStanding, limits: BoardLimits): string[] {
  const { kpi, status, targetValue } = k;
  // Only a KPI with a measurement and a numeric target is judged on or off track.
  const latest = status.latest as NonNullable<typeof status.latest>;
  return [
    clip(kpi.name, limits.textLength),
    fill(c.t.latestValue, {
      value: formatKpiValue(c, latest.value, kpi.unit),
      date: c.formatDate(latest.date, 'medium'),
    }),
    formatKpiValue(c, targetValue as number, kpi.unit),
    c.t[TRACK_TEXT[status.track]],
  ];
}
