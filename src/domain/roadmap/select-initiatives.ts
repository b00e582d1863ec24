/** Which initiatives of the library the roadmap takes, and why. */
import { isLevel, type Answers } from '../scoring/model';
import { DEFAULT_CHANNEL_ORDER, type ChannelId, type RoadmapInitiative } from './model';

/** A selected initiative with the questions that triggered it. */
export interface SelectedInitiative {
  readonly initiative: RoadmapInitiative;
  /** Question ids whose answers triggered it, in trigger order, without repeats. */
  readonly triggeredBy: readonly string[];
}

/**
 * The questions whose answers trigger an initiative: a level at or below the threshold, or
 * "don't know" (an unknown is a risk). "Not applicable" and unanswered never trigger.
 */
export function getTriggeringQuestions(initiative: RoadmapInitiative, answers: Answers): string[] {
  const found = new Set<string>();
  for (const trigger of initiative.triggers) {
    const value = answers[trigger.question];
    const low = isLevel(value) && value <= trigger.atOrBelow;
    if (low || value === 'dont-know') found.add(trigger.question);
  }
  return [...found];
}

/** The organization's channels, deduplicated; none given means all four. */
export function getUsedChannels(channels: readonly ChannelId[] | undefined): Set<ChannelId> {
  const known = new Set<string>(DEFAULT_CHANNEL_ORDER);
  const used = new Set((channels ?? []).filter((channel) => known.has(channel)));
  return used.size > 0 ? used : new Set(DEFAULT_CHANNEL_ORDER);
}

/**
 * The used channels in rollout order: the user's order first (unknown ids and repeats dropped),
 * then any channel it leaves out, in the default order.
 */
export function getChannelOrder(
  used: ReadonlySet<ChannelId>,
  order: readonly ChannelId[] | undefined,
): ChannelId[] {
  const merged = new Set([...(order ?? []), ...DEFAULT_CHANNEL_ORDER]);
  return [...merged].filter((channel) => used.has(channel));
}

/**
 * Selects the initiatives the roadmap needs, in library order. A channel initiative is selected
 * exactly when the organization uses its channel (its triggers, if any, only explain it); any other
 * one when it is `always` or an answer triggers it, and the organization uses at least its
 * `minChannels` channels (coordinating channels means nothing with one), or when `include` names
 * it: work carried over from the previous run stays in the plan until it is done (issue #16),
 * even when the new answers no longer call for it.
 */
export function selectInitiatives(
  initiatives: readonly RoadmapInitiative[],
  answers: Answers,
  usedChannels: ReadonlySet<ChannelId>,
  include: ReadonlySet<string> = new Set(),
): SelectedInitiative[] {
  const selected: SelectedInitiative[] = [];
  for (const initiative of initiatives) {
    const triggeredBy = getTriggeringQuestions(initiative, answers);
    const enoughChannels = usedChannels.size >= (initiative.minChannels ?? 1);
    const wanted =
      initiative.channel === undefined
        ? include.has(initiative.id) ||
          (enoughChannels && (initiative.always || triggeredBy.length > 0))
        : usedChannels.has(initiative.channel);
    if (wanted) selected.push({ initiative, triggeredBy });
  }
  return selected;
}
