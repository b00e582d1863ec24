/**
 * Descriptive statistics for workshop alignment (issue #7): the spread of the levels a team gave
 * to one question, and of any list of numbers such as the team's dimension scores. Null-safe:
 * with nothing to describe every figure is null, never NaN.
 *
 * The standard deviation is the **population** one (divide by n, not n − 1). The participants are
 * not a sample standing in for a larger population: they are the whole group whose agreement we
 * describe. It is also defined for a single answer (0, where the sample one divides by zero) and
 * stays within half the range (at most 2 on the 0–4 scale, 50 on a 0–100 score), so spreads of
 * questions answered by different numbers of people compare on one scale.
 */
import { isLevel, type AnswerValue, type Level } from '../scoring/model';

/** Count, centre and spread of a list of numbers; all null when the list is empty. */
export interface NumberSummary {
  /** How many numbers were described. */
  readonly count: number;
  readonly mean: number | null;
  /** The middle value; for an even count, the mean of the two middle values. */
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
  /** max − min. */
  readonly range: number | null;
  /** Population standard deviation (see the module comment). */
  readonly standardDeviation: number | null;
}

/** How many answers gave each level, indexed by level: `distribution[3]` counts the 3s. */
export type LevelDistribution = readonly [number, number, number, number, number];

/**
 * The statistics of the answers to one question. `count` and the figures cover answers with a
 * level only; "don't know", "not applicable" and missing answers are counted beside them.
 */
export interface LevelStatistics extends NumberSummary {
  readonly dontKnow: number;
  readonly notApplicable: number;
  /** Submissions without a usable answer to the question. */
  readonly unanswered: number;
  readonly distribution: LevelDistribution;
}

const EMPTY_SUMMARY: NumberSummary = {
  count: 0,
  mean: null,
  median: null,
  min: null,
  max: null,
  range: null,
  standardDeviation: null,
};

/** Describes a list of finite numbers (the caller filters out anything else). */
export function summarizeNumbers(values: readonly number[]): NumberSummary {
  const count = values.length;
  if (count === 0) return EMPTY_SUMMARY;
  const sorted = [...values].sort((a, b) => a - b);
  const min = sorted[0]!;
  const max = sorted[count - 1]!;
  const half = Math.floor(count / 2);
  const median = count % 2 === 1 ? sorted[half]! : (sorted[half - 1]! + sorted[half]!) / 2;
  if (min === max) {
    // Equal values: exactly no spread, whatever rounding the sums below would do.
    return { count, mean: min, median, min, max, range: 0, standardDeviation: 0 };
  }
  let sum = 0;
  for (const value of sorted) sum += value;
  // Rounding in the sum can push the mean an ulp outside [min, max]; clamp it back.
  const mean = Math.min(max, Math.max(min, sum / count));
  let squares = 0;
  for (const value of sorted) squares += (value - mean) ** 2;
  const standardDeviation = Math.sqrt(squares / count);
  return { count, mean, median, min, max, range: max - min, standardDeviation };
}

/**
 * The statistics of the answers given to one question, one value per submission (undefined when
 * the submission has no answer). Anything that is not a level, "don't know" or "not applicable"
 * counts as unanswered.
 */
export function getLevelStatistics(values: readonly (AnswerValue | undefined)[]): LevelStatistics {
  const levels: Level[] = [];
  const distribution: [number, number, number, number, number] = [0, 0, 0, 0, 0];
  let dontKnow = 0;
  let notApplicable = 0;
  let unanswered = 0;
  for (const value of values) {
    if (isLevel(value)) {
      levels.push(value);
      distribution[value] += 1;
    } else if (value === 'dont-know') dontKnow += 1;
    else if (value === 'not-applicable') notApplicable += 1;
    else unanswered += 1;
  }
  return { ...summarizeNumbers(levels), dontKnow, notApplicable, unanswered, distribution };
}
