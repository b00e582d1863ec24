/**
 * Milestones of a roadmap as pure data: week numbers and ids, no dates and no words. The words come
 * from each initiative's `milestone` text in the content; dates from `weekToDate`.
 */
import { PHASE_IDS, type PhaseId } from '../scoring/model';
import { compareIds } from './rank-initiatives';

/** The end of one initiative. */
export interface ItemMilestone {
  readonly kind: 'item';
  readonly id: string;
  readonly phase: PhaseId;
  /** The week the initiative ends (its exclusive `end`). */
  readonly week: number;
}

/** The end of a phase: the end of its last initiative. */
export interface PhaseGateMilestone {
  readonly kind: 'phase-gate';
  readonly phase: PhaseId;
  readonly week: number;
}

/** One milestone. */
export type Milestone = ItemMilestone | PhaseGateMilestone;

/** What milestones are read from: a roadmap, edited or not. */
export interface MilestoneSource {
  readonly items: readonly { readonly id: string; readonly phase: PhaseId; readonly end: number }[];
}

const phaseOrder = (a: { phase: PhaseId }, b: { phase: PhaseId }) =>
  PHASE_IDS.indexOf(a.phase) - PHASE_IDS.indexOf(b.phase);

/**
 * One milestone per item at its end week, plus one phase gate per phase that has items, at the end
 * of its last item (change-management items included). Ordered by week; in the same week, item
 * ends (by phase, then id) come before the phase gates they complete.
 */
export function getMilestones(roadmap: MilestoneSource): Milestone[] {
  const items = roadmap.items
    .map((item): ItemMilestone => ({
      kind: 'item',
      id: item.id,
      phase: item.phase,
      week: item.end,
    }))
    .sort((a, b) => a.week - b.week || phaseOrder(a, b) || compareIds(a.id, b.id));
  const gates = PHASE_IDS.flatMap((phase): PhaseGateMilestone[] => {
    const ends = roadmap.items.filter((item) => item.phase === phase).map((item) => item.end);
    return ends.length > 0 ? [{ kind: 'phase-gate', phase, week: Math.max(...ends) }] : [];
  });
  const kindOrder = (m: Milestone) => (m.kind === 'item' ? 0 : 1);
  // A stable sort keeps the order within items and within gates.
  return [...items, ...gates].sort((a, b) => a.week - b.week || kindOrder(a) - kindOrder(b));
}
