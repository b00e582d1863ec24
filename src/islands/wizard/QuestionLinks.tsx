/** A list of links to questions, each "Answer question 12: …", that jump to the question. */
import type { WizardQuestion } from '../types';
import { format } from '../../i18n/format';

interface Props {
  questions: readonly WizardQuestion[];
  /** Question numbers across the questionnaire, by id. */
  numbers: Readonly<Record<string, number>>;
  /** e.g. "Answer question {n}: {prompt}". */
  template: string;
  class?: string;
  hrefOf: (step: string, questionId?: string) => string;
  onGo: (step: string, questionId?: string) => void;
}

export function QuestionLinks({ questions, numbers, template, hrefOf, onGo, ...rest }: Props) {
  return (
    <ul class={rest.class}>
      {questions.map((q) => (
        <li key={q.id}>
          <a
            href={hrefOf(q.dimensionId, q.id)}
            onClick={(event) => {
              event.preventDefault();
              onGo(q.dimensionId, q.id);
            }}
          >
            {format(template, { n: numbers[q.id] ?? 0, prompt: q.prompt })}
          </a>
        </li>
      ))}
    </ul>
  );
}
