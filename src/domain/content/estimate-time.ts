/**
 * How long an assessment takes, computed from the content and never written by hand: the words the
 * user reads at 230 words a minute, plus 8 seconds to choose each answer. What the user reads of a
 * question is its prompt and its five levels; "why it matters" sits behind a disclosure, so it is
 * not counted. Where a level has a small-organization wording, the longer of the two is counted.
 */
import type { ContentLocale, LevelText, LocalizedText } from '../schemas/content';

/** Reading speed of the estimate, in words a minute. */
export const WORDS_PER_MINUTE = 230;
/** Time to choose one answer, in seconds. */
export const SECONDS_PER_ANSWER = 8;

/** What the estimate reads of one question. */
export interface EstimatedQuestion {
  readonly prompt: LocalizedText;
  readonly levels: readonly LevelText[];
}

/** The reading and answering a set of questions asks for. */
export interface TimeEstimate {
  /** Questions asked. */
  readonly questions: number;
  /** Words read: prompts and levels. */
  readonly words: number;
  /** The estimate in seconds, unrounded. */
  readonly seconds: number;
  /** The estimate in whole minutes, rounded to the nearest (at least 1 when anything is asked). */
  readonly minutes: number;
}

/** Counts the words of a text: runs of characters between spaces ("70 %" is two words). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length;
}

/** Counts the words a user reads of one question in one language. */
export function countQuestionWords(question: EstimatedQuestion, lang: ContentLocale): number {
  const levels = question.levels.reduce((sum, level) => {
    const small = level.small ? countWords(level.small[lang]) : 0;
    return sum + Math.max(countWords(level[lang]), small);
  }, 0);
  return countWords(question.prompt[lang]) + levels;
}

/** Estimates the time to read and answer some questions in one language. */
export function estimateTime(
  questions: readonly EstimatedQuestion[],
  lang: ContentLocale,
): TimeEstimate {
  const words = questions.reduce((sum, q) => sum + countQuestionWords(q, lang), 0);
  const seconds = (words / WORDS_PER_MINUTE) * 60 + questions.length * SECONDS_PER_ANSWER;
  const minutes = questions.length === 0 ? 0 : Math.max(1, Math.round(seconds / 60));
  return { questions: questions.length, words, seconds, minutes };
}
