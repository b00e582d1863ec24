/**
 * How far a workshop's participants agree on each question (issue #7): the statistics of their
 * levels, a consensus flag, the same statistics by role group, and executives against everyone
 * else. Who answered what stays hidden: role groups follow role-groups.ts, and individual answers
 * appear only when the facilitator asks for them, and then only as levels.
 */
import { getAnswerState } from '../scoring/score-assessment';
import type { AnswerValue, Answers, Level, ScoringQuestion } from '../scoring/model';
import {
  getDistinctSubmissions,
  getExecutiveSplit,
  getRoleGroups,
  type ExecutiveSplit,
  type RoleGroup,
} from './role-groups';
import { getLevelStatistics, type LevelStatistics } from './statistics';
import { DEFAULT_CONSENSUS_RULE, isConsensusReached, type ConsensusRuleId } from './consensus-rule';
import type { RoleId, Submission } from './workshop';

export { MIN_LEVELS_TO_COMPARE } from './consensus-rule';

/** A range of this many levels or more is disagreement under the `range` rule. */
export const DISAGREEMENT_RANGE = 2;

/** What the facilitator chose to see. */
export interface AlignmentOptions {
  /** Include each participant's level, anonymously (never in the presentation view). */
  readonly showIndividual: boolean;
  /** The rule consensus is declared by (consensus-rule.ts); the range rule when absent. */
  readonly rule?: ConsensusRuleId | undefined;
}

/** The statistics of one role group for one question. */
export interface RoleGroupAlignment {
  /** One role, or several for the pooled "other roles" group. */
  readonly roles: readonly RoleId[];
  readonly pooled: boolean;
  /** People in the group (at least MIN_GROUP_SIZE), whether or not they answered this question. */
  readonly participants: number;
  readonly statistics: LevelStatistics;
}

/** Executives against everyone else for one question. */
export interface RoleComparison {
  readonly executives: LevelStatistics;
  readonly others: LevelStatistics;
  /** Executives' mean − everyone else's mean: positive when executives see more maturity. */
  readonly meanDifference: number | null;
}

/** The alignment of one question. */
export interface QuestionAlignment {
  readonly questionId: string;
  readonly dimensionId: string;
  readonly statistics: LevelStatistics;
  /** Reached by the workshop's rule; null with fewer than MIN_LEVELS_TO_COMPARE levels. */
  readonly consensus: boolean | null;
  /** Role groups of at least MIN_GROUP_SIZE people; empty when no breakdown is safe or useful. */
  readonly byRole: readonly RoleGroupAlignment[];
  /** Null unless executives and everyone else are both groups of at least MIN_GROUP_SIZE. */
  readonly executivesVsOthers: RoleComparison | null;
  /**
   * Only with `showIndividual`: the levels given, lowest first, without names, ids or submission
   * order, so that a position cannot be matched to a person. A UI that names answers does so
   * from the facilitator's own list, not from here.
   */
  readonly individual?: readonly Level[];
}

/** The answer a submission counts with: the scoring rules decide, so an N/A the question forbids is unanswered. */
function getCountedValue(question: ScoringQuestion, answers: Answers): AnswerValue | undefined {
  return getAnswerState(question, answers) === 'unanswered' ? undefined : answers[question.id];
}

function getStatistics(
  question: ScoringQuestion,
  submissions: readonly Submission[],
): LevelStatistics {
  return getLevelStatistics(submissions.map((s) => getCountedValue(question, s.answers)));
}

/** Consensus of a question's statistics by a rule (the range rule by default), or null if too few levels. */
export function getConsensus(
  statistics: Pick<LevelStatistics, 'distribution'>,
  rule: ConsensusRuleId = DEFAULT_CONSENSUS_RULE,
): boolean | null {
  return isConsensusReached(rule, statistics.distribution);
}

function getRoleComparison(question: ScoringQuestion, split: ExecutiveSplit): RoleComparison {
  const executives = getStatistics(question, split.executives);
  const others = getStatistics(question, split.others);
  const meanDifference =
    executives.mean === null || others.mean === null ? null : executives.mean - others.mean;
  return { executives, others, meanDifference };
}

function getIndividualLevels(statistics: LevelStatistics): Level[] {
  // Rebuilt from the distribution: sorted by level, carrying nothing about who or when.
  return statistics.distribution.flatMap((count, level) =>
    Array<Level>(count).fill(level as Level),
  );
}

/**
 * The alignment of each question, in question order.
 * @param questions the questions to describe (a scoring model's, or a subset)
 * @param submissions the imported submissions; one per participant counts
 * @param options whether individual levels are included
 */
export function getQuestionAlignment(
  questions: readonly ScoringQuestion[],
  submissions: readonly Submission[],
  options: AlignmentOptions,
): QuestionAlignment[] {
  const distinct = getDistinctSubmissions(submissions);
  const groups: readonly RoleGroup[] = getRoleGroups(distinct);
  const split = getExecutiveSplit(groups);
  return questions.map((question) => {
    const statistics = getStatistics(question, distinct);
    return {
      questionId: question.id,
      dimensionId: question.dimensionId,
      statistics,
      consensus: getConsensus(statistics, options.rule),
      byRole: groups.map((group) => ({
        roles: group.roles,
        pooled: group.pooled,
        participants: group.submissions.length,
        statistics: getStatistics(question, group.submissions),
      })),
      executivesVsOthers: split === null ? null : getRoleComparison(question, split),
      ...(options.showIndividual ? { individual: getIndividualLevels(statistics) } : {}),
    };
  });
}
