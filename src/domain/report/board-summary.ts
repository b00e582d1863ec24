/**
 * Prepare step of the one-page board summary (#16): the verdict and readiness index with the
 * trend across the organization's runs, the blockers, the five biggest gaps, where the plan stands
 * (counts, the late initiatives, the next to start) and the KPIs on and off track. Pure: the PDF
 * adapter draws what this returns and shortens the lists through `limits` until it fits one page.
 */
import { toSlug } from '../assessment/export-file';
import { toLocalDay } from '../export/plan-file-name';
import { getGapRows } from '../results/summarize-results';
import { getDateTimeFormat } from '../format/intl-cache';
import {
  BOARD_LIMITS,
  type BoardLimits,
  type BoardSummaryDocument,
  type BoardSummaryInput,
} from './board-summary-document';
import { getBoardPlanBlocks, getBoardKpiBlocks, clip, moreLine } from './board-summary-plan';
import { getTrendBlocks } from './board-summary-trend';
import {
  NO_VALUE,
  createReportContext,
  fill,
  getLevel,
  heading,
  paragraph,
  toWhole,
  type ReportContext,
} from './report-context';
import type { ReportBlock } from './report-document';
import { getReportFollow } from './report-follow';

/** Where the board summary's callers found it before it moved beside `RunSummary`. */
export { toRunSummary } from '../follow/trend';

/** How many gaps the page lists. */
const GAP_COUNT = 5;

/**
 * Builds the board summary in the input's language.
 * @param limits how much each list holds; the renderer passes tighter ones when a page overflows
 * @throws RangeError when `input.now` is not a valid date
 */
export function buildBoardSummary(
  input: BoardSummaryInput,
  limits: BoardLimits = BOARD_LIMITS[0] as BoardLimits,
): BoardSummaryDocument {
  if (Number.isNaN(input.now.getTime())) {
    throw new RangeError('The summary date is not a valid date: pass `now: new Date()`.');
  }
  const c = createReportContext({ ...input, logo: null });
  const { organization, name, assessor } = input.assessment;
  const org = organization.trim();
  const date = getDateTimeFormat(input.lang, { dateStyle: 'long' }).format(input.now);
  const title = org
    ? fill(c.t.header, { title: c.t.boardTitle, organization: org })
    : c.t.boardTitle;
  const follow = getReportFollow(input);
  return {
    lang: input.lang,
    fileName: toBoardFileName(input),
    title,
    author: assessor.trim() || org,
    subject: [org, name.trim()].filter(Boolean).join(' · '),
    heading: c.t.boardTitle,
    // Cut like every other name on the page, so a long organization cannot push the page over.
    subtitle: [clip(org, limits.textLength), clip(name, limits.textLength), date]
      .filter(Boolean)
      .join(' · '),
    blocks: [
      ...getTrendBlocks(c, input.runs ?? [], limits.changes),
      ...getBlockerBlocks(c, limits),
      ...getGapBlocks(c, limits),
      ...getBoardPlanBlocks(c, follow, limits),
      ...getBoardKpiBlocks(c, follow, limits),
    ],
    footer: fill(c.t.boardFooter, { date }),
  };
}

/** `crm-board-summary-<organization>-<yyyy-mm-dd>.pdf`, the local calendar day of `now`. */
export function toBoardFileName(input: Pick<BoardSummaryInput, 'assessment' | 'now'>): string {
  const { organization, name } = input.assessment;
  const slug = toSlug(organization) || toSlug(name) || 'assessment';
  return `crm-board-summary-${slug}-${toLocalDay(input.now)}.pdf`;
}

/** The blockers, as danger bullets, or a sentence saying there are none. */
function getBlockerBlocks(c: ReportContext, limits: BoardLimits): ReportBlock[] {
  const { blockers } = c.input.score;
  const title = heading(3, c.t.blockersHeading);
  if (blockers.length === 0) return [title, paragraph(c.t.boardNoBlockers, 'muted')];
  const items = blockers.slice(0, limits.blockers).map((id) =>
    fill(c.t.blocker, {
      prompt: clip(c.promptOf(id), limits.textLength),
      level: getLevel(c.input.assessment.answers, id) ?? 0,
    }),
  );
  return [
    title,
    { kind: 'bullets', items, tone: 'danger' },
    ...moreLine(c, blockers.length - items.length),
  ];
}

/** The five biggest weighted gaps to the targets, as a table. */
function getGapBlocks(c: ReportContext, limits: BoardLimits): ReportBlock[] {
  const rows = getGapRows(c.input.score, c.input.targets)
    .filter((row) => row.gap === null || row.gap > 0)
    .slice(0, GAP_COUNT);
  const title = heading(3, c.t.boardGapsHeading);
  if (rows.length === 0) return [title, paragraph(c.t.noPriorities, 'muted')];
  const number = (value: number | null) =>
    value === null ? NO_VALUE : c.formatNumber(toWhole(value));
  return [
    title,
    {
      kind: 'table',
      columns: [
        { header: c.t.colArea, width: 4 },
        { header: c.t.colScore, width: 1, align: 'right' },
        { header: c.t.colTarget, width: 1, align: 'right' },
        { header: c.t.colGap, width: 1, align: 'right' },
      ],
      rows: rows.map((row) => [
        clip(c.titleOf(row.dimensionId), limits.textLength),
        number(row.score),
        number(row.target),
        number(row.gap),
      ]),
    },
  ];
}
