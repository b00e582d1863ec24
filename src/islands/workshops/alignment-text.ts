/** The words of the alignment figures: consensus, spread, answers and role groups. Pure. */
import type { UiStrings } from '../../i18n/types';
import type { AnswerValue } from '../../domain/scoring/model';
import type { LevelStatistics } from '../../domain/workshop/statistics';
import type { RoleGroupAlignment } from '../../domain/workshop/alignment';
import type { DimensionAlignment } from '../../domain/workshop/dimension-alignment';
import type { ConsensusRuleId } from '../../domain/workshop/consensus-rule';
import { format } from '../../i18n/format';
import { formatFigure } from './workshop-format';

type Strings = UiStrings['workshop'];

/**
 * Consensus in words, never in colour alone, naming the workshop's rule (#18): reached, not
 * reached (with the levels given), or too few answers with a level to tell.
 */
export function describeConsensus(
  consensus: boolean | null,
  statistics: Pick<LevelStatistics, 'min' | 'max'>,
  s: Strings,
  rule: ConsensusRuleId,
): string {
  if (consensus === null) return s.consensusUnknown;
  const name = s.rules.names[rule];
  if (consensus) return format(s.rules.reached, { rule: name });
  return format(s.rules.notReached, {
    rule: name,
    min: statistics.min ?? '',
    max: statistics.max ?? '',
  });
}

/** One line about how the levels spread: range, standard deviation and how many answered. */
export function describeSpread(statistics: LevelStatistics, s: Strings, lang: string): string {
  if (statistics.min === null || statistics.max === null || statistics.count < 2) {
    return format(s.spreadTooFew, { count: statistics.count });
  }
  return format(s.spread, {
    min: statistics.min,
    max: statistics.max,
    sd: formatFigure(statistics.standardDeviation, lang, s.none),
    count: statistics.count,
  });
}

/** An answer value in words: "Level 2", "Don't know", "Not applicable". */
export function describeAnswer(value: AnswerValue, s: Strings): string {
  if (value === 'dont-know') return s.dontKnow;
  if (value === 'not-applicable') return s.notApplicable;
  return format(s.level, { level: value });
}

/** A role group's name: the role, or the pooled group with the roles it pools. */
export function describeRoleGroup(
  group: Pick<RoleGroupAlignment, 'roles' | 'pooled'>,
  roleNames: UiStrings['roles'],
  s: Strings,
): string {
  const names = group.roles.map((role) => roleNames[role]);
  return group.pooled ? format(s.pooledGroup, { roles: names.join(', ') }) : (names[0] ?? '');
}

/** Executives against everyone else, as a sentence; null when there is no difference to tell. */
export function describeExecutiveGap(
  meanDifference: number | null,
  s: Strings,
  lang: string,
): string | null {
  if (meanDifference === null) return null;
  const size = formatFigure(Math.abs(meanDifference), lang, s.none);
  if (Math.abs(meanDifference) < 0.05) return s.executivesSame;
  return format(meanDifference > 0 ? s.executivesHigher : s.executivesLower, { difference: size });
}

/** A range as "min–max", or the empty mark. */
export function formatRange(
  min: number | null,
  max: number | null,
  lang: string,
  s: Strings,
): string {
  if (min === null || max === null) return s.none;
  return format(s.rangeValue, {
    min: formatFigure(min, lang, s.none, 0),
    max: formatFigure(max, lang, s.none, 0),
  });
}

/**
 * A dimension's disputed questions out of those compared, as the table counts them (#18: the
 * summary counted all questions, the table only compared ones, so "0 of 5" met "0 of 6").
 */
export function describeDimensionDisputed(
  summary: Pick<DimensionAlignment, 'disputedQuestions' | 'comparedQuestions'> | undefined,
  total: number,
  s: Strings,
): string {
  return format(s.dimensionDisputed, {
    disputed: summary?.disputedQuestions ?? 0,
    compared: summary?.comparedQuestions ?? 0,
    total,
  });
}
