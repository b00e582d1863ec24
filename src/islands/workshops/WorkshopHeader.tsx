/** The workshop's title and details (organization, date, facilitator), editable in place. */
import { reportOnceStored } from './report-once-stored';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import { setWorkshopDetails } from '../../stores/workshops';
import { formatDay } from './workshop-format';
import { isDay } from './setup-validation';
import { StatusMessage, useStatus } from './StatusMessage';
import { TextField } from './TextField';

interface Props {
  workshop: Workshop;
  strings: UiStrings['workshop'];
  lang: string;
}

type Errors = Partial<Record<'organization' | 'date', string>>;

export function WorkshopHeader({ workshop: w, strings: s, lang }: Props) {
  const [status, report] = useStatus();
  const [editing, setEditing] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) form.current?.querySelector<HTMLInputElement>('input')?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const value = (key: string) => {
      const entry = data.get(key);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    const details = {
      organization: value('organization'),
      date: value('date'),
      facilitator: value('facilitator'),
    };
    const found: Errors = {};
    if (!details.organization) found.organization = s.organizationRequired;
    if (!isDay(details.date)) found.date = s.dateRequired;
    setErrors(found);
    const first = found.organization ? 'organization' : found.date ? 'date' : null;
    if (first) {
      form.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setWorkshopDetails(w.id, details);
    setEditing(false);
    reportOnceStored(report, { text: s.detailsSaved }, s.changeNotStored);
  };

  return (
    <header class="workshop-header stack">
      <h1>{format(s.workshopHeading, { organization: w.organization })}</h1>
      <p class="lead">
        {formatDay(w.date, lang)}
        {w.facilitator && ` · ${format(s.facilitatedBy, { name: w.facilitator })}`}
      </p>
      {editing ? (
        <form
          ref={form}
          class="panel stack"
          onSubmit={submit}
          noValidate
          aria-labelledby="details-heading"
        >
          <h2 id="details-heading">{s.detailsHeading}</h2>
          <TextField
            id="details-organization"
            name="organization"
            label={s.organizationLabel}
            error={errors.organization}
            defaultValue={w.organization}
            autoComplete="organization"
          />
          <TextField
            id="details-date"
            name="date"
            type="date"
            label={s.dateLabel}
            error={errors.date}
            defaultValue={w.date}
          />
          <TextField
            id="details-facilitator"
            name="facilitator"
            label={s.facilitatorLabel}
            defaultValue={w.facilitator}
            autoComplete="name"
          />
          <div class="actions">
            <button type="submit" class="button">
              {s.save}
            </button>
            <button type="button" class="button secondary" onClick={() => setEditing(false)}>
              {s.cancel}
            </button>
          </div>
        </form>
      ) : (
        <p>
          <button
            type="button"
            class="button secondary"
            ref={editButton}
            onClick={() => setEditing(true)}
          >
            {s.editDetails}
          </button>
        </p>
      )}
      <StatusMessage status={status} strings={s} />
    </header>
  );
}
