/** The channel rollout's clock in words, from the plan's own go-lives (never "all four" for two). */
import type { UiStrings } from '../../i18n/types';
import type { DocumentGoLive } from '../../domain/roadmap/roadmap-document';
import { format } from '../../i18n/format';

export function getChannelClockText(
  goLives: readonly DocumentGoLive[],
  s: UiStrings['roadmap'],
): string {
  const first = goLives[0];
  const last = goLives.at(-1);
  if (!first || !last) return s.channelOrderLead;
  if (goLives.length === 1)
    return `${s.channelOrderLead} ${format(s.channelClockOne, { first: first.week })}`;
  const slot = Math.round((last.week - first.week) / (goLives.length - 1));
  return `${s.channelOrderLead} ${format(s.channelClockMany, {
    first: first.week,
    slot,
    count: goLives.length,
    last: last.week,
  })}`;
}
