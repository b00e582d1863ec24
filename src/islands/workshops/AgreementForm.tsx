/**
 * Records what the team agreed for one question: a radio group of the five levels, don't know and
 * (where allowed) N/A, and a note. The suggested level is preselected but saved only on "Save".
 */
import { useEffect, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { AnswerValue, Level } from '../../domain/scoring/model';
import type { AgreedAnswer } from '../../domain/workshop/workshop';
import type { LevelStatistics } from '../../domain/workshop/statistics';
import { MAX_NOTE_LENGTH } from '../../domain/assessment/assessment';
import type { WizardQuestion } from '../types';
import { format } from '../../i18n/format';
import { describeAnswer } from './alignment-text';
import { AgreementChoiceField } from './AgreementChoiceField';
import { getAgreementChoices, type AgreementChoice } from '../../domain/workshop/agreement-choices';

interface Props {
  question: WizardQuestion;
  rank: number;
  agreed: AgreedAnswer | undefined;
  suggested: Level | null;
  statistics: LevelStatistics;
  strings: UiStrings['workshop'];
  /** Records the agreement; resolves to what to say once it is stored (or that it is not). */
  onSave: (agreed: AgreedAnswer | null) => Promise<{ text: string; error?: boolean }>;
}

export function AgreementForm({
  question: q,
  rank,
  agreed,
  suggested,
  statistics,
  strings: s,
  onSave,
}: Props) {
  const [value, setValue] = useState<AnswerValue | undefined>(
    agreed?.value ?? suggested ?? undefined,
  );
  const [note, setNote] = useState(agreed?.note ?? '');
  const [message, setMessage] = useState<{ text: string; error?: boolean } | null>(null);
  // Another tab (or the presentation) may record the agreement: follow it.
  useEffect(() => {
    if (!agreed) return;
    setValue(agreed.value);
    setNote(agreed.note);
  }, [agreed]);
  const saved = agreed !== undefined && agreed.value === value && agreed.note === note.trim();
  const name = `agreed-${q.id}`;
  const choices = getAgreementChoices(q, statistics);
  const labelOf = (choice: AgreementChoice) =>
    choice.level !== undefined
      ? (q.levels[choice.level] ?? '')
      : choice.value === 'dont-know'
        ? s.dontKnow
        : s.notApplicable;

  const submit = (event: Event) => {
    event.preventDefault();
    if (value === undefined) {
      setMessage({ text: s.chooseFirst, error: true });
      return;
    }
    void onSave({ value, note }).then(setMessage);
  };
  return (
    <form class="agreement stack" onSubmit={submit}>
      {suggested !== null && <p class="hint">{format(s.suggestion, { level: suggested })}</p>}
      <fieldset class="agreement-choices">
        <legend>{format(s.agreedLegend, { rank })}</legend>
        <div class="choices">
          {choices.map((choice) => {
            const id = `${name}-${String(choice.value)}`;
            return (
              <AgreementChoiceField
                key={id}
                id={id}
                name={name}
                choice={choice}
                label={labelOf(choice)}
                checked={value === choice.value}
                suggested={suggested}
                strings={s}
                onChoose={() => {
                  setValue(choice.value);
                  setMessage(null);
                }}
              />
            );
          })}
        </div>
      </fieldset>
      <div class="field note-field">
        <label for={`note-${name}`}>{s.noteLabel}</label>
        <textarea
          id={`note-${name}`}
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={note}
          onInput={(event) => {
            setNote(event.currentTarget.value);
            setMessage(null);
          }}
        />
      </div>
      <div class="actions">
        <button type="submit" class="button">
          {s.saveAgreement}
        </button>
        {agreed && (
          <button
            type="button"
            class="button secondary"
            onClick={() => {
              void onSave(null).then(setMessage);
              setValue(suggested ?? undefined);
              setNote('');
            }}
          >
            {s.clearAgreement}
          </button>
        )}
      </div>
      <p class={message?.error ? 'error' : 'saved-state'} role="status">
        {message?.text ??
          (saved
            ? format(s.agreedState, { answer: describeAnswer(agreed.value, s) })
            : s.notSavedState)}
      </p>
    </form>
  );
}
