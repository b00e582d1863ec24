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

interface Props {
  question: WizardQuestion;
  rank: number;
  agreed: AgreedAnswer | undefined;
  suggested: Level | null;
  statistics: LevelStatistics;
  strings: UiStrings['workshop'];
  onSave: (agreed: AgreedAnswer | null) => string;
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
  const counts: Partial<Record<string, number>> = {
    'dont-know': statistics.dontKnow,
    'not-applicable': statistics.notApplicable,
  };
  const choices: { value: AnswerValue; label: string; level?: Level }[] = [
    ...q.levels.map((label, level) => ({ value: level as Level, label, level: level as Level })),
    { value: 'dont-know', label: s.dontKnow },
    ...(q.notApplicable && !q.critical
      ? [{ value: 'not-applicable' as const, label: s.notApplicable }]
      : []),
  ];
  const count = (choice: AnswerValue) =>
    typeof choice === 'number' ? statistics.distribution[choice] : (counts[choice] ?? 0);

  const submit = (event: Event) => {
    event.preventDefault();
    if (value === undefined) {
      setMessage({ text: s.chooseFirst, error: true });
      return;
    }
    setMessage({ text: onSave({ value, note }) });
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
              <div class={choice.level === undefined ? 'choice other' : 'choice'} key={id}>
                <input
                  type="radio"
                  id={id}
                  name={name}
                  checked={value === choice.value}
                  onChange={() => {
                    setValue(choice.value);
                    setMessage(null);
                  }}
                />
                <label for={id}>
                  {choice.level !== undefined ? (
                    <>
                      <span class="level-tag">
                        {format(s.level, { level: choice.level })} ·{' '}
                        {format(s.choiceCount, { count: count(choice.value) })}
                        {choice.value === suggested && (
                          <span class="suggested-tag"> · {s.suggestedTag}</span>
                        )}
                      </span>
                      <span>{choice.label}</span>
                    </>
                  ) : (
                    <>
                      <span>{choice.label}</span>
                      <span class="level-tag">
                        {format(s.choiceCount, { count: count(choice.value) })}
                      </span>
                    </>
                  )}
                </label>
              </div>
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
              setMessage({ text: onSave(null) });
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
