/**
 * A KPI's measurements as a small line chart, with its baseline and target as dashed flat lines
 * (#16). The card's table of measurements is its text alternative; Chart.js is fetched when the
 * chart comes near the screen.
 */
import { useMemo } from 'preact/hooks';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import type { FollowKpi } from '../../domain/follow-view';
import { buildKpiChart } from '../../domain/follow/kpi-chart';
import { getNumberFormat } from '../../domain/format/intl-cache';
import { buildCostLineConfig, type LineSeries } from '../../adapters/chart/chart-configs';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';
import { useChart } from '../shared/use-chart';
import { usePalette } from '../results/use-palette';

/** What the chart is drawn from. */
export interface KpiChartProps {
  kpi: FollowKpi;
  /** yyyy-mm-dd: where the baseline stands, as the KPI's status counts it. */
  planStart: string;
  lang: Lang;
  strings: UiStrings['follow'];
}

export function KpiChart({ kpi, planStart, lang, strings }: KpiChartProps) {
  const t = strings.trend;
  const palette = usePalette();
  const data = useMemo(
    () =>
      buildKpiChart({
        measurements: kpi.status.series,
        baselineValue: kpi.setting.baselineValue,
        targetValue: kpi.setting.targetValue,
        planStart,
        targetDate: kpi.status.targetDate,
      }),
    [kpi, planStart],
  );
  const config = useMemo(() => {
    const number = (value: number) =>
      getNumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
    const series: LineSeries[] = [
      { label: t.measured, values: data.measured, color: palette.accent, pointStyle: 'circle' },
    ];
    if (data.baseline) {
      const value = number(data.baseline[0] ?? 0);
      series.push({
        label: format(t.baselineLine, { value }),
        values: data.baseline,
        color: palette.muted,
        dash: [6, 4],
        pointStyle: 'rect',
      });
    }
    if (data.target) {
      const value = number(data.target[0] ?? 0);
      series.push({
        label: format(t.targetLine, { value }),
        values: data.target,
        color: palette.success,
        dash: [2, 3],
        pointStyle: 'triangle',
      });
    }
    return buildCostLineConfig(
      data.days.map((day) => formatDay(day, lang)),
      series,
      palette,
      { tick: number, full: number },
    );
  }, [data, palette, lang, t]);
  const canvas = useChart(config);
  const { series } = kpi.status;
  const label = format(t.kpiChartLabel, {
    kpi: kpi.doc.name,
    count: series.length,
    from: formatDay(series[0]?.date ?? '', lang),
    to: formatDay(series.at(-1)?.date ?? '', lang),
  });
  return (
    <div class="chart kpi-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
