/** One dimension's screen: its summary and phases, then its questions. */
import type { UiStrings } from '../../i18n/types';
import type { WizardDimension } from '../types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { AnswerValue, PhaseId } from '../../domain/scoring/model';
import { QuestionCard } from './QuestionCard';

interface Props {
  dimension: WizardDimension;
  assessment: Assessment;
  /** "Last time: …" by question id, for a run started from an earlier one (#16). */
  last?: Readonly<Record<string, string>> | null | undefined;
  /** How many questions come before this dimension, for "Question n of total". */
  numberOffset: number;
  total: number;
  phaseNames: Readonly<Record<PhaseId, string>>;
  strings: UiStrings['wizard'];
  onAnswer: (questionId: string, value: AnswerValue | undefined) => void;
  onNote: (questionId: string, note: string) => void;
}

export function DimensionStep({
  dimension,
  assessment,
  last,
  numberOffset,
  total,
  phaseNames,
  strings,
  onAnswer,
  onNote,
}: Props) {
  return (
    <div class="stack">
      <ul class="phase-tags">
        {dimension.phases.map((phase) => (
          <li key={phase} class={`badge phase-${phase}`}>
            <span class="shape" aria-hidden="true" />
            {phaseNames[phase]}
          </li>
        ))}
      </ul>
      <p class="lead">{dimension.summary}</p>
      {dimension.questions.map((question, i) => (
        <QuestionCard
          key={question.id}
          question={question}
          number={numberOffset + i + 1}
          total={total}
          value={assessment.answers[question.id]}
          last={last?.[question.id]}
          note={assessment.notes[question.id] ?? ''}
          strings={strings}
          onAnswer={(value) => onAnswer(question.id, value)}
          onNote={(note) => onNote(question.id, note)}
        />
      ))}
    </div>
  );
}
