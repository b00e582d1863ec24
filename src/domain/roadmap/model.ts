/**
 * The shapes the roadmap generator works on, and the constants of the method it follows
 * (ProCheck: analysis, diagnosis, action, change management). Like the scoring model, they keep
 * ids, numbers and flags only: the words of an initiative stay in the content.
 */
import type { Initiative } from '../schemas/content';
import type { Answers, PhaseId, ScoringModel } from '../scoring/model';
import type { DimensionScore } from '../scoring/score-assessment';
import type { Targets } from '../scoring/targets';

/** One of the four interaction channels (`CHANNEL_IDS` in the content schema). */
export type ChannelId = NonNullable<Initiative['channel']>;

/** A low / medium / high rating of effort or impact. */
export type Rating = Initiative['effort'];

/** The organization's size, from the profile question `company-size`. */
export type CompanySize = 'micro' | 'small' | 'medium' | 'large';

/** Every company size, smallest first. */
export const COMPANY_SIZES: readonly CompanySize[] = ['micro', 'small', 'medium', 'large'];

/**
 * The default rollout order of the channels: sales first, then service, then marketing/online,
 * then partners (ProCheck: "e.g. sales first, then service, then marketing").
 */
export const DEFAULT_CHANNEL_ORDER: readonly ChannelId[] = [
  'sales-force',
  'contact-center',
  'internet',
  'distribution-channel',
];

/** Weeks a channel after the first one takes: it reuses the platform the first one set up. */
export const FOLLOW_ON_CHANNEL_WEEKS = 12;

/** Duration factor per company size, in percent of a medium organization's weeks. */
export const SIZE_DURATION_PERCENT: Readonly<Record<CompanySize, number>> = {
  micro: 60,
  small: 80,
  medium: 100,
  large: 130,
};

/** How many main-lane initiatives may run at once, by company size. */
export const DEFAULT_PARALLEL_LIMITS: Readonly<Record<CompanySize, number>> = {
  micro: 2,
  small: 3,
  medium: 4,
  large: 5,
};

/** How many change-management initiatives may run at once, in their own lane. */
export const CHANGE_MANAGEMENT_LIMIT = 2;

/**
 * The question weight used for an initiative that no answer triggered (`always` or a channel
 * rollout): 2, the middle of the 1–3 scale, so it neither outranks nor trails a typical question.
 */
export const BASE_TRIGGER_WEIGHT = 2;

/** What the roadmap needs of an initiative; the authored `Initiative` type fits it as it is. */
export interface RoadmapInitiative {
  readonly id: string;
  readonly phase: PhaseId;
  /** The dimension whose gap it closes. */
  readonly dimension: string;
  readonly changeManagement: boolean;
  /** For channel rollouts: the channel it brings into operation. */
  readonly channel?: ChannelId | undefined;
  readonly triggers: readonly { readonly question: string; readonly atOrBelow: number }[];
  readonly always: boolean;
  /** Weeks for a medium-sized organization. */
  readonly weeks: number;
  readonly effort: Rating;
  readonly impact: Rating;
  readonly dependsOn: readonly string[];
  readonly kpis: readonly string[];
}

/** Everything the roadmap is built from. */
export interface RoadmapInput {
  readonly initiatives: readonly RoadmapInitiative[];
  /** Question and dimension weights. */
  readonly model: ScoringModel;
  readonly answers: Answers;
  /** `scoreAssessment(...).dimensions` fits as it is. */
  readonly dimensionScores: readonly Pick<DimensionScore, 'dimensionId' | 'score'>[];
  /** Target scores by dimension id; a dimension without one gets the default ambition's. */
  readonly targets: Targets;
  /** Undefined counts as medium. */
  readonly companySize?: CompanySize | undefined;
  /** The channels the organization uses; empty or undefined means all four. */
  readonly channels?: readonly ChannelId[] | undefined;
  /** The rollout order; channels it leaves out follow in the default order. */
  readonly channelOrder?: readonly ChannelId[] | undefined;
  /** Main-lane parallel limit; anything but a positive integer means the size's default. */
  readonly parallelLimit?: number | undefined;
}

/** One scheduled initiative. Weeks count from week 0, the start of the plan. */
export interface RoadmapItem {
  readonly id: string;
  readonly phase: PhaseId;
  readonly dimension: string;
  readonly changeManagement: boolean;
  readonly channel?: ChannelId;
  /** First week of work. */
  readonly start: number;
  /** The week after the last week of work (exclusive): `start + weeks`. */
  readonly end: number;
  /** Duration after scaling by company size (and channel reuse). */
  readonly weeks: number;
  /** Higher is more urgent; see `getPriority`. */
  readonly priority: number;
  /** The questions whose answers triggered it, in trigger order. */
  readonly triggeredBy: readonly string[];
  /** Selected initiatives that must end before it starts, including the previous channel's rollout. */
  readonly dependsOn: readonly string[];
  readonly kpis: readonly string[];
}

/** The generated plan. */
export interface Roadmap {
  /** In schedule order: by start week, then in the order they were picked. */
  readonly items: readonly RoadmapItem[];
  /** The end of the last item; 0 when nothing was selected. */
  readonly totalWeeks: number;
  /** The main-lane parallel limit used. */
  readonly parallelLimit: number;
  /** The change-management lane's limit. */
  readonly changeManagementLimit: number;
  /** The organization's channels in the rollout order used. */
  readonly channelOrder: readonly ChannelId[];
}
