/** The cumulative-cost line chart: Chart.js is fetched when it first draws, and redrawn on change. */
import type { ChartConfig } from '../../adapters/chart/render-chart';
import { useChart } from '../shared/use-chart';

interface Props {
  config: ChartConfig;
  /** Says what the chart shows and where its figures are as text. */
  label: string;
}

export function CostChart({ config, label }: Props) {
  const canvas = useChart(config);
  return (
    <div class="chart cost">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
