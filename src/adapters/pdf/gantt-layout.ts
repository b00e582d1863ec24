/** The Gantt timeline's rows and how they split over pages. Pure: heights in, pages out. */

/** A row of the timeline: a group (phase) header or one item, with its height in mm. */
export type GanttRow =
  | { readonly kind: 'group'; readonly group: number; readonly height: number }
  | {
      readonly kind: 'item';
      readonly group: number;
      readonly item: number;
      readonly lines: readonly string[];
      readonly height: number;
    };

/**
 * Splits rows into pages: `firstRoom` mm on the first page, `pageRoom` on the next ones. A group
 * header never ends a page, and a page that starts inside a group repeats that group's header.
 */
export function paginateRows(
  rows: readonly GanttRow[],
  firstRoom: number,
  pageRoom: number,
  groupHeight: number,
): GanttRow[][] {
  const pages: GanttRow[][] = [[]];
  let room = firstRoom;
  rows.forEach((row, i) => {
    const next = rows[i + 1];
    const needed = row.height + (row.kind === 'group' && next ? next.height : 0);
    let page = pages[pages.length - 1] ?? [];
    if (needed > room + 1e-6 && page.length > 0) {
      page = [];
      pages.push(page);
      room = pageRoom;
      if (row.kind === 'item') {
        page.push({ kind: 'group', group: row.group, height: groupHeight });
        room -= groupHeight;
      }
    }
    page.push(row);
    room -= row.height;
  });
  return pages;
}

/** The number of weeks the axis spans: the stated total, stretched to the latest end, at least 1. */
export function ganttSpan(totalWeeks: number, ends: readonly number[]): number {
  const finite = [totalWeeks, ...ends].filter((n) => Number.isFinite(n));
  return Math.max(1, ...finite);
}
