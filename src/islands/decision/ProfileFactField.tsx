/** One profile question on the decision page: a list to pick one answer from, or boxes to tick. */
import type { UiStrings } from '../../i18n/types';
import type { WizardProfileField } from '../types';

interface Props {
  field: WizardProfileField;
  value: string | readonly string[] | undefined;
  strings: UiStrings['decision'];
  /** The new answer; null clears it. */
  onChange: (value: string | readonly string[] | null) => void;
}

export function ProfileFactField({ field, value, strings: s, onChange }: Props) {
  const id = `fact-${field.id}`;
  if (field.kind === 'single') {
    return (
      <div class="field">
        <label for={id}>{field.label}</label>
        <select
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => {
            const chosen = event.currentTarget.value;
            onChange(chosen === '' ? null : chosen);
          }}
        >
          <option value="">{s.factNotGiven}</option>
          {field.options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  }
  const chosen = new Set(Array.isArray(value) ? value : []);
  return (
    <fieldset class="fact-choices">
      <legend>{field.label}</legend>
      {field.hint && <p class="hint">{field.hint}</p>}
      {field.options.map((o) => (
        <div class="choice" key={o.id}>
          <input
            type="checkbox"
            id={`${id}-${o.id}`}
            checked={chosen.has(o.id)}
            onChange={() => {
              const next = new Set(chosen);
              if (next.has(o.id)) next.delete(o.id);
              else next.add(o.id);
              onChange([...next]);
            }}
          />
          <label for={`${id}-${o.id}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
