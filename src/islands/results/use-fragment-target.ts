/** The place on the results page the URL fragment names, followed as it changes (links, back button). */
import { useEffect, useState } from 'preact/hooks';
import { toResultsTarget, type ResultsTarget } from '../../domain/results/results-sections';
import { landOnFragment } from './land-on-fragment';

/**
 * Reads `location.hash` once the island is drawn and on every `hashchange`, lands on the place it
 * names (scroll and focus), and returns it so the editor it names can open.
 */
export function useFragmentTarget(): ResultsTarget | null {
  const [target, setTarget] = useState(() => toResultsTarget(globalThis.location.hash));
  useEffect(() => {
    let stop = () => undefined as void;
    const follow = () => {
      stop();
      const hash = globalThis.location.hash;
      const next = toResultsTarget(hash);
      setTarget(next);
      if (next) stop = landOnFragment(hash.slice(1));
    };
    follow();
    globalThis.addEventListener('hashchange', follow);
    return () => {
      stop();
      globalThis.removeEventListener('hashchange', follow);
    };
  }, []);
  return target;
}
