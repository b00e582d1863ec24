/**
 * The report's charts (radar, bars, Gantt) as SVG text, for formats that carry charts as images
 * (the Word report rasterises them to PNG). Pure: a block in, `{ svg, width, height }` out, every
 * label escaped for XML. The geometry follows the PDF's charts: axis 0 of the radar points up,
 * bars scale to 100 (or the largest value), the timeline has a row per go-live and per initiative.
 */
import type { ReportBlock, ReportSeries } from './report-document';

/** An SVG image and its size in CSS pixels. */
export interface ChartSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

type Radar = Extract<ReportBlock, { kind: 'radar' }>;
type Bars = Extract<ReportBlock, { kind: 'bars' }>;
type Gantt = Extract<ReportBlock, { kind: 'gantt' }>;

const FONT = 'font-family="Liberation Sans, Arial, Helvetica, sans-serif"';
const TEXT = '#1b1e23';
const MUTED = '#4d5560';
const GRID = '#c9ccd1';
// Characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/U+FFFF) are dropped.
// With the `u` flag a paired surrogate is one code point, so only lone halves fall outside the ranges.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** `text` without the characters an XML 1.0 file cannot hold (a Word file is XML too). */
export function stripNonXml(text: string): string {
  return text.replace(NOT_XML, '');
}

/** `text` safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return stripNonXml(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Splits `text` at spaces into lines of at most `max` characters (a longer word keeps its own line). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else lines.push(word);
  }
  return lines;
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/** A `<text>` of one or more lines, the first line's baseline at `y`; `attrs` override the defaults. */
function text(
  x: number,
  y: number,
  lines: readonly string[],
  attrs: Readonly<Record<string, string>> = {},
): string {
  const all = { 'font-size': '12', fill: TEXT, ...attrs };
  const written = Object.entries(all)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  const spans = lines
    .map((line, i) => `<tspan x="${round(x)}" dy="${i === 0 ? 0 : 14}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<text x="${round(x)}" y="${round(y)}" ${FONT}${written}>${spans}</text>`;
}

function wrapSvg(width: number, height: number, body: readonly string[]): ChartSvg {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#ffffff"/>` +
    `${body.join('')}</svg>`;
  return { svg, width, height };
}

/** A value usable on a chart: finite and not null. */
function isValue(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const RADIUS = 150;
const CENTRE = { x: 320, y: 230 };

/** Point of axis `index` of `count` at `value` (0–100, clamped); axis 0 points up. */
export function radarPoint(index: number, count: number, value: number): { x: number; y: number } {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (RADIUS * Math.min(Math.max(value, 0), 100)) / 100;
  return { x: CENTRE.x + r * Math.cos(angle), y: CENTRE.y + r * Math.sin(angle) };
}

function radarSeries(series: ReportSeries, count: number): string[] {
  const points = Array.from({ length: count }, (_, i) => {
    const value = series.values[i];
    return isValue(value) ? radarPoint(i, count, value) : null;
  });
  const dash = series.dashed === true ? ' stroke-dasharray="6 4"' : '';
  const fill = series.fill === true ? series.color : 'none';
  const style = `stroke="${escapeXml(series.color)}" stroke-width="2"${dash}`;
  const present = points.filter((p) => p !== null);
  const shapes =
    present.length === count
      ? [
          `<polygon points="${present.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}" fill="${escapeXml(fill)}" fill-opacity="0.15" ${style}/>`,
        ]
      : points.flatMap((p, i) => {
          const next = points[(i + 1) % count];
          return p && next
            ? [
                `<line x1="${round(p.x)}" y1="${round(p.y)}" x2="${round(next.x)}" y2="${round(next.y)}" ${style}/>`,
              ]
            : [];
        });
  const dots = present.map(
    (p) =>
      `<circle cx="${round(p.x)}" cy="${round(p.y)}" r="3" fill="${escapeXml(series.color)}"/>`,
  );
  return [...shapes, ...dots];
}

function radarGrid(count: number): string[] {
  const rings = [20, 40, 60, 80, 100].map((ring) => {
    const points = Array.from({ length: count }, (_, i) => radarPoint(i, count, ring));
    return `<polygon points="${points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ')}" fill="none" stroke="${GRID}"/>`;
  });
  const spokes = Array.from({ length: count }, (_, i) => {
    const end = radarPoint(i, count, 100);
    return `<line x1="${CENTRE.x}" y1="${CENTRE.y}" x2="${round(end.x)}" y2="${round(end.y)}" stroke="${GRID}"/>`;
  });
  return [...rings, ...spokes];
}

function radarLabel(label: string, index: number, count: number): string {
  const at = radarPoint(index, count, 108);
  const cos = Math.cos(-Math.PI / 2 + (2 * Math.PI * index) / count);
  const anchor = cos > 0.25 ? 'start' : cos < -0.25 ? 'end' : 'middle';
  const lines = wrapWords(label, anchor === 'middle' ? 30 : 18);
  const y = at.y < CENTRE.y - RADIUS * 0.5 ? at.y - 14 * (lines.length - 1) : at.y + 4;
  return text(at.x, y, lines, { 'text-anchor': anchor });
}

/** A legend: a line sample (dashed when the series is) and the series' name, one row each. */
function legend(series: readonly ReportSeries[], top: number): string[] {
  return series.flatMap((s, i) => {
    const y = top + i * 22;
    const dash = s.dashed === true ? ' stroke-dasharray="6 4"' : '';
    return [
      `<line x1="40" y1="${y}" x2="80" y2="${y}" stroke="${escapeXml(s.color)}" stroke-width="3"${dash}/>`,
      text(90, y + 4, [s.label]),
    ];
  });
}

/** The radar (current vs target by dimension); fewer than three axes leave only the legend. */
export function toRadarSvg(block: Radar): ChartSvg {
  const count = block.labels.length;
  const chart =
    count < 3
      ? []
      : [
          ...radarGrid(count),
          ...block.series.flatMap((s) => radarSeries(s, count)),
          ...block.labels.map((label, i) => radarLabel(label, i, count)),
        ];
  const top = count < 3 ? 20 : 440;
  return wrapSvg(640, top + block.series.length * 22 + 10, [
    ...chart,
    ...legend(block.series, top),
  ]);
}

const BAR_LEFT = 220;
const BAR_WIDTH = 340;
const BAR_ROW = 36;

/** Horizontal bars (scores by phase), each with its label and its value written out. */
export function toBarsSvg(block: Bars): ChartSvg {
  const scale = Math.max(100, ...block.items.map((item) => item.value).filter(isValue));
  const height = block.items.length * BAR_ROW + 40;
  const grid = [0, 1, 2, 3, 4].flatMap((q) => {
    const x = BAR_LEFT + (BAR_WIDTH * q) / 4;
    return [
      `<line x1="${x}" y1="4" x2="${x}" y2="${height - 26}" stroke="${GRID}"/>`,
      text(x, height - 10, [round((scale * q) / 4)], { 'text-anchor': 'middle' }),
    ];
  });
  const rows = block.items.flatMap((item, i) => {
    const top = 10 + i * BAR_ROW;
    const label = text(BAR_LEFT - 8, top + 17, wrapWords(item.label, 32).slice(0, 2), {
      'text-anchor': 'end',
    });
    if (!isValue(item.value))
      return [label, text(BAR_LEFT + 6, top + 17, [block.emptyLabel], { 'font-style': 'italic' })];
    const length = (BAR_WIDTH * Math.max(0, item.value)) / scale;
    return [
      label,
      `<rect x="${BAR_LEFT}" y="${top + 4}" width="${round(length)}" height="20" fill="${escapeXml(item.color)}"/>`,
      text(BAR_LEFT + length + 6, top + 19, [round(item.value)], { 'font-weight': 'bold' }),
    ];
  });
  return wrapSvg(640, height, [...grid, ...rows]);
}

const G_LEFT = 260;
const G_WIDTH = 440;
const G_AXIS = 30;

/** The roadmap timeline: a week axis, a row per go-live, then per phase its initiatives as bars. */
export function toGanttSvg(block: Gantt): ChartSvg {
  const ends = block.groups.flatMap((g) => g.items.map((item) => item.end));
  const span = Math.max(1, block.totalWeeks, ...ends.filter(isValue));
  const x = (week: number) => G_LEFT + (G_WIDTH * Math.min(Math.max(week, 0), span)) / span;
  const goLives = block.goLives ?? [];
  const body: string[] = [
    '<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">' +
      `<rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="${MUTED}"/></pattern></defs>`,
  ];
  let y = G_AXIS + goLives.length * 22;
  block.groups.forEach((group) => {
    body.push(text(8, y + 18, [group.label], { 'font-weight': 'bold' }));
    y += 26;
    group.items.forEach((item) => {
      const lines = wrapWords(item.label, 38);
      const height = Math.max(24, lines.length * 14 + 8);
      body.push(text(16, y + 16, lines, { 'font-size': '11' }));
      const fill = group.hatched === true ? 'url(#hatch)' : escapeXml(group.color);
      const width = Math.max(2, x(item.end) - x(item.start));
      body.push(
        `<rect x="${round(x(item.start))}" y="${y + (height - 12) / 2}" width="${round(width)}" height="12" fill="${fill}" stroke="${escapeXml(group.color)}"/>`,
      );
      if (item.milestone === true) body.push(diamond(x(item.end), y + height / 2));
      y += height;
    });
  });
  const height = y + 10;
  const ticks = Array.from({ length: 5 }, (_, q) => Math.round((span * q) / 4));
  const axis = [...new Set(ticks)].flatMap((week) => [
    `<line x1="${round(x(week))}" y1="${G_AXIS - 6}" x2="${round(x(week))}" y2="${height - 10}" stroke="${GRID}"/>`,
    text(x(week), G_AXIS - 12, [block.weekLabel.replace('{n}', String(week))], {
      'font-size': '11',
      // The last label ends at its tick, so it stays inside the picture.
      'text-anchor': week === span ? 'end' : 'middle',
    }),
  ]);
  const lives = goLives.flatMap((goLive, i) => {
    const top = G_AXIS + i * 22 + 11;
    return [
      diamond(x(goLive.week), top),
      `<line x1="${round(x(goLive.week))}" y1="${top}" x2="${round(x(goLive.week))}" y2="${height - 10}" stroke="${TEXT}" stroke-dasharray="4 3"/>`,
      goLiveLabel(goLive.label, x(goLive.week), top + 4),
    ];
  });
  return wrapSvg(G_LEFT + G_WIDTH + 20, height, [...axis, ...body, ...lives]);
}

/**
 * A go-live's label beside its diamond: to the left, or to the right when it would pass the
 * picture's left edge (about 6.5 px per character of 11 px bold text).
 */
function goLiveLabel(label: string, at: number, y: number): string {
  const left = at - 10 - label.length * 6.5 >= 0;
  return text(left ? at - 10 : at + 10, y, [label], {
    'font-size': '11',
    'font-weight': 'bold',
    'text-anchor': left ? 'end' : 'start',
  });
}

function diamond(cx: number, cy: number): string {
  const p = (dx: number, dy: number) => `${round(cx + dx)},${round(cy + dy)}`;
  return `<polygon points="${[p(0, -7), p(7, 0), p(0, 7), p(-7, 0)].join(' ')}" fill="${TEXT}"/>`;
}

/** The chart of a chart block as SVG; null for a block that is not a chart. */
export function toChartSvg(block: ReportBlock): ChartSvg | null {
  if (block.kind === 'radar') return toRadarSvg(block);
  if (block.kind === 'bars') return toBarsSvg(block);
  if (block.kind === 'gantt') return toGanttSvg(block);
  return null;
}
