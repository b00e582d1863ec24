/** The answers a team can agree on for one question, each with how many people gave it. */
import type { AnswerValue, Level } from '../scoring/model';
import type { LevelStatistics } from './statistics';

/** One choice: a level 0–4, "don't know" or "not applicable", and how many chose it. */
export interface AgreementChoice {
  readonly value: AnswerValue;
  /** Set for the five levels. */
  readonly level?: Level;
  readonly count: number;
}

/**
 * The five levels, "don't know", and "not applicable" where the question allows it (never for a
 * critical one), in that order.
 */
export function getAgreementChoices(
  question: { readonly notApplicable: boolean; readonly critical: boolean },
  statistics: LevelStatistics,
): AgreementChoice[] {
  const levels = ([0, 1, 2, 3, 4] as const).map((level) => ({
    value: level,
    level,
    count: statistics.distribution[level],
  }));
  return [
    ...levels,
    { value: 'dont-know', count: statistics.dontKnow },
    ...(question.notApplicable && !question.critical
      ? [{ value: 'not-applicable' as const, count: statistics.notApplicable }]
      : []),
  ];
}
