/**
 * Tells the user when saving does not work, and offers an export so nothing is lost (#15). Every
 * page that writes shows this one banner, so a refused write never passes silently. Its drawing
 * and the file writers are fetched only when saving fails (StorageWarning.tsx); until they arrive,
 * or if they cannot be fetched, the message alone is shown.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Assessment } from '../../domain/assessment/assessment';
import type { StorageHealth } from '../../stores/record-store';

/** The banner's words: one message per kind of trouble, and its two buttons. */
export interface StorageBannerStrings {
  readonly storageUnavailable: string;
  readonly storageFull: string;
  readonly storageFailed: string;
  readonly exportNow: string;
  readonly tryAgain: string;
}

export interface StorageBannerProps {
  health: StorageHealth;
  strings: StorageBannerStrings;
  /** Assessments "Export now" downloads as files; none or empty: no button (unless `onExport`). */
  exportable?: readonly Assessment[] | undefined;
  /** What "Export now" does when it is not downloading assessments (a workshop's backup). */
  onExport?: (() => void) | undefined;
  /** Tries the refused writes again now (they are also retried every few seconds). */
  onRetry?: (() => void) | undefined;
}

/** Which string says what went wrong. */
export const MESSAGE = {
  unavailable: 'storageUnavailable',
  full: 'storageFull',
  failed: 'storageFailed',
} as const;

export function StorageBanner(props: StorageBannerProps) {
  const [Warning, setWarning] = useState<ComponentType<StorageBannerProps> | null>(null);
  const failing = props.health !== 'ok';
  useEffect(() => {
    if (!failing || Warning) return;
    import('./StorageWarning').then(
      (m) => setWarning(() => m.StorageWarning),
      () => undefined,
    );
  }, [failing, Warning]);
  if (props.health === 'ok') return null;
  if (Warning) return <Warning {...props} />;
  return (
    <div class="banner warning storage-banner" role="alert">
      <p>{props.strings[MESSAGE[props.health]]}</p>
    </div>
  );
}
