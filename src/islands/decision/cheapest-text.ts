/** The cheapest option over the horizon in words, and how it compares with the recommendation. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import type { OptionId } from '../../domain/decision/model';
import type { TcoResult } from '../../domain/decision/tco';
import { formatHorizon, formatList, formatMoney } from './decision-format';
import type { DecisionNames } from './recommendation-text';

/** What the sentence is made from. */
export interface CheapestInput {
  readonly tco: TcoResult;
  readonly currency: string;
  readonly names: DecisionNames;
  /** The option the criteria recommend, or null when nothing ranks. */
  readonly topOptionId: OptionId | null;
  readonly strings: UiStrings['decision'];
  readonly lang: Lang;
}

/** Returns the cheapest option in words, and how it compares with the recommendation. */
export function describeCheapest({
  tco,
  currency,
  names,
  topOptionId,
  strings: s,
  lang,
}: CheapestInput): string {
  const horizon = formatHorizon(tco.years, lang, s.horizon);
  const sorted = [...tco.options].sort((a, b) => a.total - b.total);
  const [cheapest, next] = sorted;
  if (!cheapest) return '';
  const money = (value: number) => formatMoney(value, lang, currency);
  const tied = sorted.filter((o) => o.total === cheapest.total);
  const sentence =
    tied.length > 1 || !next
      ? format(s.cheapestTie, {
          horizon,
          options: formatList(
            tied.map((o) => names.options[o.optionId]),
            lang,
          ),
          total: money(cheapest.total),
        })
      : format(s.cheapest, {
          horizon,
          option: names.options[cheapest.optionId],
          total: money(cheapest.total),
          difference: money(next.total - cheapest.total),
          next: names.options[next.optionId],
        });
  if (topOptionId === null) return sentence;
  const compared = tied.some((o) => o.optionId === topOptionId)
    ? s.cheapestIsRecommended
    : format(s.cheapestIsNotRecommended, { option: names.options[topOptionId] });
  return `${sentence} ${compared}`;
}
