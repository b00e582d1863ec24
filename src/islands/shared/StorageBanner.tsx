/**
 * Tells the user when saving does not work, and offers an export so nothing is lost (#15). Every
 * page that writes shows this one banner, so a refused write never passes silently.
 */
import type { StorageHealth } from '../../stores/record-store';

/** The banner's words: one message per kind of trouble, and its two buttons. */
export interface StorageBannerStrings {
  readonly storageUnavailable: string;
  readonly storageFull: string;
  readonly storageFailed: string;
  readonly exportNow: string;
  readonly tryAgain: string;
}

interface Props {
  health: StorageHealth;
  strings: StorageBannerStrings;
  /** Shown only when there is something to export. */
  onExport?: (() => void) | undefined;
  /** Tries the refused writes again now (they are also retried every few seconds). */
  onRetry?: (() => void) | undefined;
}

const MESSAGE = {
  unavailable: 'storageUnavailable',
  full: 'storageFull',
  failed: 'storageFailed',
} as const;

export function StorageBanner({ health, strings, onExport, onRetry }: Props) {
  if (health === 'ok') return null;
  return (
    <div class="banner warning storage-banner" role="alert">
      <p>{strings[MESSAGE[health]]}</p>
      {onExport && (
        <button type="button" class="button secondary" onClick={onExport}>
          {strings.exportNow}
        </button>
      )}
      {/* Memory stands in for a storage the browser refuses: trying again cannot help there. */}
      {onRetry && health !== 'unavailable' && (
        <button type="button" class="button secondary" onClick={onRetry}>
          {strings.tryAgain}
        </button>
      )}
    </div>
  );
}
