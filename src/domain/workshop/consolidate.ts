/**
 * From the workshop's agreement to a consolidated assessment (issue #7): the agreed answers and
 * notes in the shapes an assessment keeps, and the level to prefill each agreement with.
 */
import { isLevel, MAX_LEVEL, type AnswerValue, type Level } from '../scoring/model';
import type { AgendaItem } from './agenda';
import type { NumberSummary } from './statistics';
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
 * The level to prefill the facilitator's agreement with: the median, with a median halfway
 * between two levels (an even count split down the middle) rounded **down**. The lower middle
 * level is one somebody actually gave, and it does not claim more maturity than half the team
 * sees. Null when nobody gave a level.
 */
export function getSuggestedLevel(statistics: Pick<NumberSummary, 'median'>): Level | null {
  const { median } = statistics;
  if (median === null || !Number.isFinite(median)) return null;
  const level = Math.min(MAX_LEVEL, Math.max(0, Math.ceil(median - 0.5)));
  return level as Level;
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
