/**
 * A second round on the disputed questions (issue #18), as Delphi panels run one: after round 1
 * the facilitator picks the questions to ask again, each participant sees the team's anonymous
 * round-1 distribution (and the notes the facilitator chose to share) and answers again, with a
 * reason if they like. Pure: the workshop passed in is never changed.
 *
 * Round-2 answers are kept apart from round 1 (`Workshop.roundTwo.submissions`), so both rounds
 * stay on record. Everything that aggregates (alignment, agenda, slides, report) reads the
 * **latest** answers: round 1's, with each round-2 answer over the one it replaces.
 */
import { isLevel, type Level } from '../scoring/model';
import { copyAnswers } from './create-workshop';
import { getLevelStatistics, type LevelStatistics } from './statistics';
import { isConsensusReached, type ConsensusRuleId } from './consensus-rule';
import type { Invitation, RoundQuestion, RoundTwo, Submission, Workshop } from './workshop';
import { getLatestSubmissions, latestByParticipant } from './latest-answers';

export { getLatestSubmissions } from './latest-answers';

/** The most questions a second round asks again. */
export const MAX_ROUND_QUESTIONS = 60;

/**
 * Starts (or starts again) the second round on `questionIds`, sharing the notes given. Starting
 * again names a new round: answers to the earlier start become stale and are dropped.
 * @param questionIds the questions to ask again; duplicates and blanks are dropped
 * @param sharedNotes notes by question id; only those of asked questions, trimmed, non-empty, are kept
 */
export function startRoundTwo(
  workshop: Workshop,
  questionIds: readonly string[],
  sharedNotes: Readonly<Record<string, string>>,
  now: Date,
): Workshop {
  const ids = [...new Set(questionIds.filter((id) => id !== '' && id !== '__proto__'))].slice(
    0,
    MAX_ROUND_QUESTIONS,
  );
  const notes: Record<string, string> = {};
  for (const id of ids) {
    const note = Object.hasOwn(sharedNotes, id) ? String(sharedNotes[id]).trim() : '';
    if (note !== '') notes[id] = note;
  }
  const roundTwo: RoundTwo = {
    startedAt: now.toISOString(),
    questionIds: ids,
    sharedNotes: notes,
    submissions: [],
  };
  return { ...workshop, roundTwo, updatedAt: now.toISOString() };
}

/** Ends the second round without keeping its answers: the workshop reads as round 1 only. */
export function cancelRoundTwo(workshop: Workshop, now: Date): Workshop {
  if (!workshop.roundTwo) return workshop;
  const rest: Workshop = { ...workshop, updatedAt: now.toISOString() };
  delete (rest as { roundTwo?: unknown }).roundTwo;
  return rest;
}

/** What the team answered to each round-2 question in round 1, with the shared notes. */
export function getRoundQuestions(workshop: Workshop): RoundQuestion[] {
  const round = workshop.roundTwo;
  if (!round) return [];
  const first = [...latestByParticipant(workshop.submissions).values()];
  return round.questionIds.map((questionId) => {
    const stats = getLevelStatistics(first.map((s) => s.answers[questionId]));
    return {
      questionId,
      distribution: stats.distribution,
      dontKnow: stats.dontKnow,
      note: round.sharedNotes[questionId] ?? '',
    };
  });
}

/** The round-2 invitation of one participant; null without a round or such a participant. */
export function buildRoundTwoInvitation(
  workshop: Workshop,
  participantId: string,
): Invitation | null {
  const participant = workshop.participants.find((p) => p.id === participantId);
  if (!workshop.roundTwo || !participant) return null;
  return {
    workshopId: workshop.id,
    organization: workshop.organization,
    contentVersion: workshop.contentVersion,
    participant: { ...participant },
    round: {
      number: 2,
      startedAt: workshop.roundTwo.startedAt,
      questions: getRoundQuestions(workshop),
    },
  };
}

/**
 * Builds a participant's round-2 answers from their invitation: only the questions asked again,
 * with the reasons given (trimmed; blank ones left out).
 */
export function buildRoundTwoSubmission(
  invitation: Invitation & { readonly round: NonNullable<Invitation['round']> },
  answers: Submission['answers'],
  reasons: Readonly<Record<string, string>>,
  now: Date,
): Submission {
  const asked = invitation.round.questions.map((q) => q.questionId);
  const all = copyAnswers(answers);
  const kept: Record<string, Submission['answers'][string]> = {};
  const because: Record<string, string> = {};
  for (const id of asked) {
    if (Object.hasOwn(all, id)) kept[id] = all[id];
    const reason = Object.hasOwn(reasons, id) ? String(reasons[id]).trim() : '';
    if (reason !== '') because[id] = reason;
  }
  return {
    workshopId: invitation.workshopId,
    contentVersion: invitation.contentVersion,
    participantId: invitation.participant.id,
    role: invitation.participant.role,
    answers: kept,
    submittedAt: now.toISOString(),
    round: { number: 2, startedAt: invitation.round.startedAt, reasons: because },
  };
}

/** Why a round-2 submission does not fit the workshop's round. */
export type RoundRefusal = 'wrong-round' | 'stale-round';

/**
 * Checks a round-2 submission against the workshop's current round; null when it fits. A round
 * that is not running is the wrong round; a round started at another time is stale.
 */
export function checkRound(
  workshop: Workshop,
  submission: Submission,
): { readonly reason: RoundRefusal; readonly detail: string } | null {
  const round = submission.round;
  if (!round) return null;
  if (!workshop.roundTwo) {
    return {
      reason: 'wrong-round',
      detail: 'These are answers to a second round, and this workshop has not started one.',
    };
  }
  if (round.startedAt !== workshop.roundTwo.startedAt) {
    return {
      reason: 'stale-round',
      detail: `These answers are for the second round started ${round.startedAt}; the current one started ${workshop.roundTwo.startedAt}.`,
    };
  }
  return null;
}

/**
 * Adds checked round-2 answers (see `checkRound`), keeping only the round's questions and their
 * reasons; a participant's later answers replace their earlier ones. Stamped with `now`.
 */
export function addRoundTwoSubmission(
  workshop: Workshop & { readonly roundTwo: RoundTwo },
  submission: Submission,
  now: Date,
): Workshop {
  const asked = new Set(workshop.roundTwo.questionIds);
  const answers: Record<string, Submission['answers'][string]> = {};
  for (const [id, value] of Object.entries(copyAnswers(submission.answers))) {
    if (asked.has(id)) answers[id] = value;
  }
  const reasons: Record<string, string> = {};
  for (const [id, reason] of Object.entries(submission.round?.reasons ?? {})) {
    if (asked.has(id) && id !== '__proto__') reasons[id] = reason;
  }
  const kept: Submission = {
    ...submission,
    answers,
    round: { number: 2, startedAt: workshop.roundTwo.startedAt, reasons },
  };
  const others = workshop.roundTwo.submissions.filter(
    (s) => s.participantId !== submission.participantId,
  );
  return {
    ...workshop,
    roundTwo: { ...workshop.roundTwo, submissions: [...others, kept] },
    updatedAt: now.toISOString(),
  };
}

/** A minority view kept on record: a level given in round 2 away from the team's median, and why. */
export interface MinorityReason {
  readonly participantId: string;
  readonly level: Level;
  readonly reason: string;
}

/** Round 1 against round 2 for one question asked again. */
export interface QuestionMovement {
  readonly questionId: string;
  /** Round 1's answers. */
  readonly first: LevelStatistics;
  /** The latest answers (round 2's over round 1's). */
  readonly second: LevelStatistics;
  readonly consensusBefore: boolean | null;
  readonly consensusAfter: boolean | null;
  /** Participants who gave a level in both rounds. */
  readonly compared: number;
  /** Of those, how many gave a higher or a lower level in round 2. */
  readonly movedUp: number;
  readonly movedDown: number;
  /** Ids of those who moved (for names, only when the facilitator shows them). */
  readonly movers: readonly string[];
  /**
   * Without consensus after round 2: the reasons of those whose level is not the team's median
   * level (the lower middle one), lowest level first. Empty when consensus was reached.
   */
  readonly minorityReasons: readonly MinorityReason[];
}

/** The median level a minority is told from: the lower middle level, one somebody gave. */
function getLowerMedian(levels: readonly Level[]): Level | undefined {
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function getMinorityReasons(
  questionId: string,
  latest: readonly Submission[],
  roundTwo: RoundTwo,
): MinorityReason[] {
  const levels = latest.map((s) => s.answers[questionId]).filter(isLevel);
  const median = getLowerMedian(levels);
  const out: MinorityReason[] = [];
  for (const s of latestByParticipant(roundTwo.submissions).values()) {
    const level = s.answers[questionId];
    const reason = s.round?.reasons[questionId] ?? '';
    if (isLevel(level) && level !== median && reason !== '') {
      out.push({ participantId: s.participantId, level, reason });
    }
  }
  return out.sort((a, b) => a.level - b.level);
}

/**
 * Round 1 against round 2 for every question asked again, in the round's order; empty when no
 * second round was started.
 */
export function getRoundMovement(workshop: Workshop, rule: ConsensusRuleId): QuestionMovement[] {
  const round = workshop.roundTwo;
  if (!round) return [];
  const first = latestByParticipant(workshop.submissions);
  const latest = getLatestSubmissions(workshop);
  const second = latestByParticipant(round.submissions);
  return round.questionIds.map((questionId) => {
    const before = getLevelStatistics([...first.values()].map((s) => s.answers[questionId]));
    const after = getLevelStatistics(latest.map((s) => s.answers[questionId]));
    let compared = 0;
    let movedUp = 0;
    let movedDown = 0;
    const movers: string[] = [];
    for (const [participantId, again] of second) {
      const was = first.get(participantId)?.answers[questionId];
      const now = again.answers[questionId];
      if (!isLevel(was) || !isLevel(now)) continue;
      compared += 1;
      if (now === was) continue;
      if (now > was) movedUp += 1;
      else movedDown += 1;
      movers.push(participantId);
    }
    const consensusAfter = isConsensusReached(rule, after.distribution);
    return {
      questionId,
      first: before,
      second: after,
      consensusBefore: isConsensusReached(rule, before.distribution),
      consensusAfter,
      compared,
      movedUp,
      movedDown,
      movers,
      minorityReasons:
        consensusAfter === false ? getMinorityReasons(questionId, latest, round) : [],
    };
  });
}
