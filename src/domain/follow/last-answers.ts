/**
 * Last time's answers in the next assessment (issue #16): the wizard shows each question's earlier
 * answer, never chosen for the user, and copies them in only when asked to, and only where the
 * question is still unanswered.
 */
import type { Answers, AnswerValue, ScoringQuestion } from '../scoring/model';
import { isLevel } from '../scoring/model';

/** What of a question decides whether an earlier answer still fits it. */
export type AnswerRule = Pick<ScoringQuestion, 'id' | 'notApplicable' | 'critical'>;

/** Whether `value` is an answer `question` accepts today ("not applicable" only where allowed). */
function fits(value: unknown, question: AnswerRule): value is AnswerValue {
  if (value === 'not-applicable') return question.notApplicable && !question.critical;
  return value === 'dont-know' || isLevel(value);
}

/**
 * The earlier run's answers that fit the questions asked now, by question id: answers to questions
 * no longer asked, and answers a question no longer accepts, are left out.
 */
export function getLastAnswers(
  earlier: Answers,
  questions: readonly AnswerRule[],
): Record<string, AnswerValue> {
  const last: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const value = Object.hasOwn(earlier, question.id) ? earlier[question.id] : undefined;
    if (fits(value, question)) last[question.id] = value;
  }
  return last;
}

/** The answers of `last` to copy into `current`: those to questions `current` has not answered. */
export function getCopyableAnswers(
  last: Readonly<Record<string, AnswerValue>>,
  current: Answers,
): Record<string, AnswerValue> {
  return Object.fromEntries(
    Object.entries(last).filter(([id]) => !Object.hasOwn(current, id) || current[id] === undefined),
  );
}
