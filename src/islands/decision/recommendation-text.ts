/** The recommendation in words: the top option, its lead and the criteria that decided it. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { Ranking } from '../../domain/decision/rank-options';
import type { OptionId } from '../../domain/decision/model';
import { formatList, formatReadable } from './decision-format';

/** Names of options and criteria, by id. */
export interface DecisionNames {
  readonly options: Readonly<Record<OptionId, string>>;
  readonly criteria: Readonly<Record<string, string>>;
}

/** Returns a criterion name for the middle of a sentence: "Internal skills" → "internal skills", "ERP …" kept. */
export function toMidSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name)
    ? `${name.charAt(0).toLocaleLowerCase()}${name.slice(1)}`
    : name;
}

/** Returns the recommendation sentence, the tie, or why there is no ranking. */
export function getRecommendationText(
  ranking: Ranking,
  names: DecisionNames,
  s: UiStrings['decision'],
  lang: Lang,
): string {
  if (ranking.status !== 'ranked') return s.unranked;
  const [top, next] = ranking.options;
  if (!top) return s.unranked;
  const tied = ranking.options.filter((o) => o.rank === 1);
  if (tied.length > 1 || !next) {
    return format(s.tie, {
      options: formatList(
        tied.map((o) => names.options[o.optionId]),
        lang,
      ),
      score: formatReadable(top.percent, lang),
    });
  }
  return format(s.recommendation, {
    option: names.options[top.optionId],
    points: formatReadable(top.percent - next.percent, lang, 1),
    next: names.options[next.optionId],
    criteria: formatList(
      top.decidingCriteria.map((c) =>
        toMidSentence(names.criteria[c.criterionId] ?? c.criterionId),
      ),
      lang,
    ),
  });
}
