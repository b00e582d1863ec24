/** One radio of the agreement form: a level with its description, or don't know / N/A, with its count. */
import type { UiStrings } from '../../i18n/types';
import type { AgreementChoice } from '../../domain/workshop/agreement-choices';
import type { Level } from '../../domain/scoring/model';
import { format } from '../../i18n/format';

interface Props {
  id: string;
  name: string;
  choice: AgreementChoice;
  label: string;
  checked: boolean;
  suggested: Level | null;
  strings: UiStrings['workshop'];
  onChoose: () => void;
}

export function AgreementChoiceField({ id, choice, label, strings: s, ...props }: Props) {
  const count = format(s.choiceCount, { count: choice.count });
  return (
    <div class={choice.level === undefined ? 'choice other' : 'choice'}>
      <input
        type="radio"
        id={id}
        name={props.name}
        checked={props.checked}
        onChange={props.onChoose}
      />
      <label for={id}>
        {choice.level !== undefined ? (
          <>
            <span class="level-tag">
              {format(s.level, { level: choice.level })} · {count}
              {choice.value === props.suggested && (
                <span class="suggested-tag"> · {s.suggestedTag}</span>
              )}
            </span>
            <span>{label}</span>
          </>
        ) : (
          <>
            <span>{label}</span>
            <span class="level-tag">{count}</span>
          </>
        )}
      </label>
    </div>
  );
}
