/**
 * Draws a Chart.js chart on a canvas and redraws it when its configuration changes. Chart.js is
 * loaded when the canvas first comes within half a screen of the viewport: the charts sit below
 * the first screen, and loading and drawing them at once was the longest task of the results and
 * decision pages on a phone (#8). Drawing is asynchronous, so each redraw waits until the previous
 * chart is drawn and destroyed: two charts never hold one canvas at once (Chart.js throws "Canvas
 * is already in use" otherwise, which quick changes on the decision page did).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { RefObject } from 'preact';
import type { ChartConfig } from '../../adapters/chart/render-chart';

/** A wait for an element to come near the viewport; `stop` ends the wait early. */
interface NearViewport {
  ready: Promise<void>;
  stop(): void;
}

/** Resolves once `element` is within half a screen of the viewport (at once without IntersectionObserver). */
function whenNearViewport(element: Element): NearViewport {
  if (typeof IntersectionObserver === 'undefined') {
    return { ready: Promise.resolve(), stop: () => undefined };
  }
  let stop: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) stop();
      },
      { rootMargin: '50% 0px' },
    );
    stop = () => {
      observer.disconnect();
      resolve();
    };
    observer.observe(element);
  });
  return { ready, stop };
}

/** Returns the ref to put on the <canvas>. */
export function useChart(config: ChartConfig): RefObject<HTMLCanvasElement> {
  const canvas = useRef<HTMLCanvasElement>(null);
  const previous = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    let cancelled = false;
    let chart: { destroy(): void } | null = null;
    let near: NearViewport | null = null;
    const before = previous.current;
    previous.current = (async () => {
      await before;
      if (cancelled || !canvas.current) return;
      near = whenNearViewport(canvas.current);
      await near.ready;
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
      // A redraw queued behind this one must not wait for a scroll that may never come.
      near?.stop();
      chart?.destroy();
      chart = null;
    };
  }, [config]);
  return canvas;
}
