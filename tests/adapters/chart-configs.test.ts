import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NARROW_CHART_WIDTH,
  RADAR_LABEL_LINE,
  RADAR_LABEL_LINE_NARROW,
  buildCostLineConfig,
  buildPhaseBarConfig,
  buildRadarConfig,
  withAlpha,
  wrapLabel,
  type ChartSeries,
  type LineSeries,
} from '~/adapters/chart/chart-configs';
import { DARK, LIGHT, type Palette } from '~/design/tokens';

const DIMENSIONS = ['Estrategia', 'Datos', 'Procesos', 'Personas', 'Tecnología'];
const PHASES = ['Análisis', 'Diagnóstico', 'Acción'];

/** The current scores (one unscored), filled; the target, dashed; an earlier assessment, dashed. */
const SERIES: readonly ChartSeries[] = [
  { label: 'Actual', values: [40, null, 72.5, 0, 100], color: LIGHT.accent, fill: true },
  { label: 'Objetivo', values: [70, 70, 80, 60, 90], color: LIGHT.diagnosis, dash: [6, 4] },
  {
    label: 'Anterior',
    values: [null, null, 50, 10, 95],
    color: LIGHT.muted,
    dash: [2, 2],
    fill: false,
  },
];

describe('withAlpha', () => {
  it.each<[string, number, string]>([
    ['fully transparent at 0', 0, '#1d5fa600'],
    ['half transparent at 0.5 (127.5 rounds up)', 0.5, '#1d5fa680'],
    ['opaque at 1', 1, '#1d5fa6ff'],
    ['padded to two hex digits', 0.02, '#1d5fa605'],
    ['the radar fill, 0.18', 0.18, '#1d5fa62e'],
    ['the phase bars, 0.85', 0.85, '#1d5fa6d9'],
    ['clamped to 0 below 0', -0.4, '#1d5fa600'],
    ['clamped to 0 at -Infinity', Number.NEGATIVE_INFINITY, '#1d5fa600'],
    ['clamped to 1 above 1', 1.7, '#1d5fa6ff'],
    ['clamped to 1 at Infinity', Number.POSITIVE_INFINITY, '#1d5fa6ff'],
  ])('is %s', (_name, alpha, expected) => {
    expect(withAlpha('#1d5fa6', alpha)).toBe(expected);
  });
});

describe('wrapLabel', () => {
  it.each<[string, number, string[]]>([
    ['Estrategia', 16, ['Estrategia']],
    ['Conocimiento del cliente y datos', 18, ['Conocimiento del', 'cliente y datos']],
    ['KPIs & measurement', 16, ['KPIs &', 'measurement']],
    [
      'Socio implantador y gobierno del proyecto',
      18,
      ['Socio implantador', 'y gobierno del', 'proyecto'],
    ],
    ['Objetivos y alineamiento directivo', 18, ['Objetivos y', 'alineamiento', 'directivo']],
    ['Supercalifragilistic word', 8, ['Supercalifragilistic', 'word']],
    ['  spaced   out  ', 16, ['spaced out']],
    ['', 16, ['']],
  ])('wraps %j at %i characters', (label, max, lines) => {
    expect(wrapLabel(label, max)).toEqual(lines);
  });

  it('keeps every word in order, and no line over the limit unless one word is longer', () => {
    const word = fc.stringMatching(/^[a-zA-Záéíóúñ&]{1,24}$/);
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 4, max: 30 }),
        (words, max) => {
          const lines = wrapLabel(words.join(' '), max);
          expect(lines.join(' ')).toBe(words.join(' '));
          for (const line of lines) {
            expect(line.length <= max || !line.includes(' ')).toBe(true);
          }
        },
      ),
    );
  });
});

describe.each<[string, Palette]>([
  ['light', LIGHT],
  ['dark', DARK],
])('buildRadarConfig (%s palette)', (_scheme, palette) => {
  const config = buildRadarConfig(DIMENSIONS, SERIES, palette);
  const { datasets } = config.data;

  it('is a radar of the dimensions, in order', () => {
    expect(config.type).toBe('radar');
    expect(config.data.labels).toEqual(DIMENSIONS);
  });

  it('uses a fixed 0–100 scale in steps of 20, whatever the scores', () => {
    expect(config.options).toMatchObject({
      scales: { r: { min: 0, max: 100, ticks: { stepSize: 20 } } },
    });
    const low = buildRadarConfig(DIMENSIONS, [{ ...SERIES[0]!, values: [1, 2, 3, 4, 5] }], palette);
    expect(low.options).toMatchObject({ scales: { r: { min: 0, max: 100 } } });
  });

  it('draws one dataset per series with its label and colour', () => {
    expect(datasets.map((d) => [d.label, d.borderColor, d.pointBackgroundColor])).toEqual(
      SERIES.map((s) => [s.label, s.color, s.color]),
    );
  });

  it.each<[string, number, number[]]>([
    ['a solid series stays solid', 0, []],
    ['a dashed target keeps its dash', 1, [6, 4]],
    ['a dashed earlier assessment keeps its dash', 2, [2, 2]],
  ])('%s', (_name, index, dash) => {
    expect(datasets[index]?.borderDash).toEqual(dash);
  });

  it('keeps null values null, never NaN or 0, and bridges the gap', () => {
    expect(datasets.map((d) => d.data)).toEqual(SERIES.map((s) => s.values));
    expect(datasets.flatMap((d) => d.data).filter((v) => Number.isNaN(v))).toEqual([]);
    expect(datasets[0]?.data[1]).toBeNull();
    expect(datasets.every((d) => d.spanGaps === true)).toBe(true);
  });

  it.each<[string, number, boolean, string]>([
    ['fills a series that asks for it, translucent', 0, true, `${LIGHT.accent}2e`],
    ['does not fill a series that leaves fill out', 1, false, 'transparent'],
    ['does not fill a series with fill: false', 2, false, 'transparent'],
  ])('%s', (_name, index, fill, background) => {
    expect([datasets[index]?.fill, datasets[index]?.backgroundColor]).toEqual([fill, background]);
  });

  it('takes its scale, grid and legend colours from the palette', () => {
    expect(config.options).toMatchObject({
      scales: {
        r: {
          ticks: { color: palette.muted, backdropColor: 'transparent' },
          grid: { color: palette.border },
          angleLines: { color: palette.border },
          pointLabels: { color: palette.text },
        },
      },
      plugins: { legend: { labels: { color: palette.text } } },
    });
  });

  it('does not animate, so reduced motion needs nothing more', () => {
    expect(config.options?.animation).toBe(false);
  });

  it('wraps long area names around the chart, shorter and smaller on a phone', () => {
    const pointLabels = config.options?.scales?.r?.pointLabels as unknown as {
      callback: (this: { chart: { width: number } }, label: string, index: number) => string[];
      font: (context: { chart: { width: number } }) => { size: number };
    };
    const wide = { chart: { width: NARROW_CHART_WIDTH } };
    const narrow = { chart: { width: NARROW_CHART_WIDTH - 1 } };
    const name = 'Implementation partner & governance';
    expect(pointLabels.callback.call(wide, name, 0)).toEqual([
      'Implementation',
      'partner &',
      'governance',
    ]);
    expect(pointLabels.callback.call(narrow, 'Change management', 0)).toEqual([
      'Change',
      'management',
    ]);
    expect(pointLabels.callback.call(wide, 'Change management', 0)).toEqual(['Change management']);
    for (const line of pointLabels.callback.call(
      wide,
      'Socio implantador y gobierno del proyecto',
      0,
    )) {
      expect(line.length).toBeLessThanOrEqual(RADAR_LABEL_LINE);
    }
    for (const line of pointLabels.callback.call(narrow, 'Conocimiento del cliente y datos', 0)) {
      expect(line.length).toBeLessThanOrEqual(RADAR_LABEL_LINE_NARROW);
    }
    expect(pointLabels.font(narrow).size).toBeLessThan(pointLabels.font(wide).size);
  });

  it('copies its inputs, so Chart.js changing the config cannot change them', () => {
    const labels = [...DIMENSIONS];
    const series: ChartSeries[] = [{ label: 'x', values: [1, 2], color: '#000000', dash: [6, 4] }];
    const copy = buildRadarConfig(labels, series, palette);
    copy.data.labels?.push('extra');
    copy.data.datasets[0]?.data.push(3);
    expect([labels, series[0]?.values]).toEqual([DIMENSIONS, [1, 2]]);
    expect(copy.data.datasets[0]?.borderDash).not.toBe(series[0]?.dash);
  });

  it('has no datasets without series', () => {
    expect(buildRadarConfig(DIMENSIONS, [], palette).data.datasets).toEqual([]);
  });
});

describe.each<[string, Palette]>([
  ['light', LIGHT],
  ['dark', DARK],
])('buildPhaseBarConfig (%s palette)', (_scheme, palette) => {
  const colors = [palette.analysis, palette.diagnosis, palette.action];
  const config = buildPhaseBarConfig(PHASES, [55, null, 82.5], colors, palette, 'Puntuación');
  const datasets = config.data.datasets;

  it('is one horizontal bar per phase, in order, in a single series', () => {
    expect(config.type).toBe('bar');
    expect(config.options?.indexAxis).toBe('y');
    expect(config.data.labels).toEqual(PHASES);
    expect(datasets).toHaveLength(1);
    expect(datasets[0]?.label).toBe('Puntuación');
  });

  it('keeps the scores, a phase without one staying null', () => {
    expect(datasets[0]?.data).toEqual([55, null, 82.5]);
  });

  it('colours each bar in its phase colour, filled nearly opaque with a solid border', () => {
    expect(datasets[0]?.backgroundColor).toEqual(colors.map((c) => `${c}d9`));
    expect(datasets[0]?.borderColor).toEqual(colors);
    expect(datasets[0]?.borderWidth).toBe(1);
  });

  it('puts the scores on a fixed 0–100 x axis, whatever they are', () => {
    expect(config.options).toMatchObject({ scales: { x: { min: 0, max: 100 } } });
    const low = buildPhaseBarConfig(PHASES, [1, 2, 3], colors, palette, 'x');
    expect(low.options).toMatchObject({ scales: { x: { min: 0, max: 100 } } });
  });

  it('takes its axis colours from the palette and hides the one-series legend', () => {
    expect(config.options).toMatchObject({
      animation: false,
      scales: {
        x: { ticks: { color: palette.muted }, grid: { color: palette.border } },
        y: { ticks: { color: palette.text }, grid: { display: false } },
      },
      plugins: { legend: { display: false } },
    });
  });

  it('copies its inputs, so Chart.js changing the config cannot change them', () => {
    const labels = [...PHASES];
    const values = [1, 2, 3];
    const input = [...colors];
    const copy = buildPhaseBarConfig(labels, values, input, palette, 'x');
    copy.data.labels?.push('extra');
    copy.data.datasets[0]?.data.push(4);
    expect([labels, values, input]).toEqual([PHASES, [1, 2, 3], colors]);
  });
});

describe.each<[string, Palette]>([
  ['light', LIGHT],
  ['dark', DARK],
])('buildCostLineConfig (%s palette) (#6)', (_scheme, palette) => {
  const YEARS = ['Año 1', 'Año 2', 'Año 3'];
  const LINES: readonly LineSeries[] = [
    { label: 'SaaS', values: [100, 200, 300], color: palette.accent, pointStyle: 'circle' },
    {
      label: 'A medida',
      values: [900, 950, 1000],
      color: palette.change,
      dash: [8, 4],
      pointStyle: 'triangle',
    },
  ];
  const format = { tick: (v: number) => `t${v}`, full: (v: number) => `f${v}` };
  const config = buildCostLineConfig(YEARS, LINES, palette, format);
  const datasets = config.data.datasets;

  it('draws one unfilled line per option over the years, in order', () => {
    expect(config.type).toBe('line');
    expect(config.data.labels).toEqual(YEARS);
    expect(datasets.map((d) => [d.label, d.data, d.fill])).toEqual([
      ['SaaS', [100, 200, 300], false],
      ['A medida', [900, 950, 1000], false],
    ]);
  });

  it('tells the lines apart by colour, dash and point shape, and shows the shapes in the legend', () => {
    expect(datasets.map((d) => [d.borderColor, d.borderDash, d.pointStyle])).toEqual([
      [palette.accent, [], 'circle'],
      [palette.change, [8, 4], 'triangle'],
    ]);
    expect(config.options).toMatchObject({
      plugins: { legend: { labels: { usePointStyle: true, color: palette.text } } },
    });
  });

  it('starts the cost axis at 0 and writes its figures with the given formats', () => {
    const y = config.options?.scales?.['y'];
    expect(y).toMatchObject({ beginAtZero: true, ticks: { color: palette.muted } });
    const tick = y?.ticks?.callback as (value: number | string) => string;
    expect(tick(1500)).toBe('t1500');
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
      dataset: { label?: string };
      parsed: { y: number | null };
    }) => string;
    expect(label({ dataset: { label: 'SaaS' }, parsed: { y: 250 } })).toBe('SaaS: f250');
    expect(label({ dataset: {}, parsed: { y: null } })).toBe(': f0');
    expect(config.options?.animation).toBe(false);
  });

  it('copies its inputs, so Chart.js changing the config cannot change them', () => {
    const labels = [...YEARS];
    const copy = buildCostLineConfig(labels, LINES, palette, format);
    copy.data.labels?.push('extra');
    copy.data.datasets[0]?.data.push(4);
    expect([labels, LINES[0]?.values]).toEqual([YEARS, [100, 200, 300]]);
  });
});
