/** Invites one more participant to a workshop that is already set up. */
import { reportOnceStored } from './report-once-stored';
import { useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import { MAX_LABEL_LENGTH } from '../../domain/assessment/assessment';
import { MAX_PARTICIPANTS } from '../../domain/schemas/file-formats';
import { ROLE_IDS, type RoleId, type Workshop } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import { addParticipant } from '../../stores/workshops';
import { StatusMessage, useStatus } from './StatusMessage';

interface Props {
  workshop: Workshop;
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
}

export function AddParticipantForm({ workshop, strings: s, roleNames }: Props) {
  const [status, report] = useStatus();
  const [name, setName] = useState('');
  const [role, setRole] = useState<RoleId>('executive');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  if (workshop.participants.length >= MAX_PARTICIPANTS) {
    return <p class="hint">{format(s.participantsFull, { max: MAX_PARTICIPANTS })}</p>;
  }
  const submit = (event: Event) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError(s.addNameRequired);
      input.current?.focus();
      return;
    }
    const added = addParticipant(workshop.id, { name, role });
    if (!added) return;
    setError(null);
    setName('');
    reportOnceStored(
      report,
      { text: format(s.participantAdded, { name: added.name }) },
      s.changeNotStored,
    );
    // Ready for the next person.
    input.current?.focus();
  };
  return (
    <form
      class="panel stack add-participant"
      onSubmit={submit}
      noValidate
      aria-labelledby="add-heading"
    >
      <h3 id="add-heading">{s.addHeading}</h3>
      <div class="inline-fields">
        <div class="field">
          <label for="add-name">{s.nameLabel}</label>
          <input
            id="add-name"
            ref={input}
            value={name}
            maxLength={MAX_LABEL_LENGTH}
            autoComplete="off"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'add-name-error' : undefined}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="add-role">{s.roleLabel}</label>
          <select
            id="add-role"
            value={role}
            onChange={(event) => setRole(event.currentTarget.value as RoleId)}
          >
            {ROLE_IDS.map((r) => (
              <option key={r} value={r}>
                {roleNames[r]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button secondary">
          {s.addButton}
        </button>
      </div>
      {error && (
        <p class="error" id="add-name-error">
          {error}
        </p>
      )}
      <StatusMessage status={status} strings={s} />
    </form>
  );
}
