/** Which section of the results page the reader is in: the last one whose top has passed a line near the top. */
import { useEffect, useState } from 'preact/hooks';
import { RESULTS_SECTIONS, type ResultsSection } from '../../domain/results/results-sections';

/** The line, as a share of the window's height, a section's top must pass to be "in view". */
const LINE = 0.3;

/** The section in view, updated once per frame while the page scrolls; null before the first. */
export function useCurrentSection(): ResultsSection | null {
  const [current, setCurrent] = useState<ResultsSection | null>(null);
  useEffect(() => {
    let frame = 0;
    const measure = () => {
      frame = 0;
      const line = globalThis.innerHeight * LINE;
      let found: ResultsSection | null = null;
      for (const id of RESULTS_SECTIONS) {
        const top = document.getElementById(id)?.getBoundingClientRect().top;
        if (top !== undefined && top <= line) found = id;
      }
      setCurrent(found);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    globalThis.addEventListener('scroll', schedule, { passive: true });
    globalThis.addEventListener('resize', schedule, { passive: true });
    // Parts drawn later (an editor opened, a section below) move the others without a scroll.
    const resized = new ResizeObserver(schedule);
    resized.observe(document.body);
    schedule();
    return () => {
      resized.disconnect();
      cancelAnimationFrame(frame);
      globalThis.removeEventListener('scroll', schedule);
      globalThis.removeEventListener('resize', schedule);
    };
  }, []);
  return current;
}
