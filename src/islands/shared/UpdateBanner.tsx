/** Offers the new version of the site when one has been downloaded in the background. */
import { useEffect, useState } from 'preact/hooks';
import { registerServiceWorker } from '../../adapters/offline/service-worker';

interface Props {
  strings: { updateAvailable: string; updateReload: string };
}

export function UpdateBanner({ strings }: Props) {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => registerServiceWorker((next) => setApply(() => next)), []);
  if (!apply) return null;
  return (
    <div class="banner info" role="status">
      <p>{strings.updateAvailable}</p>
      <button type="button" class="button" onClick={apply}>
        {strings.updateReload}
      </button>
    </div>
  );
}
