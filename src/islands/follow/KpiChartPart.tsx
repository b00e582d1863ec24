/** A KPI's small chart, its code fetched when the card is drawn and Chart.js when it nears the screen. */
import { useStore } from '@nanostores/preact';
import { $followView } from '../../stores/follow-view';
import type { KpiChartProps } from './KpiChart';
import { useLater } from './use-later';

export function KpiChartPart(props: Omit<KpiChartProps, 'planStart'>) {
  const later = useLater();
  // Read here, not in the chart: the chart's code imports no store (see stores/follow-trend.ts).
  const planStart = useStore($followView)?.planStart ?? '';
  if (later === false) return <p class="hint">{props.strings.trend.chartFailed}</p>;
  return later && <later.KpiChart {...props} planStart={planStart} />;
}
