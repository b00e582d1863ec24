import { describe, expect, it } from 'vitest';
import { barScale } from '~/adapters/pdf/bar-chart';
import { figuresPerRow } from '~/adapters/pdf/figures-block';
import { measureText } from '~/adapters/pdf/font-metrics';
import { ganttSpan, paginateRows, type GanttRow } from '~/adapters/pdf/gantt-layout';
import { columnWidths } from '~/adapters/pdf/table-block';

describe('columnWidths', () => {
  it.each([
    ['shares the width by the weights', [{ width: 3 }, { width: 1 }], [120, 40]],
    ['treats a missing weight as 1', [{ width: 2 }, {}, {}], [80, 40, 40]],
    [
      'treats a zero, negative or NaN weight as 1',
      [{ width: 0 }, { width: -2 }, { width: NaN }, {}],
      [40, 40, 40, 40],
    ],
    ['gives one column everything', [{ width: 5 }], [160]],
  ])('%s', (_name, columns, expected) => {
    const widths = columnWidths(
      columns.map((c) => ({ header: 'h', ...c })),
      160,
    );
    widths.forEach((w, i) => expect(w).toBeCloseTo(expected[i] ?? NaN, 9));
  });
});

describe('figuresPerRow', () => {
  it.each([
    [0, 1],
    [1, 1],
    [2, 2],
    [3, 3],
    [4, 2],
    [5, 3],
    [7, 3],
  ])('puts %i figures %i to a row', (count, expected) => {
    expect(figuresPerRow(count)).toBe(expected);
  });
});

describe('barScale', () => {
  it.each([
    ['100 for scores', [58, null, 32], 100],
    ['100 when nothing has a value', [null, null], 100],
    ['the largest value above 100', [80, 140, NaN], 140],
  ])('is %s', (_name, values, expected) => {
    expect(barScale(values)).toBe(expected);
  });
});

describe('measureText', () => {
  it.each([
    ['Helvetica "a" is 556/1000 em', 'a', 'normal', 1000, 556],
    ['a quote is 222/1000 em', '’', 'normal', 1000, 222],
    ['bold "l" is 278/1000 em', 'l', 'bold', 1000, 278],
    ['OE is a full em', 'Œ', 'italic', 10, 10],
    [
      'widths add up, scaled by the size',
      'Año €',
      'normal',
      10,
      (667 + 556 + 556 + 278 + 556) / 100,
    ],
  ] as const)('%s', (_name, text, weight, size, expected) => {
    expect(measureText(text, weight, size)).toBeCloseTo(expected, 9);
  });
});

describe('paginateRows', () => {
  const group = (g: number): GanttRow => ({ kind: 'group', group: g, height: 7 });
  const item = (g: number, i: number): GanttRow => ({
    kind: 'item',
    group: g,
    item: i,
    lines: ['x'],
    height: 5,
  });
  const rows = [
    group(0),
    ...[0, 1, 2, 3].map((i) => item(0, i)),
    group(1),
    ...[0, 1, 2].map((i) => item(1, i)),
  ];

  it('keeps everything on one page when it fits', () => {
    expect(paginateRows(rows, 100, 100, 7)).toEqual([rows]);
  });

  it('never lets a page hold more than its room', () => {
    const pages = paginateRows(rows, 20, 25, 7);
    pages.forEach((page, i) => {
      const used = page.reduce((sum, row) => sum + row.height, 0);
      expect(used).toBeLessThanOrEqual(i === 0 ? 20 : 25);
    });
  });

  it('repeats the group header on a page that starts inside the group', () => {
    const pages = paginateRows(rows, 20, 25, 7);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page[0]?.kind).toBe('group');
    const items = pages.flat().filter((row) => row.kind === 'item');
    expect(items).toEqual(rows.filter((row) => row.kind === 'item'));
  });

  it('never ends a page with a group header', () => {
    const pages = paginateRows(rows, 30, 30, 7);
    for (const page of pages) expect(page.at(-1)?.kind).toBe('item');
  });
});

describe('ganttSpan', () => {
  it.each([
    ['the stated total', 52, [10, 40], 52],
    ['stretched to the latest end', 20, [10, 26], 26],
    ['at least one week', 0, [], 1],
    ['ignoring non-finite numbers', NaN, [Infinity, 12], 12],
  ])('is %s', (_name, total, ends, expected) => {
    expect(ganttSpan(total, ends)).toBe(expected);
  });
});
