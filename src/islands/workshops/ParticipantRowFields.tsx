/** One participant row of the set-up form: name and role, in a group named after its number. */
import type { UiStrings } from '../../i18n/types';
import { MAX_LABEL_LENGTH } from '../../domain/assessment/assessment';
import { ROLE_IDS, type RoleId } from '../../domain/workshop/workshop';
import { format } from '../../i18n/format';
import type { SetupRow } from './setup-validation';

interface Props {
  row: SetupRow;
  number: number;
  error: string | undefined;
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  onChange: (change: Partial<SetupRow>) => void;
  /** Absent for the only row: a workshop needs someone to invite. */
  onRemove: (() => void) | undefined;
}

export function ParticipantRowFields({
  row,
  number,
  error,
  strings: s,
  roleNames,
  onChange,
  onRemove,
}: Props) {
  const id = `participant-${row.key}`;
  const legend = format(s.participantLegend, { n: number });
  return (
    <li>
      <fieldset class="participant-row">
        <legend>{legend}</legend>
        <div class="field">
          <label for={`${id}-name`}>{s.nameLabel}</label>
          <input
            id={`${id}-name`}
            value={row.name}
            maxLength={MAX_LABEL_LENGTH}
            autoComplete="off"
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(event) => onChange({ name: event.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-role`}>{s.roleLabel}</label>
          <select
            id={`${id}-role`}
            value={row.role}
            onChange={(event) => onChange({ role: event.currentTarget.value as RoleId })}
          >
            {ROLE_IDS.map((role) => (
              <option key={role} value={role}>
                {roleNames[role]}
              </option>
            ))}
          </select>
        </div>
        {onRemove && (
          <button
            type="button"
            class="button secondary row-remove"
            aria-label={format(s.removeRowLabel, { n: number })}
            onClick={onRemove}
          >
            {s.removeRow}
          </button>
        )}
        {error && (
          <p class="error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </fieldset>
    </li>
  );
}
