/** The consensus rule as a group of radio buttons, each with what it means (#18). */
import type { UiStrings } from '../../i18n/types';
import { CONSENSUS_RULE_IDS, type ConsensusRuleId } from '../../domain/workshop/consensus-rule';

interface Props {
  /** Prefix of the inputs' ids, unique on the page. */
  id: string;
  strings: UiStrings['workshop']['rules'];
  /** The rule checked (at first, for a form read on submit). */
  value: ConsensusRuleId;
  /** Called on each change; without it the field is read from its form. */
  onChange?: (rule: ConsensusRuleId) => void;
}

export function ConsensusRuleField({ id, strings: s, value, onChange }: Props) {
  return (
    <fieldset class="stack-sm consensus-rule" aria-describedby={`${id}-hint`}>
      <legend>{s.label}</legend>
      <p class="hint" id={`${id}-hint`}>
        {s.hint}
      </p>
      {CONSENSUS_RULE_IDS.map((rule) => (
        <div class="field checkbox" key={rule}>
          <input
            type="radio"
            id={`${id}-${rule}`}
            name="consensusRule"
            value={rule}
            aria-describedby={`${id}-${rule}-hint`}
            {...(onChange
              ? { checked: rule === value, onChange: () => onChange(rule) }
              : { defaultChecked: rule === value })}
          />
          <label for={`${id}-${rule}`}>{s.names[rule]}</label>
          <p class="hint" id={`${id}-${rule}-hint`}>
            {s.descriptions[rule]}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
