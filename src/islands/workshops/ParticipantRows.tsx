/** The participants of a workshop being set up: one row each, an add button, and their error. */
import type { UiStrings } from '../../i18n/types';
import { MAX_PARTICIPANTS } from '../../domain/schemas/file-formats';
import type { SetupErrors, SetupRow } from './setup-validation';
import { ParticipantRowFields } from './ParticipantRowFields';

interface Props {
  rows: readonly SetupRow[];
  errors: SetupErrors;
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  onChange: (key: number, change: Partial<SetupRow>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function ParticipantRows({ rows, errors, strings: s, roleNames, ...on }: Props) {
  return (
    <fieldset class="participant-rows" aria-describedby="participants-hint">
      <legend>{s.participantsLegend}</legend>
      <p class="hint" id="participants-hint">
        {s.participantsHint}
      </p>
      <ol class="rows">
        {rows.map((row, index) => (
          <ParticipantRowFields
            key={row.key}
            row={row}
            number={index + 1}
            error={errors.rows[row.key]}
            strings={s}
            roleNames={roleNames}
            onChange={(change) => on.onChange(row.key, change)}
            onRemove={rows.length > 1 ? () => on.onRemove(index) : undefined}
          />
        ))}
      </ol>
      {errors.participants && (
        <p class="error" id="participants-error">
          {errors.participants}
        </p>
      )}
      {rows.length < MAX_PARTICIPANTS && (
        <button
          type="button"
          id="add-participant"
          class="button secondary"
          onClick={on.onAdd}
          aria-describedby={errors.participants ? 'participants-error' : undefined}
        >
          {s.addRow}
        </button>
      )}
    </fieldset>
  );
}
