/** Keep a copy: downloads the workshop's backup file (participants, answers, agreements). */
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import { downloadBackup } from './workshop-actions';
import { StatusMessage, useStatus } from './StatusMessage';

interface Props {
  workshop: Workshop;
  strings: UiStrings['workshop'];
}

export function BackupPanel({ workshop, strings: s }: Props) {
  const [status, report] = useStatus();
  return (
    <section class="stack panel" aria-labelledby="backup-heading">
      <h2 id="backup-heading">{s.backupHeading}</h2>
      <p class="prose">{s.backupText}</p>
      <p>
        <button
          type="button"
          class="button secondary"
          onClick={() =>
            downloadBackup(workshop, (file) => report({ text: format(s.downloaded, { file }) }))
          }
        >
          {s.downloadWorkshopBackup}
        </button>
      </p>
      <StatusMessage status={status} strings={s} />
    </section>
  );
}
