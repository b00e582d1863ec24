/** The form that sets up a workshop: organization, date, facilitator, and one row per participant. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { RoleId } from '../../domain/workshop/workshop';
import { toLocalDay } from './workshop-format';
import {
  findSetupErrors,
  getFirstInvalidId,
  type SetupErrors,
  type SetupRow,
} from './setup-validation';
import { ParticipantRows } from './ParticipantRows';
import { TextField } from './TextField';
import { ConsensusRuleField } from './ConsensusRuleField';
import {
  DEFAULT_CONSENSUS_RULE,
  isConsensusRuleId,
  type ConsensusRuleId,
} from '../../domain/workshop/consensus-rule';

/** What the form hands on once it is valid. */
export interface SetupInput {
  organization: string;
  date: string;
  facilitator: string;
  participants: { name: string; role: RoleId }[];
  consensusRule: ConsensusRuleId;
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
    const first = getFirstInvalidId(found, rows);
    if (first) {
      form.current?.querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    const rule = data.get('consensusRule');
    onSetUp({
      ...input,
      consensusRule: isConsensusRuleId(rule) ? rule : DEFAULT_CONSENSUS_RULE,
      participants: rows.map(({ name, role }) => ({ name: name.trim(), role })),
    });
  };

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
      <TextField
        id="setup-organization"
        name="organization"
        label={s.organizationLabel}
        error={errors.organization}
        autoComplete="organization"
      />
      <TextField
        id="setup-date"
        name="date"
        type="date"
        label={s.dateLabel}
        error={errors.date}
        defaultValue={toLocalDay(new Date())}
      />
      <TextField
        id="setup-facilitator"
        name="facilitator"
        label={s.facilitatorLabel}
        autoComplete="name"
      />
      <ParticipantRows
        rows={rows}
        errors={errors}
        strings={s}
        roleNames={roleNames}
        onChange={update}
        onAdd={addRow}
        onRemove={removeRow}
      />
      <ConsensusRuleField id="setup-rule" strings={s.rules} value={DEFAULT_CONSENSUS_RULE} />
      <p>
        <button type="submit" class="button">
          {s.setUpButton}
        </button>
      </p>
    </form>
  );
}
