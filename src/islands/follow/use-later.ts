/**
 * Fetches follow-later.ts once for every part that needs it. Not the shared LoadedPart: importing
 * it here split the chunk it shares with the results page's editor disclosure (128 B more on the
 * results page), and one import for both parts keeps one list of files in the first chunk.
 */
import { useEffect, useState } from 'preact/hooks';
import type * as LaterParts from './follow-later';

type Later = typeof LaterParts;

let fetched: Promise<Later> | undefined;

/** The later parts once fetched; null while they are on their way, false when they failed. */
export function useLater(): Later | null | false {
  const [later, setLater] = useState<Later | null | false>(null);
  useEffect(() => {
    let live = true;
    (fetched ??= import('./follow-later')).then(
      (parts) => live && setLater(parts),
      () => live && setLater(false),
    );
    return () => {
      live = false;
    };
  }, []);
  return later;
}
