/** One workshop in the list: who and when, how far it got, and what can be done with it. */
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import { formatDay } from './workshop-format';

interface Props {
  workshop: Workshop;
  /** Questions of the current content: what "agreed" counts against. */
  total: number;
  lang: string;
  strings: UiStrings['workshop'];
  href: string;
  onBackup: () => void;
  onDelete: () => void;
}

export function WorkshopCard({ workshop: w, total, lang, strings: s, href, ...props }: Props) {
  const headingId = `workshop-${w.id}`;
  const label = { organization: w.organization, date: formatDay(w.date, lang) };
  return (
    <li class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{w.organization}</h3>
      <p class="org">{label.date}</p>
      {w.facilitator && <p class="meta">{format(s.facilitatedBy, { name: w.facilitator })}</p>}
      <ul class="counts">
        <li>{format(s.invitedCount, { count: w.participants.length })}</li>
        <li>{format(s.submittedCount, { count: w.submissions.length })}</li>
        <li>{format(s.agreedCount, { agreed: Object.keys(w.agreed).length, total })}</li>
      </ul>
      <div class="actions" role="group" aria-label={format(s.actionsLabel, label)}>
        <a class="button" href={href} aria-label={format(s.openLabel, label)}>
          {s.open}
        </a>
        <button
          type="button"
          class="button secondary"
          aria-label={format(s.downloadBackupLabel, label)}
          onClick={props.onBackup}
        >
          {s.downloadBackup}
        </button>
        <button
          type="button"
          class="button danger"
          aria-label={format(s.deleteLabel, label)}
          onClick={props.onDelete}
        >
          {s.delete}
        </button>
      </div>
    </li>
  );
}
