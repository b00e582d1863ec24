/**
 * The storage banner itself (see StorageBanner.tsx), fetched only once saving fails: a message per
 * kind of trouble, "Export now" and "Try saving again".
 */
import { downloadLater } from './download-later';
import { MESSAGE, type StorageBannerProps } from './StorageBanner';

export function StorageWarning({
  health,
  strings,
  exportable,
  onExport: exportOther,
  onRetry,
}: StorageBannerProps) {
  if (health === 'ok') return null;
  const onExport =
    exportOther ?? (exportable?.length ? () => downloadLater(exportable) : undefined);
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
