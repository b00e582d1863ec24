/** Restores a workshop from its backup file; a refused file changes nothing and says why. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { MAX_TRANSFER_BYTES } from '../../domain/workshop/transfer-limit';
import { FilePickerPanel, type FileRefusal } from '../shared/FilePickerPanel';

interface Props {
  strings: UiStrings['workshop'];
  /** Receives a workshop read and checked from its file. */
  onWorkshop: (workshop: Workshop) => void;
}

export function RestorePanel({ strings: s, onWorkshop }: Props) {
  const [error, setError] = useState<FileRefusal | null>(null);
  const restore = async (text: string) => {
    // Reading validates the backup (zod): loaded with the first file chosen, not the page (#12).
    const { tryParseWorkshopFile } = await import('../../domain/workshop/workshop-backup');
    const parsed = tryParseWorkshopFile(text);
    if (!parsed.ok) {
      setError({ message: s.restoreErrors[parsed.reason], detail: parsed.detail });
      return;
    }
    setError(null);
    onWorkshop(parsed.workshop);
  };
  return (
    <FilePickerPanel
      ids={{ heading: 'restore-heading', file: 'restore-file', error: 'restore-error' }}
      heading={s.restoreHeading}
      text={s.restoreText}
      label={s.restoreLabel}
      failed={s.restoreFailed}
      detailsLabel={s.errorDetails}
      maxBytes={MAX_TRANSFER_BYTES}
      readErrors={s.restoreErrors}
      error={error}
      onText={(text) => void restore(text)}
      onError={setError}
    />
  );
}
