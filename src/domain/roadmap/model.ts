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

/**
 * The most weeks a channel after the first one takes: its own design slice, setup, training and
 * go-live, reusing the platform the first one set up. Fewer when needed to keep the year.
 */
export const FOLLOW_ON_CHANNEL_WEEKS = 12;

/**
 * The week the first channel must be in operation, strategy included (ProCheck: about 16 weeks
 * for one channel). A larger organization gets a little longer.
 */
export const FIRST_GO_LIVE_WEEKS: Readonly<Record<CompanySize, number>> = {
  micro: 16,
  small: 16,
  medium: 18,
  large: 22,
};

/** The week every selected channel must be in operation: about a year for full multichannel. */
export const LAST_GO_LIVE_WEEK = 52;

/** The week by which project-start work (sponsor, team, kick-off) ends. */
export const PROJECT_START_WEEKS = 4;

/** How many initiatives the plan focuses on, ranked by the blockers and weighted gaps they close. */
export const FOCUS_SIZE = 8;

/** The days of the "first 100 days" view, in whole weeks (14 weeks and 2 days, rounded up). */
export const FIRST_DAYS_WEEKS = 15;

/** Duration factor per company size, in percent of a medium organization's weeks. */
export const SIZE_DURATION_PERCENT: Readonly<Record<CompanySize, number>> = {
  micro: 60,
  small: 80,
  medium: 100,
  large: 130,
};

/**
 * How many main-lane initiatives may run at once, by company size. A micro or small firm runs
 * nearly as many streams as a medium one: its streams are short and the implementer carries most
 * of them; with fewer, the work the first go-live needs only fits in its 16 weeks as a row of
 * one-week configuration, migration and training steps that no team would believe.
 */
export const DEFAULT_PARALLEL_LIMITS: Readonly<Record<CompanySize, number>> = {
  micro: 3,
  small: 4,
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

/** Where the plan's clock pins an initiative (`anchor` in the content). */
export type Anchor = NonNullable<Initiative['anchor']>;

/** Whether an initiative is in the plan a team follows now, or later, when that plan is done. */
export type PlanGroup = 'plan' | 'later';

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
  /** Project-start work comes first; first-go-live work starts at the first go-live. */
  readonly anchor?: Anchor | undefined;
  /** Taken only when the organization uses at least this many channels. */
  readonly minChannels?: number | undefined;
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
  /**
   * Initiatives kept selected whatever the answers say: those carried over from the previous run
   * (issue #16). A channel rollout still needs its channel in use.
   */
  readonly include?: readonly string[] | undefined;
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
  /** In the plan (the focus, the project's spine and what they need) or later. */
  readonly group: PlanGroup;
  /** 1 for the initiative that closes the most, among the focus; null outside the focus. */
  readonly focusRank: number | null;
  /** The blockers (critical questions at level 0 or 1) among the questions that triggered it. */
  readonly blockers: readonly string[];
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
  /** Each channel's go-live: the end week of its rollout, in rollout order. */
  readonly goLives: readonly {
    readonly channel: ChannelId;
    readonly id: string;
    readonly week: number;
  }[];
}
