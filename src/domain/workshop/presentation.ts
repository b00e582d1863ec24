/**
 * The workshop's presentation view as data (issue #7 item 6): the slides a facilitator shows the
 * team on a projector, one item at a time. Pure; the island only draws them.
 *
 * The slides are anonymous by construction: they are built from the alignment computed with
 * `showIndividual: false` and from counts, and no field of any slide can hold a participant's name
 * or id. Role counts only appear for roles with at least MIN_GROUP_SIZE people, as elsewhere.
 */
import type { ScoringModel } from '../scoring/model';
import { aggregateAlignment, type AgendaItem, type HeatMapRow } from './aggregate-alignment';
import { MIN_GROUP_SIZE } from './role-groups';
import { getConsensusRule, type ConsensusRuleId } from './consensus-rule';
import { getLatestSubmissions } from './latest-answers';
import { isDistributionHidden } from './distribution-reveal';
import { ROLE_IDS, type AgreedAnswer, type RoleId, type Workshop } from './workshop';

/** One slide. */
export type Slide =
  | {
      readonly kind: 'title';
      readonly organization: string;
      /** yyyy-mm-dd. */
      readonly date: string;
      readonly invited: number;
      readonly answered: number;
      /** Roles with at least MIN_GROUP_SIZE answers, and how many; the rest together as `others`. */
      readonly roles: readonly { readonly role: RoleId; readonly count: number }[];
      readonly otherRoles: number;
      /** The roles pooled in `otherRoles`, in ROLE_IDS order: named, so two executives read as such (#18). */
      readonly otherRoleIds: readonly RoleId[];
      /** The consensus rule every flag of the slides follows (#18). */
      readonly rule: ConsensusRuleId;
    }
  | { readonly kind: 'overview'; readonly rows: readonly HeatMapRow[] }
  | {
      readonly kind: 'question';
      /** 1-based position among the question slides. */
      readonly position: number;
      readonly of: number;
      readonly item: AgendaItem;
      readonly agreed: AgreedAnswer | null;
      /** The consensus rule the question's flag follows (#18). */
      readonly rule: ConsensusRuleId;
      /** True while the facilitator hides the distribution until everyone has handed in (#18). */
      readonly hidden: boolean;
    }
  | {
      readonly kind: 'summary';
      readonly agreed: number;
      readonly questions: number;
      /** Disputed questions (no consensus) still without an agreed answer, most disputed first. */
      readonly openDisputes: readonly string[];
    };

/** How many agenda questions the presentation walks through, most disputed first. */
export const PRESENTED_QUESTIONS = 10;

/** Counts the roles of those who answered, keeping roles with fewer than MIN_GROUP_SIZE apart. */
function countRoles(
  workshop: Workshop,
): Pick<Extract<Slide, { kind: 'title' }>, 'roles' | 'otherRoles' | 'otherRoleIds'> {
  const counts = new Map<RoleId, number>();
  for (const submission of workshop.submissions) {
    counts.set(submission.role, (counts.get(submission.role) ?? 0) + 1);
  }
  const roles: { role: RoleId; count: number }[] = [];
  let otherRoles = 0;
  const otherRoleIds: RoleId[] = [];
  for (const [role, count] of counts) {
    if (count >= MIN_GROUP_SIZE) roles.push({ role, count });
    else {
      otherRoles += count;
      otherRoleIds.push(role);
    }
  }
  roles.sort((a, b) => b.count - a.count || a.role.localeCompare(b.role));
  otherRoleIds.sort((a, b) => ROLE_IDS.indexOf(a) - ROLE_IDS.indexOf(b));
  return { roles, otherRoles, otherRoleIds };
}

/**
 * The slides: a title, the dispersion overview, the most disputed questions one by one (those
 * where answers differ at all, at most `limit`), and a summary of what was agreed.
 */
export function buildPresentation(
  model: ScoringModel,
  workshop: Workshop,
  limit: number = PRESENTED_QUESTIONS,
): Slide[] {
  const rule = getConsensusRule(workshop);
  const hidden = isDistributionHidden(workshop);
  const alignment = aggregateAlignment(model, getLatestSubmissions(workshop), {
    showIndividual: false,
    rule,
  });
  // Unanimous questions (no spread at all) have nothing to discuss.
  const disputed = alignment.agenda
    .filter((item) => item.disagreement !== null && item.disagreement > 0)
    .slice(0, limit);
  // A Map, not the record itself, so a question id such as `constructor` finds nothing inherited.
  const agreed = new Map(Object.entries(workshop.agreed));
  const agreedOf = (questionId: string): AgreedAnswer | null => agreed.get(questionId) ?? null;
  const questionIds = new Set(model.questions.map((q) => q.id));
  return [
    {
      kind: 'title',
      organization: workshop.organization,
      date: workshop.date,
      invited: workshop.participants.length,
      answered: workshop.submissions.length,
      ...countRoles(workshop),
      rule,
    },
    { kind: 'overview', rows: alignment.heatMap },
    ...disputed.map((item, index): Slide => ({
      kind: 'question',
      position: index + 1,
      of: disputed.length,
      item,
      agreed: agreedOf(item.questionId),
      rule,
      hidden,
    })),
    {
      kind: 'summary',
      agreed: Object.keys(workshop.agreed).filter((id) => questionIds.has(id)).length,
      questions: model.questions.length,
      openDisputes: alignment.agenda
        .filter((item) => item.alignment.consensus === false && agreedOf(item.questionId) === null)
        .map((item) => item.questionId),
    },
  ];
}
