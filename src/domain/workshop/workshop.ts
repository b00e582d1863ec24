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
}
