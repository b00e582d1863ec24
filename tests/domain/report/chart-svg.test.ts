/**
 * The report's charts as SVG (for the Word report): well-formed XML whatever the labels hold, every
 * label present, values placed where the scale says.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  radarPoint,
  toBarsSvg,
  toChartSvg,
  toGanttSvg,
  toRadarSvg,
  wrapWords,
} from '~/domain/report/chart-svg';
import type { ReportBlock } from '~/domain/report/report-document';
import { buildSpanishReport, DIMENSIONS } from '../../fixtures/report/spanish-report';
import { findXmlProblem, readSvgTexts, unescapeXml } from './xml-check';

type Radar = Extract<ReportBlock, { kind: 'radar' }>;
type Bars = Extract<ReportBlock, { kind: 'bars' }>;
type Gantt = Extract<ReportBlock, { kind: 'gantt' }>;

const SLOW_TEST_MS = 60_000;
const blocks = buildSpanishReport().sections.flatMap((s) => s.blocks);
const radar = blocks.find((b): b is Radar => b.kind === 'radar');
const bars = blocks.find((b): b is Bars => b.kind === 'bars');
const gantt = blocks.find((b): b is Gantt => b.kind === 'gantt');
if (!radar || !bars || !gantt) throw new Error('The Spanish fixture lost a chart.');

/** Every label of the block, as the texts of the SVG hold them (words joined by single spaces). */
const joined = (svg: string) => norm(readSvgTexts(svg).join(' '));
const norm = (s: string) => s.split(/\s+/).filter(Boolean).join(' ');

const NASTY = [
  'a "quoted", comma, and\nnewline',
  '=SUM(A1) +1 -2 @x',
  'tab\there',
  'emoji 😀 and ‏RTL‮ marks',
  '<script>&amp;</script>',
  'áéíóú ñ ü ¿¡ €',
];

describe('escapeXml', () => {
  it.each([
    ['<a & "b">', '&lt;a &amp; &quot;b&quot;&gt;'],
    ["it's", "it's"],
    ['x\u0001y\uFFFEz', 'xyz'],
    ['lone \uD800 high, lone \uDC00 low, pair 😀', 'lone  high, lone  low, pair 😀'],
  ])('%j → %j', (input, output) => {
    expect(escapeXml(input)).toBe(output);
  });

  it(
    'round-trips any text once the characters XML cannot hold are taken out',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          const escaped = escapeXml(text);
          expect(escaped).not.toMatch(/[<>"]/);
          expect(findXmlProblem(`<t>${escaped}</t>`)).toBeNull();
          const kept = [...text]
            .filter((c) => /[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(c))
            .join('');
          expect(unescapeXml(escaped)).toBe(kept);
        }),
      );
    },
    SLOW_TEST_MS,
  );
});

describe('wrapWords', () => {
  it.each([
    ['one two three', 7, ['one two', 'three']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['averyveryverylongword x', 5, ['averyveryverylongword', 'x']],
    ['', 10, []],
  ])('%j at %i → %j', (text, max, lines) => {
    expect(wrapWords(text, max)).toEqual(lines);
  });
});

describe.each([
  ['radar', radar],
  ['bars', bars],
  ['gantt', gantt],
] as const)('the %s chart of the Spanish fixture', (_, block) => {
  const chart = toChartSvg(block);

  it('is a well-formed SVG with its size', () => {
    expect(chart).not.toBeNull();
    expect(findXmlProblem(chart?.svg ?? '')).toBeNull();
    expect(chart?.svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/,
    );
    expect(chart?.width).toBeGreaterThan(300);
    expect(chart?.height).toBeGreaterThan(50);
  });
});

describe('toRadarSvg', () => {
  const { svg } = toRadarSvg(radar);

  it('writes every dimension and every series name', () => {
    const text = joined(svg);
    for (const label of [...DIMENSIONS, ...radar.series.map((s) => s.label)]) {
      expect(text).toContain(norm(label));
    }
  });

  it('places a value on its axis at its share of the radius, and skips a missing one', () => {
    // "Actual" has 62 on axis 0 (straight up) and no value on axis 8: 8 dots, not 9.
    const top = radarPoint(0, 9, 62);
    expect(top.x).toBeCloseTo(320);
    expect(svg).toContain(`cy="${Math.round(top.y * 10) / 10}"`);
    expect(radarPoint(0, 9, 100).y - radarPoint(0, 9, 0).y).toBeCloseTo(-150);
    expect(radarPoint(2, 3, 150)).toEqual(radarPoint(2, 3, 100));
    const dots = svg.match(/<circle [^>]*fill="#0f4c81"/g) ?? [];
    expect(dots).toHaveLength(8);
  });

  it('draws a dashed target and a filled current series', () => {
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).not.toMatch(/<polygon [^>]*fill="#0f4c81"/); // a series with a gap is not filled
    const full = radar.series.map((series) => ({ ...series, values: DIMENSIONS.map(() => 60) }));
    expect(toRadarSvg({ ...radar, series: full }).svg).toMatch(
      /<polygon [^>]*fill="#0f4c81" fill-opacity="0\.15"/,
    );
  });

  it('keeps only the legend when there are fewer than three axes', () => {
    const small = toRadarSvg({ ...radar, labels: ['A', 'B'] });
    expect(small.svg).not.toContain('<polygon');
    expect(readSvgTexts(small.svg)).toEqual(radar.series.map((s) => norm(s.label)));
  });
});

describe('toBarsSvg', () => {
  const { svg } = toBarsSvg(bars);

  it('writes each label, each value and the empty label for a missing one', () => {
    const texts = readSvgTexts(svg);
    for (const item of bars.items) expect(texts).toContain(item.label);
    expect(texts).toEqual(
      expect.arrayContaining(['58', '41.6', '32', 'Sin información suficiente']),
    );
  });

  it('scales bar lengths to 100, or to the largest value above it', () => {
    expect(svg).toContain('width="197.2"'); // 58 % of 340
    const over = toBarsSvg({ ...bars, items: [{ label: 'x', value: 200, color: '#000000' }] });
    expect(over.svg).toContain('width="340"');
    expect(readSvgTexts(over.svg)).toContain('200');
  });
});

describe('toGanttSvg', () => {
  it('writes every initiative, every phase and the week axis', () => {
    const { svg } = toGanttSvg(gantt);
    const text = joined(svg);
    for (const group of gantt.groups) {
      expect(text).toContain(group.label);
      for (const item of group.items) expect(text).toContain(norm(item.label));
    }
    expect(text).toContain('Semana 0');
    expect(text).toContain('Semana 52');
    // The last week's label ends at its tick instead of running past the picture's edge.
    expect(svg).toMatch(/text-anchor="end"><tspan [^>]*>Semana 52</);
    expect(svg).toMatch(/text-anchor="middle"><tspan [^>]*>Semana 0</);
    expect(svg).toContain('url(#hatch)');
  });

  it('marks milestones and go-lives with diamonds and the go-lives with a dashed line', () => {
    const withGoLives = toGanttSvg({
      ...gantt,
      goLives: [{ label: 'Fuerza de ventas en marcha', week: 16 }],
    });
    const plain = toGanttSvg(gantt);
    const diamonds = (svg: string) => (svg.match(/<polygon /g) ?? []).length;
    const milestones = gantt.groups.flatMap((g) => g.items).filter((i) => i.milestone).length;
    expect(diamonds(plain.svg)).toBe(milestones);
    expect(diamonds(withGoLives.svg)).toBe(milestones + 1);
    expect(withGoLives.svg).toContain('stroke-dasharray="4 3"');
    expect(readSvgTexts(withGoLives.svg)).toContain('Fuerza de ventas en marcha');
    expect(withGoLives.height).toBe(plain.height + 22);
    expect(withGoLives.svg).toMatch(/text-anchor="end"><tspan [^>]*>Fuerza de ventas en marcha</);
    // A long label near the start goes on the right of its diamond, inside the picture.
    const label = 'Fuerza de ventas: puesta en marcha, semana 1';
    const early = toGanttSvg({ ...gantt, goLives: [{ label, week: 0 }] });
    expect(early.svg).toMatch(
      /<text x="270" [^>]*text-anchor="start"><tspan [^>]*>Fuerza de ventas: puesta/,
    );
  });

  it('puts a bar from its start week to its end week on the scale', () => {
    const { svg } = toGanttSvg({
      ...gantt,
      totalWeeks: 10,
      groups: [{ label: 'A', color: '#123456', items: [{ label: 'x', start: 5, end: 10 }] }],
    });
    expect(svg).toMatch(/<rect x="480" y="[\d.]+" width="220" height="12" fill="#123456"/);
  });
});

describe('toChartSvg', () => {
  it('returns null for a block that is not a chart', () => {
    expect(toChartSvg({ kind: 'page-break' })).toBeNull();
  });

  it(
    'stays well-formed with every label in place whatever the labels hold',
    () => {
      const label = fc.oneof(
        fc.constantFrom(...NASTY),
        fc.string({ unit: 'binary', maxLength: 40 }),
      );
      fc.assert(
        fc.property(
          fc.array(label, { minLength: 3, maxLength: 6 }),
          fc.option(label),
          (labels, extra) => {
            const charts = [
              toRadarSvg({
                ...radar,
                labels,
                series: [{ label: extra ?? 'S', values: [50], color: '#000000' }],
              }),
              toBarsSvg({
                ...bars,
                emptyLabel: extra ?? '-',
                items: labels.map((l) => ({ label: l, value: null, color: '#000000' })),
              }),
              toGanttSvg({
                ...gantt,
                weekLabel: extra ?? 'W{n}',
                groups: [
                  {
                    label: labels[0] ?? '',
                    color: '#000000',
                    items: labels.map((l) => ({ label: l, start: 0, end: 2 })),
                  },
                ],
              }),
            ];
            for (const chart of charts) {
              expect(findXmlProblem(chart.svg)).toBeNull();
            }
            const clean = (s: string) =>
              norm(
                norm(s)
                  .split(' ')
                  .map((word) => unescapeXml(escapeXml(word)))
                  .join(' '),
              );
            const radarText = joined(charts[0]?.svg ?? '');
            for (const l of labels) expect(radarText).toContain(clean(l));
          },
        ),
        { numRuns: 60 },
      );
    },
    SLOW_TEST_MS,
  );
});
