/** Tells the user when saving does not work, and offers an export so nothing is lost. */
import type { StorageHealth } from '../../stores/record-store';

interface Props {
  health: StorageHealth;
  strings: { storageUnavailable: string; storageFull: string; exportNow: string };
  /** Shown only when there is something to export. */
  onExport?: (() => void) | undefined;
}

export function StorageBanner({ health, strings, onExport }: Props) {
  if (health === 'ok') return null;
  return (
    <div class="banner warning" role="alert">
      <p>{health === 'full' ? strings.storageFull : strings.storageUnavailable}</p>
      {onExport && (
        <button type="button" class="button secondary" onClick={onExport}>
          {strings.exportNow}
        </button>
      )}
    </div>
  );
}
