/**
 * What the wizard's review step lists: every question still open, by kind (blank, "don't know",
 * a blocker, a critical question not answered), each with its number in the questionnaire. Apart
 * from wizard-view.ts, since the review and its code are fetched only when that step is drawn.
 */
import type { Answers } from './scoring/model';

/** The questions of a dimension, as the review step lists them. */
export interface ReviewDimension<Q extends { readonly id: string }> {
  readonly id: string;
  readonly questions: readonly Q[];
}

/** What the review step lists: every open question, by kind, with its number in the questionnaire. */
export interface ReviewView<Q extends { readonly id: string }> {
  /** 1-based number of each question across the questionnaire, by id. */
  readonly numbers: Readonly<Record<string, number>>;
  /** The questions left blank, grouped by dimension (dimensions with none left out). */
  readonly unanswered: readonly {
    readonly dimensionId: string;
    readonly questions: readonly Q[];
  }[];
  readonly unansweredCount: number;
  readonly dontKnow: readonly Q[];
  readonly blockers: readonly Q[];
  readonly openCriticals: readonly Q[];
  /**
   * What the heading says: blanks left; no blank but some "don't know" (never "every question
   * has an answer" beside them, #14); or complete.
   */
  readonly status: 'blank' | 'dont-know' | 'complete';
}

/** Builds the review step's lists from the answers and the score's blockers and open critical questions. */
export function buildReviewView<Q extends { readonly id: string }>(
  dimensions: readonly ReviewDimension<Q>[],
  answers: Answers,
  score: { readonly blockers: readonly string[]; readonly openCriticals: readonly string[] },
): ReviewView<Q> {
  const all = dimensions.flatMap((d) => d.questions);
  const byId = new Map(all.map((q) => [q.id, q]));
  const pick = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const unanswered = dimensions
    .map((d) => ({
      dimensionId: d.id,
      questions: d.questions.filter((q) => answers[q.id] === undefined),
    }))
    .filter((group) => group.questions.length > 0);
  const unansweredCount = unanswered.reduce((n, group) => n + group.questions.length, 0);
  const dontKnow = all.filter((q) => answers[q.id] === 'dont-know');
  return {
    numbers: Object.fromEntries(all.map((q, i) => [q.id, i + 1])),
    unanswered,
    unansweredCount,
    dontKnow,
    blockers: pick(score.blockers),
    openCriticals: pick(score.openCriticals),
    status: unansweredCount > 0 ? 'blank' : dontKnow.length > 0 ? 'dont-know' : 'complete',
  };
}
