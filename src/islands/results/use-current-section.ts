/** Which section of the results page the reader is in: the last one whose top has passed a line near the top. */
import { useEffect, useState } from 'preact/hooks';
import { RESULTS_SECTIONS, type ResultsSection } from '../../domain/results/results-sections';

/** The line, as a share of the window's height, a section's top must pass to be "in view". */
const LINE = 0.3;

/** The root margin that leaves a band 1 % high at the line: a section crossing it is reported. */
const BAND = `-${LINE * 100}% 0px -${99 - LINE * 100}% 0px`;

/**
 * The section in view, told by an IntersectionObserver as sections cross the line; null before the
 * first. The browser reports crossings as it draws, so nothing here forces a layout of the page (a
 * measure per frame did: on a phone, each part drawn below relaid out the whole page).
 */
export function useCurrentSection(): ResultsSection | null {
  const [current, setCurrent] = useState<ResultsSection | null>(null);
  useEffect(() => {
    const passed = new Map<string, boolean>();
    const crossed = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          // Passed: at the line, or wholly above it.
          const line = entry.rootBounds?.top ?? 0;
          passed.set(entry.target.id, entry.isIntersecting || entry.boundingClientRect.top < line);
        }
        setCurrent(RESULTS_SECTIONS.findLast((id) => passed.get(id) === true) ?? null);
      },
      { rootMargin: BAND },
    );
    // Sections below the first screen are drawn later: watch each as it appears.
    const watched = new WeakSet<Element>();
    const watchNew = () => {
      for (const id of RESULTS_SECTIONS) {
        const section = document.getElementById(id);
        if (section && !watched.has(section)) {
          watched.add(section);
          crossed.observe(section);
        }
      }
    };
    const added = new MutationObserver(watchNew);
    added.observe(document.body, { childList: true, subtree: true });
    watchNew();
    return () => {
      added.disconnect();
      crossed.disconnect();
    };
  }, []);
  return current;
}
