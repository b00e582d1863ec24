/** Says that some stored records could not be read (they were kept aside), and offers them. */
import type { UnreadableRecord } from '../../stores/record-store';
import { format } from '../../i18n/format';
import { saveTextFile } from '../../adapters/file/save-file';

interface Props {
  records: readonly UnreadableRecord[];
  strings: { readonly storageCorrupt: string; readonly downloadCorrupt: string };
  /** The download's file name, e.g. `crm-readiness-unreadable-data.json`. */
  fileName: string;
}

export function UnreadableNotice({ records, strings, fileName }: Props) {
  if (records.length === 0) return null;
  const download = () =>
    saveTextFile(
      fileName,
      JSON.stringify(
        records.map((r) => ({ backupKey: r.backupKey, raw: r.raw })),
        null,
        2,
      ),
    );
  return (
    <div class="banner warning" role="alert">
      <p>{format(strings.storageCorrupt, { count: records.length })}</p>
      <button type="button" class="button secondary" onClick={download}>
        {strings.downloadCorrupt}
      </button>
    </div>
  );
}
