/** Which section of the results page the reader is in: the last one whose top has passed a line near the top. */
import { useEffect, useState } from 'preact/hooks';
import { RESULTS_SECTIONS, type ResultsSection } from '../../domain/results/results-sections';

/** The line, as a share of the window's height, a section's top must pass to be "in view". */
const LINE = 0.3;

/**
 * The root margin that makes the observed area everything above the line (far above the window
 * too): a section intersects it exactly when its top has passed the line, and a jump that carries
 * a section from below the line to above it is a change the observer reports.
 */
const ABOVE_THE_LINE = `1000000px 0px -${100 - LINE * 100}% 0px`;

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
        for (const entry of entries) passed.set(entry.target.id, entry.isIntersecting);
        setCurrent(RESULTS_SECTIONS.findLast((id) => passed.get(id) === true) ?? null);
      },
      { rootMargin: ABOVE_THE_LINE },
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
