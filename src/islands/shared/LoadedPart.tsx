/**
 * A component fetched when it is first drawn: code that only some readers need (the results page's
 * editors) stays off the page's first load. Until it arrives nothing is drawn; if it cannot be
 * fetched, the message given says so.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props<P> {
  /** Fetches the component, e.g. `() => import('./Editor').then((m) => m.Editor)`. */
  load: () => Promise<ComponentType<P>>;
  props: P;
  /** Shown when the code could not be fetched (offline before the site was kept). */
  failed: string;
}

export function LoadedPart<P extends object>({ load, props, failed }: Props<P>) {
  const [state, setState] = useState<{ part: ComponentType<P> } | 'waiting' | 'failed'>('waiting');
  useEffect(() => {
    let live = true;
    load().then(
      (part) => live && setState({ part }),
      () => live && setState('failed'),
    );
    return () => {
      live = false;
    };
  }, [load]);
  if (state === 'waiting') return null;
  if (state === 'failed') {
    return (
      <p class="error" role="alert">
        {failed}
      </p>
    );
  }
  const Part = state.part;
  return <Part {...props} />;
}
