/** A canvas that Chart.js draws on once it is loaded; the chart is replaced when its config changes. */
import type { ChartConfig } from '../../adapters/chart/render-chart';
import { useChart } from '../shared/use-chart';

interface Props {
  config: ChartConfig;
  /** Says what the chart shows and where its figures are as text. */
  label: string;
  /** `radar` or `bars`: sets the drawing's height. */
  kind: 'radar' | 'bars';
}

export function ChartCanvas({ config, label, kind }: Props) {
  const canvas = useChart(config);
  return (
    <div class={`chart ${kind}`}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
