/** One question: a radio group of the five levels plus "don't know" and, where allowed, N/A; why it matters; a note. */
import type { UiStrings } from '../../i18n/types';
import type { WizardQuestion } from '../types';
import type { AnswerValue } from '../../domain/scoring/model';
import { format } from '../../i18n/format';

interface Props {
  question: WizardQuestion;
  number: number;
  total: number;
  value: AnswerValue | undefined;
  /** "Last time: …": the earlier run's answer, shown, never chosen (#16). */
  last?: string | undefined;
  note: string;
  strings: UiStrings['wizard'];
  onAnswer: (value: AnswerValue | undefined) => void;
  onNote: (note: string) => void;
}

export function QuestionCard({
  question: q,
  number,
  total,
  value,
  last,
  note,
  strings: s,
  onAnswer,
  onNote,
}: Props) {
  const name = `answer-${q.id}`;
  const choices: { value: AnswerValue; label: string; level?: number }[] = [
    ...q.levels.map((label, level) => ({ value: level as AnswerValue, label, level })),
    { value: 'dont-know', label: s.dontKnow },
    ...(q.notApplicable ? [{ value: 'not-applicable' as const, label: s.notApplicable }] : []),
  ];
  return (
    <fieldset class="question" id={`q-${q.id}`} tabIndex={-1}>
      <legend>
        <span class="question-number">{format(s.questionNumber, { n: number, total })}</span>
        <span class="prompt">{q.prompt}</span>
        {q.critical && <span class="critical-tag">{s.critical}</span>}
      </legend>
      {q.critical && <p class="hint">{s.criticalHint}</p>}
      {last && <p class="last-time">{last}</p>}
      <details class="why">
        <summary>{s.why}</summary>
        <p>{q.why}</p>
      </details>
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
                onChange={() => onAnswer(choice.value)}
              />
              <label for={id}>
                {choice.level !== undefined && (
                  <span class="level-tag">{format(s.level, { level: choice.level })}</span>
                )}
                <span>{choice.label}</span>
              </label>
            </div>
          );
        })}
      </div>
      <div class="question-footer">
        {value !== undefined && (
          <button type="button" class="link-button" onClick={() => onAnswer(undefined)}>
            {s.clear}
          </button>
        )}
        <details class="note" open={note !== ''}>
          <summary>{s.note}</summary>
          <label class="visually-hidden" for={`note-${q.id}`}>
            {format(s.noteFor, { n: number })}
          </label>
          <textarea
            id={`note-${q.id}`}
            rows={3}
            maxLength={2000}
            value={note}
            onInput={(event) => onNote(event.currentTarget.value)}
          />
        </details>
      </div>
    </fieldset>
  );
}
