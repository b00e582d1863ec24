/**
 * Draws a chart on a canvas. Chart.js is loaded here with a dynamic import, so it is fetched only
 * by pages that draw a chart, after they have rendered; only the controllers used are registered.
 */
import type { ChartConfiguration } from 'chart.js';

/** The configurations this site draws: radars and bars of scores (null = no score), and lines of costs. */
export type ChartConfig = ChartConfiguration<'radar' | 'bar' | 'line', (number | null)[], string>;

/** A drawn chart; destroy it when its canvas goes away. */
export interface DrawnChart {
  destroy(): void;
}

let registered = false;

/** Creates the chart described by `config` on `canvas`. */
export async function renderChart(
  canvas: HTMLCanvasElement,
  config: ChartConfig,
): Promise<DrawnChart> {
  // Destructured, so the bundler keeps only these parts of Chart.js.
  const {
    Chart,
    RadarController,
    RadialLinearScale,
    PointElement,
    LineElement,
    LineController,
    Filler,
    BarController,
    BarElement,
    CategoryScale,
    LinearScale,
    Legend,
    Tooltip,
  } = await import('chart.js');
  if (!registered) {
    Chart.register(
      RadarController,
      RadialLinearScale,
      PointElement,
      LineElement,
      LineController,
      Filler,
      BarController,
      BarElement,
      CategoryScale,
      LinearScale,
      Legend,
      Tooltip,
    );
    registered = true;
  }
  return new Chart(canvas, config);
}
