/** The cumulative-cost line chart: Chart.js is fetched when it first draws, and redrawn on change. */
import { useEffect, useRef } from 'preact/hooks';
import type { ChartConfig } from '../../adapters/chart/render-chart';

interface Props {
  config: ChartConfig;
  /** Says what the chart shows and where its figures are as text. */
  label: string;
}

export function CostChart({ config, label }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let destroyed = false;
    let chart: { destroy(): void } | null = null;
    void import('../../adapters/chart/render-chart').then(async ({ renderChart }) => {
      if (destroyed || !canvas.current) return;
      chart = await renderChart(canvas.current, config);
      if (destroyed) chart.destroy();
    });
    return () => {
      destroyed = true;
      chart?.destroy();
    };
  }, [config]);
  return (
    <div class="chart cost">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
