/**
 * "What would change the answer" in words, for the decision page and the PDF report alike. Kept
 * apart from the report code so the decision page does not load it.
 */
import { fill } from '../report/fill';
import type { OptionId } from './model';
import type { Ranking } from './rank-options';
import type { WeightFlip } from './sensitivity';
import { getNumberFormat } from '../format/intl-cache';

/** The words that say what a weight change would do (`UiStrings['decision']` fits). */
export interface FlipStrings {
  /** e.g. "Raise to {weight} (+{change}): {option} would come first". */
  readonly raiseTo: string;
  readonly lowerTo: string;
  /** No single weight changes the recommendation: "{top} leads {next} by {points} points …". */
  readonly sensitivityNoneLead: string;
}

/** Returns what one weight change would do: "Raise to 5 (+1): Hybrid platform would come first". */
export function describeWeightFlip(
  flip: WeightFlip,
  optionNames: Readonly<Record<OptionId, string>>,
  s: FlipStrings,
): string {
  return fill(flip.change > 0 ? s.raiseTo : s.lowerTo, {
    weight: flip.weight,
    change: Math.abs(flip.change),
    option: optionNames[flip.topOptionId],
  });
}

/**
 * Returns why no single weight changes the recommendation: the first option's lead over the
 * second, in points out of 100 with one decimal; null without two ranked options.
 */
export function describeLead(
  ranking: Ranking,
  optionNames: Readonly<Record<OptionId, string>>,
  s: FlipStrings,
  lang: string,
): string | null {
  const [first, second] = ranking.status === 'ranked' ? ranking.options : [];
  if (!first || !second) return null;
  return fill(s.sensitivityNoneLead, {
    top: optionNames[first.optionId],
    next: optionNames[second.optionId],
    points: getNumberFormat(lang, { maximumFractionDigits: 1 }).format(
      first.percent - second.percent,
    ),
  });
}
