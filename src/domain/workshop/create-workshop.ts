/**
 * Setting up a workshop and what travels between the facilitator and the participants: the
 * invitation each participant receives, and the submission they hand back. Pure functions; ids
 * come from an injectable generator and times from the `now` passed in.
 */
import { createId, toLabel } from '../assessment/assessment';
import type { AnswerValue, Answers } from '../scoring/model';
import type { ConsensusRuleId } from './consensus-rule';
import type { Invitation, RoleId, Submission, Workshop } from './workshop';

/** What a new workshop is created from. */
export interface NewWorkshopInput {
  readonly organization: string;
  /** yyyy-mm-dd. */
  readonly date: string;
  readonly facilitator: string;
  /** The content version participants answer against (content/meta.yaml). */
  readonly contentVersion: number;
  /** Everyone invited, in the order the facilitator listed them. */
  readonly participants: readonly { readonly name: string; readonly role: RoleId }[];
  /** The consensus rule fixed at setup (#18); DEFAULT_CONSENSUS_RULE when not given. */
  readonly consensusRule?: ConsensusRuleId | undefined;
}

/**
 * Creates a workshop with no submissions and no agreed answers; labels are trimmed and cut.
 * @param makeId returns a fresh id for the workshop and each participant (random by default)
 */
export function createWorkshop(
  input: NewWorkshopInput,
  now: Date,
  makeId: () => string = createId,
): Workshop {
  const stamp = now.toISOString();
  return {
    id: makeId(),
    organization: toLabel(input.organization),
    date: input.date.trim(),
    facilitator: toLabel(input.facilitator),
    contentVersion: input.contentVersion,
    participants: input.participants.map(({ name, role }) => ({
      id: makeId(),
      name: toLabel(name),
      role,
    })),
    submissions: [],
    agreed: {},
    showIndividual: false,
    // DEFAULT_CONSENSUS_RULE, written out: the join page builds invitations with this module and
    // need not load the rules (a test checks the two agree).
    consensusRule: input.consensusRule ?? 'range',
    createdAt: stamp,
    updatedAt: stamp,
  };
}

/** Builds the invitation for one participant; null when the workshop has no such participant. */
export function buildInvitation(workshop: Workshop, participantId: string): Invitation | null {
  const participant = workshop.participants.find((p) => p.id === participantId);
  if (!participant) return null;
  return {
    workshopId: workshop.id,
    organization: workshop.organization,
    contentVersion: workshop.contentVersion,
    participant: { ...participant },
  };
}

/** Copies answers into a new plain object, without unanswered entries or a `__proto__` key. */
export function copyAnswers(answers: Answers): Record<string, AnswerValue> {
  const copy: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) {
    // Assigning `__proto__` would replace the copy's prototype instead of adding an answer.
    if (id !== '__proto__' && value !== undefined) copy[id] = value;
  }
  return copy;
}

/** Builds what a participant hands back: their answers, stamped with the invitation and `now`. */
export function buildSubmission(invitation: Invitation, answers: Answers, now: Date): Submission {
  return {
    workshopId: invitation.workshopId,
    contentVersion: invitation.contentVersion,
    participantId: invitation.participant.id,
    role: invitation.participant.role,
    answers: copyAnswers(answers),
    submittedAt: now.toISOString(),
  };
}
