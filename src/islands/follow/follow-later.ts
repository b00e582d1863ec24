/**
 * The follow page's parts drawn after its first screen (#16): the trend across runs and the KPIs'
 * charts, in one file fetched once, when the first of them is drawn. Chart.js itself is fetched
 * later still, when a chart nears the screen (use-chart.ts).
 */
export { TrendSection } from './TrendSection';
export { KpiChart } from './KpiChart';
