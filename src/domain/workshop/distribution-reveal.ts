/**
 * Hiding the live distribution until everyone has handed in (#18), so that the first answers
 * shown do not anchor the people still answering. The facilitator reveals it by unticking.
 */
import type { Workshop } from './workshop';

/** True while the facilitator hides the distribution and someone invited has not handed in yet. */
export function isDistributionHidden(
  workshop: Pick<Workshop, 'hideDistribution' | 'participants' | 'submissions'>,
): boolean {
  if (workshop.hideDistribution !== true) return false;
  const handedIn = new Set(workshop.submissions.map((s) => s.participantId));
  return workshop.participants.some((p) => !handedIn.has(p.id));
}
