/**
 * From the workshop's agreement to a consolidated assessment (issue #7): the agreed answers and
 * notes in the shapes an assessment keeps, and the level to prefill each agreement with.
 */
import { isLevel, type AnswerValue, type Level } from '../scoring/model';
import { toSortedLevels } from './consensus-rule';
import type { AgendaItem } from './agenda';
import type { LevelStatistics } from './statistics';
import type { AgreedAnswer, Workshop } from './workshop';

/** The agreed answers and notes, ready to become the consolidated assessment. */
export interface ConsolidatedAnswers {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** Notes by question id; blank notes are left out, as an assessment leaves them out. */
  readonly notes: Readonly<Record<string, string>>;
}

function isAnswerValue(value: unknown): value is AnswerValue {
  return isLevel(value) || value === 'dont-know' || value === 'not-applicable';
}

/**
 * The workshop's agreed answers as an `Answers` map plus notes. An agreement whose value is not a
 * valid answer (a damaged file) contributes its note only; questions without agreement stay
 * unanswered, exactly as in a single-user assessment.
 */
export function consolidateAnswers(workshop: Pick<Workshop, 'agreed'>): ConsolidatedAnswers {
  const answers: Record<string, AnswerValue> = {};
  const notes: Record<string, string> = {};
  for (const [questionId, agreed] of Object.entries(workshop.agreed)) {
    if (isAnswerValue(agreed.value)) answers[questionId] = agreed.value;
    if (typeof agreed.note === 'string' && agreed.note.trim() !== '')
      notes[questionId] = agreed.note;
  }
  return { answers, notes };
}

/**
 * The level to prefill the facilitator's agreement with: the lower median, the lower of the two
 * middle levels when the count is even. It is always a level somebody actually gave (#18: a 0
 * against a 3 suggested 1, which nobody chose), and it does not claim more maturity than half
 * the team sees. Null when nobody gave a level: there is nothing to suggest.
 */
export function getSuggestedLevel(statistics: Pick<LevelStatistics, 'distribution'>): Level | null {
  const levels = toSortedLevels(statistics.distribution);
  const level = levels[Math.floor((levels.length - 1) / 2)];
  return level === undefined ? null : (level as Level);
}

/**
 * Agreements for every question the team already agrees on (consensus) and the facilitator has
 * not settled yet: the suggested level, with an empty note. Questions without consensus, or where
 * too few gave a level to compare, are left for discussion.
 */
export function getConsensusAgreements(
  agenda: readonly AgendaItem[],
  agreed: Workshop['agreed'],
): Record<string, AgreedAnswer> {
  const out: Record<string, AgreedAnswer> = {};
  for (const item of agenda) {
    if (item.alignment.consensus !== true || Object.hasOwn(agreed, item.questionId)) continue;
    const level = getSuggestedLevel(item.alignment.statistics);
    if (level !== null) out[item.questionId] = { value: level, note: '' };
  }
  return out;
}
