/**
 * The latest answers of a workshop (#18): round 1's, with each second-round answer over the one it
 * replaces. Apart from round-two.ts because every page that aggregates needs this and nothing else
 * of the second round on its first load.
 */
import type { Submission, Workshop } from './workshop';

/** Answers of distinct participants, the latest of each (as role-groups.ts counts them). */
export function latestByParticipant(submissions: readonly Submission[]): Map<string, Submission> {
  const out = new Map<string, Submission>();
  for (const s of submissions) out.set(s.participantId, s);
  return out;
}

/**
 * The latest answers of each participant: round 1's, with every round-2 answer over the one it
 * replaces (a question left unanswered in round 2 keeps its round-1 answer). What aggregates and
 * consolidation read.
 */
export function getLatestSubmissions(workshop: Workshop): Submission[] {
  const second = workshop.roundTwo
    ? latestByParticipant(workshop.roundTwo.submissions)
    : new Map<string, Submission>();
  const out: Submission[] = [];
  for (const first of latestByParticipant(workshop.submissions).values()) {
    const again = second.get(first.participantId);
    out.push(again ? { ...first, answers: { ...first.answers, ...again.answers } } : first);
    second.delete(first.participantId);
  }
  // Someone who missed round 1 but answered round 2 counts with their round-2 answers.
  return [...out, ...second.values()];
}
