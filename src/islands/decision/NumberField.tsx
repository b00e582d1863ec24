/**
 * A typed number checked as the user types (issue #6 §4): a refused value shows why next to the
 * field and the last valid value stays in use, so nothing downstream ever sees NaN or Infinity.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import {
  validateNumber,
  type NumberRefusal,
  type NumberRules,
} from '../../domain/decision/validate-number';
import { formatPlain, formatReadable } from './decision-format';

interface Props {
  id: string;
  /** The visible label. */
  label: string;
  labelClass?: string;
  /** The accessible name when the visible label alone is not enough; it must contain the label. */
  name?: string;
  /** The value in use; null while none is given (the field starts empty). */
  value: number | null;
  rules: Omit<NumberRules, 'decimalSeparator'>;
  lang: Lang;
  strings: Pick<UiStrings['decision'], 'errors' | 'keptValue'>;
  class?: string;
  onValue: (value: number) => void;
}

/** Returns the message for a refused value, with the value still in use. */
function getMessage(reason: NumberRefusal, props: Props): string {
  const { rules, lang, strings: s } = props;
  const error = format(s.errors[reason], {
    min: formatReadable(rules.min, lang, 2),
    max: formatReadable(rules.max, lang, 2),
    example: formatPlain(1500.5, lang),
  });
  if (props.value === null) return error;
  return `${error} ${format(s.keptValue, { value: formatReadable(props.value, lang, 2) })}`;
}

export function NumberField(props: Props) {
  const { id, label, value, rules, lang } = props;
  const decimalSeparator = lang === 'es' ? ',' : '.';
  const [text, setText] = useState(() => (value === null ? '' : formatPlain(value, lang)));
  const [refusal, setRefusal] = useState<NumberRefusal | null>(null);
  // A value changed from outside (another tab) replaces the text, unless the text already says it.
  // Only `value` is a dependency on purpose: what the user is typing must not be rewritten.
  useEffect(() => {
    const typed = validateNumber(text, { ...rules, decimalSeparator });
    if (value !== null && (!typed.ok || typed.value !== value)) {
      setText(formatPlain(value, lang));
      setRefusal(null);
    }
  }, [value]);
  const errorId = `${id}-error`;
  return (
    <div class={props.class ? `number-field ${props.class}` : 'number-field'}>
      <label for={id} class={props.labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={rules.integer ? 'numeric' : 'decimal'}
        autoComplete="off"
        spellcheck={false}
        value={text}
        aria-label={props.name}
        aria-invalid={refusal ? 'true' : undefined}
        aria-describedby={refusal ? errorId : undefined}
        onInput={(event) => {
          const next = event.currentTarget.value;
          setText(next);
          const checked = validateNumber(next, { ...rules, decimalSeparator });
          setRefusal(checked.ok ? null : checked.reason);
          if (checked.ok && checked.value !== value) props.onValue(checked.value);
        }}
      />
      {refusal && (
        <p class="error" id={errorId}>
          {getMessage(refusal, props)}
        </p>
      )}
    </div>
  );
}
