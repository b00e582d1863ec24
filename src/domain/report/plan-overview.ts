/**
 * The plan as a team reads it, at the head of the report's roadmap (#13): the initiatives that
 * close the most ("The plan"), how many more the first go-live needs, the first 100 days with the
 * first go-live, and the work left for later.
 */
import { FIRST_DAYS, getPlanDay, getPlanViews } from '../roadmap/plan-views';
import {
  NO_VALUE,
  bulletsOr,
  fill,
  heading,
  paragraph,
  type ReportContext,
} from './report-context';
import type { ReportBlock } from './report-document';

/** The blocks of the plan overview: the plan, the first 100 days, later. */
export function getPlanOverview(c: ReportContext): ReportBlock[] {
  const { roadmap } = c.input;
  const views = getPlanViews(roadmap);
  const live = views.firstGoLive;
  const dayHundred = getPlanDay(roadmap.planStart, FIRST_DAYS);
  const goLive = live
    ? fill(c.t.firstGoLive, {
        channel: c.input.strings.channels[live.channel],
        week: live.week,
        date: c.formatDate(live.date, 'long'),
      })
    : c.t.noGoLive;
  return [
    heading(2, c.t.planHeading),
    paragraph(fill(c.t.planIntro, { count: c.formatNumber(views.focus.length) })),
    ...tableIf(views.focus.length, {
      kind: 'table',
      columns: [
        { header: c.t.colRank, width: 0.6 },
        { header: c.t.colInitiative, width: 4 },
        { header: c.t.colOwner, width: 2 },
        { header: c.t.colWeek, width: 1.2 },
      ],
      rows: views.focus.map((i, n) => [
        c.formatNumber(n + 1),
        i.title,
        i.owner || NO_VALUE,
        `${i.start}–${i.end}`,
      ]),
    }),
    ...(views.needed.length > 0
      ? [paragraph(fill(c.t.planNeeded, { count: c.formatNumber(views.needed.length) }))]
      : []),
    heading(2, c.t.firstDaysHeading),
    paragraph(fill(c.t.firstDaysIntro, { date: c.formatDate(dayHundred, 'long') })),
    ...tableIf(views.firstDays.length, {
      kind: 'table',
      columns: [
        { header: c.t.colWeek, width: 0.8 },
        { header: c.t.colInitiative, width: 4 },
        { header: c.t.colOwner, width: 2 },
      ],
      rows: views.firstDays.map((i) => [String(i.start), i.title, i.owner || NO_VALUE]),
    }),
    paragraph(goLive, 'lead'),
    heading(2, c.t.laterHeading),
    ...(views.later.length > 0
      ? [paragraph(fill(c.t.laterIntro, { count: c.formatNumber(views.later.length) }))]
      : []),
    bulletsOr(
      views.later.map((i) => fill(c.t.laterItem, { title: i.title, start: i.start })),
      c.t.noLater,
    ),
  ];
}

/** The table when it has rows: an empty table would print a header over nothing. */
function tableIf(rows: number, table: ReportBlock): ReportBlock[] {
  return rows > 0 ? [table] : [];
}
