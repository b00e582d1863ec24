/** The form that sets up a workshop: organization, date, facilitator, and one row per participant. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import { MAX_LABEL_LENGTH } from '../../domain/assessment/assessment';
import { MAX_PARTICIPANTS } from '../../domain/schemas/workshop-file';
import type { RoleId } from '../../domain/workshop/workshop';
import { toLocalDay } from './workshop-format';
import { findSetupErrors, type SetupErrors, type SetupRow } from './setup-validation';
import { ParticipantRowFields } from './ParticipantRowFields';

/** What the form hands on once it is valid. */
export interface SetupInput {
  organization: string;
  date: string;
  facilitator: string;
  participants: { name: string; role: RoleId }[];
}

interface Props {
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  onSetUp: (input: SetupInput) => void;
}

let nextKey = 1;
const newRow = (): SetupRow => ({ key: nextKey++, name: '', role: 'executive' });

export function WorkshopSetupForm({ strings: s, roleNames, onSetUp }: Props) {
  const [rows, setRows] = useState<SetupRow[]>(() => [newRow()]);
  const [errors, setErrors] = useState<SetupErrors>({ rows: {} });
  const form = useRef<HTMLFormElement>(null);
  // After adding or removing a row, focus moves to a field that makes sense (set by the handler).
  // An effect of an earlier render may run first, before the new row exists: keep the target
  // until it can be focused.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (focusNext.current === null) return;
    const target = form.current?.querySelector<HTMLElement>(focusNext.current);
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const update = (key: number, change: Partial<SetupRow>) =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));
  const addRow = () => {
    const row = newRow();
    setRows((all) => [...all, row]);
    focusNext.current = `#participant-${row.key}-name`;
  };
  const removeRow = (index: number) => {
    const previous = rows[index - 1] ?? rows[index + 1];
    setRows((all) => all.filter((_, i) => i !== index));
    focusNext.current = previous ? `#participant-${previous.key}-name` : '#add-participant';
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const value = (key: string) => {
      const entry = data.get(key);
      return typeof entry === 'string' ? entry.trim() : '';
    };
    const input = {
      organization: value('organization'),
      date: value('date'),
      facilitator: value('facilitator'),
    };
    const found = findSetupErrors(input, rows, s);
    setErrors(found);
    const firstRow = rows.find((row) => found.rows[row.key]);
    const first = found.organization
      ? '#setup-organization'
      : found.date
        ? '#setup-date'
        : firstRow
          ? `#participant-${firstRow.key}-name`
          : found.participants
            ? '#add-participant'
            : null;
    if (first) {
      form.current?.querySelector<HTMLElement>(first)?.focus();
      return;
    }
    onSetUp({
      ...input,
      participants: rows.map(({ name, role }) => ({ name: name.trim(), role })),
    });
  };

  const invalid = (error: string | undefined) => (error ? 'true' : undefined);
  return (
    <form
      ref={form}
      class="stack form panel"
      onSubmit={submit}
      noValidate
      aria-labelledby="setup-heading"
    >
      <h2 id="setup-heading">{s.setUpHeading}</h2>
      <p>{s.setUpLead}</p>
      <div class="field">
        <label for="setup-organization">{s.organizationLabel}</label>
        <input
          id="setup-organization"
          name="organization"
          maxLength={MAX_LABEL_LENGTH}
          autoComplete="organization"
          aria-invalid={invalid(errors.organization)}
          aria-describedby={errors.organization ? 'setup-organization-error' : undefined}
        />
        {errors.organization && (
          <p class="error" id="setup-organization-error">
            {errors.organization}
          </p>
        )}
      </div>
      <div class="field">
        <label for="setup-date">{s.dateLabel}</label>
        <input
          id="setup-date"
          name="date"
          type="date"
          defaultValue={toLocalDay(new Date())}
          aria-invalid={invalid(errors.date)}
          aria-describedby={errors.date ? 'setup-date-error' : undefined}
        />
        {errors.date && (
          <p class="error" id="setup-date-error">
            {errors.date}
          </p>
        )}
      </div>
      <div class="field">
        <label for="setup-facilitator">{s.facilitatorLabel}</label>
        <input
          id="setup-facilitator"
          name="facilitator"
          maxLength={MAX_LABEL_LENGTH}
          autoComplete="name"
        />
      </div>
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
              onChange={(change) => update(row.key, change)}
              onRemove={rows.length > 1 ? () => removeRow(index) : undefined}
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
            onClick={addRow}
            aria-describedby={errors.participants ? 'participants-error' : undefined}
          >
            {s.addRow}
          </button>
        )}
      </fieldset>
      <p>
        <button type="submit" class="button">
          {s.setUpButton}
        </button>
      </p>
    </form>
  );
}
