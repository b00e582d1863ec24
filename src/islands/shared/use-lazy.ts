/**
 * A component fetched once the island is drawn (or once `wanted`), so that code only some visits
 * use stays off the page's first load (#18: the QR panels). Null until it arrives, and when it
 * cannot be fetched (offline before the site was kept): the page works without it.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function useLazy<P>(
  load: () => Promise<ComponentType<P>>,
  wanted = true,
): ComponentType<P> | null {
  const [part, setPart] = useState<{ readonly component: ComponentType<P> } | null>(null);
  useEffect(() => {
    if (!wanted || part) return undefined;
    let live = true;
    load().then(
      (component) => live && setPart({ component }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  return part?.component ?? null;
}
