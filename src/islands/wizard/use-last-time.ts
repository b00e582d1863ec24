/**
 * The "last time" part of the wizard (#16), fetched only when the assessment was started from an
 * earlier one: most runs never load it, and the wizard's first load stays small (#12).
 */
import { useEffect, useState } from 'preact/hooks';
import type * as LastTimePart from './LastTime';

type LastTime = typeof LastTimePart;

/** The part's code once fetched for a run with an earlier one (`previousId`), else null. */
export function useLastTime(previousId: string | undefined): LastTime | null {
  const [part, setPart] = useState<LastTime | null>(null);
  useEffect(() => {
    // A failed fetch (offline before the site was kept) leaves the questions as they are.
    if (previousId) void import('./LastTime').then(setPart, () => undefined);
  }, [previousId]);
  return part;
}
