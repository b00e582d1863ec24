/**
 * The roadmap as a Gantt timeline: a week axis, a row per channel going live (a diamond, its label
 * and a dashed line down the chart at its week), one row per initiative grouped by phase in the
 * phase's colour, hatched bars for change management, milestone diamonds. Names wrap to as many
 * lines as they need, never cut with "…" (#14). When it is taller than a page it continues on the
 * next, repeating the axis, the go-lives and the group header.
 */
import type { ReportBlock } from '../../domain/report/report-document';
import { drawCaption } from './chart-legend';
import { ganttSpan, paginateRows, type GanttRow } from './gantt-layout';
import { weekTicks } from './geometry';
import { newPage } from './page-cursor';
import { CONTENT_WIDTH, PAGE, THEME, type PdfContext } from './pdf-context';
import { fillTemplate } from './pdf-text';
import { drawDiamond, drawHatchedBox, drawSolidBox, setStroke } from './shapes';
import {
  drawLines,
  fitOneLine,
  lineHeight,
  textWidth,
  wrapText,
  type TextStyle,
} from './text-style';

type Gantt = Extract<ReportBlock, { kind: 'gantt' }>;

/** Where things go across the page, computed once per timeline. */
interface GanttFrame {
  readonly block: Gantt;
  readonly chartX: number;
  readonly chartWidth: number;
  readonly span: number;
  readonly ticks: readonly number[];
}

const LABEL_WIDTH = 60;
const AXIS_HEIGHT = 7;
const GROUP_HEIGHT = 7;
const BAR_HEIGHT = 3.4;
const GO_LIVE_HEIGHT = 5;
/** Room the caption's chart needs before the timeline may start: axis, group header, three rows. */
export const GANTT_MIN_START = AXIS_HEIGHT + GROUP_HEIGHT + 3 * 5.4;
const ITEM: TextStyle = { size: 7.5, weight: 'normal', color: THEME.text };
const GROUP: TextStyle = { size: 8.5, weight: 'bold', color: THEME.text };
const AXIS: TextStyle = { size: 7, weight: 'normal', color: THEME.muted };
const GO_LIVE: TextStyle = { size: 7.5, weight: 'bold', color: THEME.text };

function buildRows(ctx: PdfContext, block: Gantt): GanttRow[] {
  return block.groups.flatMap((group, g): GanttRow[] => [
    { kind: 'group', group: g, height: GROUP_HEIGHT },
    ...group.items.map((item, i): GanttRow => {
      const lines = wrapText(ctx, item.label, LABEL_WIDTH - 4, ITEM);
      return {
        kind: 'item',
        group: g,
        item: i,
        lines,
        height: Math.max(5.4, lines.length * lineHeight(ITEM) + 1.6),
      };
    }),
  ]);
}

function buildFrame(block: Gantt): GanttFrame {
  const chartX = PAGE.marginX + LABEL_WIDTH + 2;
  const chartWidth = CONTENT_WIDTH - LABEL_WIDTH - 6;
  const ends = block.groups.flatMap((g) => g.items.map((i) => i.end));
  const span = ganttSpan(block.totalWeeks, ends);
  const widest = textWidth(fillTemplate(block.weekLabel, { n: span }), AXIS);
  return { block, chartX, chartWidth, span, ticks: weekTicks(span, chartWidth / span, widest) };
}

function weekX(frame: GanttFrame, week: number): number {
  return frame.chartX + (frame.chartWidth * Math.min(Math.max(week, 0), frame.span)) / frame.span;
}

/** The week axis: labels over the ticks (kept inside the page), a rule under them. */
function drawAxis(ctx: PdfContext, frame: GanttFrame, top: number): void {
  const right = frame.chartX + frame.chartWidth + 4;
  for (const week of frame.ticks) {
    const label = fillTemplate(frame.block.weekLabel, { n: week });
    const x = weekX(frame, week);
    const half = textWidth(label, AXIS) / 2;
    // Centred on its tick; the last one is pulled in so it never passes the writing area.
    const align = x + half > right ? 'right' : 'center';
    drawLines(ctx, [label], align === 'right' ? right : x, top + 1, AXIS, align);
  }
  setStroke(ctx, THEME.muted, 0.3);
  ctx.pdf.line(PAGE.marginX, top + AXIS_HEIGHT, frame.chartX + frame.chartWidth, top + AXIS_HEIGHT);
}

function drawGridlines(ctx: PdfContext, frame: GanttFrame, top: number, bottom: number): void {
  setStroke(ctx, THEME.border, 0.15);
  for (const week of frame.ticks) ctx.pdf.line(weekX(frame, week), top, weekX(frame, week), bottom);
}

function drawGroupRow(ctx: PdfContext, frame: GanttFrame, row: GanttRow, top: number): void {
  const group = frame.block.groups[row.group];
  if (!group) return;
  const swatchTop = top + (GROUP_HEIGHT - 3.2) / 2;
  if (group.hatched === true) drawHatchedBox(ctx, PAGE.marginX, swatchTop, 6, 3.2, group.color);
  else drawSolidBox(ctx, PAGE.marginX, swatchTop, 6, 3.2, group.color);
  const label = fitOneLine(group.label, CONTENT_WIDTH - 9, GROUP);
  drawLines(ctx, [label], PAGE.marginX + 8, top + (GROUP_HEIGHT - lineHeight(GROUP)) / 2, GROUP);
}

function drawItemRow(ctx: PdfContext, frame: GanttFrame, row: GanttRow, top: number): void {
  if (row.kind !== 'item') return;
  const group = frame.block.groups[row.group];
  const item = group?.items[row.item];
  if (!group || !item) return;
  drawLines(
    ctx,
    row.lines,
    PAGE.marginX + 3,
    top + (row.height - row.lines.length * lineHeight(ITEM)) / 2,
    ITEM,
  );
  const x1 = weekX(frame, item.start);
  const width = Math.max(weekX(frame, item.end) - x1, 0.8);
  const barTop = top + (row.height - BAR_HEIGHT) / 2;
  if (group.hatched === true) drawHatchedBox(ctx, x1, barTop, width, BAR_HEIGHT, group.color);
  else drawSolidBox(ctx, x1, barTop, width, BAR_HEIGHT, group.color);
  if (item.milestone === true) drawDiamond(ctx, weekX(frame, item.end), top + row.height / 2, 3.6);
  setStroke(ctx, THEME.surfaceAlt, 0.15);
  ctx.pdf.line(PAGE.marginX, top + row.height, frame.chartX + frame.chartWidth, top + row.height);
}

/** The height of what heads every page of the timeline: the axis and one row per go-live. */
function headHeight(block: Gantt): number {
  return AXIS_HEIGHT + (block.goLives?.length ?? 0) * GO_LIVE_HEIGHT;
}

/**
 * One row per go-live under the axis: a diamond at its week with its label beside it (to the left
 * when it would pass the page), and a dashed line from there down to `bottom`.
 */
function drawGoLives(ctx: PdfContext, frame: GanttFrame, top: number, bottom: number): void {
  const right = frame.chartX + frame.chartWidth;
  (frame.block.goLives ?? []).forEach((goLive, i) => {
    const y = top + i * GO_LIVE_HEIGHT + GO_LIVE_HEIGHT / 2;
    const x = weekX(frame, goLive.week);
    setStroke(ctx, THEME.text, 0.25, true);
    ctx.pdf.line(x, y, x, bottom);
    setStroke(ctx, THEME.text, 0.25);
    drawDiamond(ctx, x, y, 3.6);
    const width = textWidth(goLive.label, GO_LIVE);
    const textTop = y - lineHeight(GO_LIVE) / 2;
    // Beside the diamond, on whichever side has room; at the margin when neither has.
    if (x + 3 + width <= right) drawLines(ctx, [goLive.label], x + 3, textTop, GO_LIVE);
    else if (x - 3 - width >= PAGE.marginX) {
      drawLines(ctx, [goLive.label], x - 3, textTop, GO_LIVE, 'right');
    } else drawLines(ctx, [goLive.label], PAGE.marginX, textTop, GO_LIVE);
  });
}

function drawPageRows(ctx: PdfContext, frame: GanttFrame, rows: readonly GanttRow[]): void {
  const top = ctx.cursor.y;
  drawAxis(ctx, frame, top);
  const goLivesTop = top + AXIS_HEIGHT;
  const rowsTop = top + headHeight(frame.block);
  const bottom = rows.reduce((y, row) => y + row.height, rowsTop);
  drawGridlines(ctx, frame, goLivesTop, bottom);
  let y = rowsTop;
  for (const row of rows) {
    if (row.kind === 'group') drawGroupRow(ctx, frame, row, y);
    else drawItemRow(ctx, frame, row, y);
    y += row.height;
  }
  drawGoLives(ctx, frame, goLivesTop, bottom);
  ctx.cursor.y = bottom;
}

/** Draws the timeline at the cursor, over as many pages as it needs. Mutates the cursor. */
export function drawGantt(ctx: PdfContext, block: Gantt): void {
  const rows = buildRows(ctx, block);
  const frame = buildFrame(block);
  const head = headHeight(block);
  drawCaption(ctx, block.caption, GANTT_MIN_START + head - AXIS_HEIGHT);
  const pageRoom = PAGE.bottom - PAGE.top - head;
  const pages = paginateRows(rows, PAGE.bottom - ctx.cursor.y - head, pageRoom, GROUP_HEIGHT);
  pages.forEach((pageRows, i) => {
    if (i > 0) newPage(ctx);
    drawPageRows(ctx, frame, pageRows);
  });
  ctx.cursor.y += 6;
}
