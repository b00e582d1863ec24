/**
 * Workshop mode (issue #7): a facilitator, a leadership team answering on their own devices, and
 * the answers they hand back as files or codes. Types only here; the import path and the
 * aggregation live beside this file. Nothing travels through a server.
 */
import type { AnswerValue, Answers } from '../scoring/model';
import type { ConsensusRuleId } from './consensus-rule';

/** Version of the workshop, invitation and submission shapes. */
export const WORKSHOP_SCHEMA_VERSION = 1;

/** The roles participants take; `other` for anyone else. */
export const ROLE_IDS = [
  'executive',
  'sales',
  'marketing',
  'service',
  'it',
  'finance',
  'operations',
  'other',
] as const;
/** One participant role. */
export type RoleId = (typeof ROLE_IDS)[number];

/** One participant invited to a workshop. */
export interface Participant {
  readonly id: string;
  readonly name: string;
  readonly role: RoleId;
}

/** A participant's answers as handed back to the facilitator. */
export interface Submission {
  readonly workshopId: string;
  readonly contentVersion: number;
  readonly participantId: string;
  readonly role: RoleId;
  readonly answers: Answers;
  /** ISO 8601. */
  readonly submittedAt: string;
  /** Absent for round 1; set on answers given to a second round (#18). */
  readonly round?: SubmissionRound | undefined;
}

/** What marks a submission as answers to a second round (#18). */
export interface SubmissionRound {
  /** The round's number: only a second round exists. */
  readonly number: 2;
  /** The round's `startedAt`: answers to a round started earlier are stale. */
  readonly startedAt: string;
  /** Why the participant answered as they did, by question id; blank reasons are left out. */
  readonly reasons: Readonly<Record<string, string>>;
}

/** What the team saw of one question in round 1, carried by a round-2 invitation (#18). */
export interface RoundQuestion {
  readonly questionId: string;
  /** Round 1's levels, anonymously: how many gave each level 0–4. */
  readonly distribution: readonly [number, number, number, number, number];
  readonly dontKnow: number;
  /** The facilitator's note, when they chose to share it; else empty. */
  readonly note: string;
}

/** A second round on the disputed questions (#18). */
export interface RoundTwo {
  /** When the facilitator started it (ISO 8601); it names the round. */
  readonly startedAt: string;
  /** The questions asked again, in agenda order. */
  readonly questionIds: readonly string[];
  /** Notes shared with the team, by question id: only those the facilitator chose. */
  readonly sharedNotes: Readonly<Record<string, string>>;
  /** Answers to the round, at most one per participant; a later one replaces an earlier one. */
  readonly submissions: readonly Submission[];
}

/** What the facilitator and the team agreed for one question. */
export interface AgreedAnswer {
  readonly value: AnswerValue;
  readonly note: string;
}

/** One workshop, as the facilitator keeps it. */
export interface Workshop {
  readonly id: string;
  readonly organization: string;
  /** yyyy-mm-dd. */
  readonly date: string;
  readonly facilitator: string;
  readonly contentVersion: number;
  readonly participants: readonly Participant[];
  /** At most one per participant. */
  readonly submissions: readonly Submission[];
  /** Agreed answers by question id: together they form the consolidated assessment. */
  readonly agreed: Readonly<Record<string, AgreedAnswer>>;
  /** Whether individual answers are shown (never in the presentation view). */
  readonly showIndividual: boolean;
  /**
   * The consensus rule fixed at setup (#18); absent in workshops stored before rules could be
   * chosen, which read as DEFAULT_CONSENSUS_RULE (the rule they always used).
   */
  readonly consensusRule?: ConsensusRuleId | undefined;
  /** The second round, once the facilitator started one (#18). */
  readonly roundTwo?: RoundTwo | undefined;
  /**
   * Whether the live distribution is hidden until everyone has handed in (#18), so that early
   * answers do not anchor later ones; absent means shown.
   */
  readonly hideDistribution?: boolean | undefined;
  /** The consolidated assessment the agreed answers flow into, once the facilitator made it. */
  readonly assessmentId?: string | undefined;
  /** ISO 8601 timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a participant receives: enough to answer and to hand answers back to the right workshop. */
export interface Invitation {
  readonly workshopId: string;
  readonly organization: string;
  readonly contentVersion: number;
  readonly participant: Participant;
  /** For a second round (#18): when it started, and what round 1 gave on each question asked again. */
  readonly round?: InvitationRound | undefined;
}

/** The second-round part of an invitation (#18). */
export interface InvitationRound {
  readonly number: 2;
  readonly startedAt: string;
  readonly questions: readonly RoundQuestion[];
}
