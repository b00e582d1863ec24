/**
 * Draws a Chart.js chart on a canvas and redraws it when its configuration changes. Chart.js is
 * loaded on first use. Drawing is asynchronous, so each redraw waits until the previous chart is
 * drawn and destroyed: two charts never hold one canvas at once (Chart.js throws "Canvas is
 * already in use" otherwise, which quick changes on the decision page did).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { ChartConfig } from '../../adapters/chart/render-chart';

/** Returns the ref to put on the <canvas>. */
export function useChart(config: ChartConfig): RefObject<HTMLCanvasElement> {
  const canvas = useRef<HTMLCanvasElement>(null);
  const previous = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | null = null;
    const before = previous.current;
    previous.current = (async () => {
      await before;
      if (cancelled || !canvas.current) return;
      const { renderChart } = await import('../../adapters/chart/render-chart');
      if (cancelled || !canvas.current) return;
      chart = await renderChart(canvas.current, config);
      if (cancelled) {
        chart.destroy();
        chart = null;
      }
    })();
    return () => {
      cancelled = true;
      chart?.destroy();
      chart = null;
    };
  }, [config]);
  return canvas;
}
