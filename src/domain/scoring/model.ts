/**
 * The shapes the scoring engine works on. They are deliberately smaller than the content
 * schemas: scoring needs ids, weights, phases and flags, never the words.
 */

/** The three ProCheck phases, in the order they are carried out. */
export const PHASE_IDS = ['analysis', 'diagnosis', 'action'] as const;
/** One ProCheck phase. */
export type PhaseId = (typeof PHASE_IDS)[number];

/** A level on the five-step behavioural scale, 0 (absent) to 4 (measured and improved). */
export type Level = 0 | 1 | 2 | 3 | 4;
/** Every level, lowest first. */
export const LEVELS: readonly Level[] = [0, 1, 2, 3, 4];
/** The highest level; scores are expressed against it. */
export const MAX_LEVEL = 4;

/**
 * What a user can say about one question. "Unanswered" is the absence of a value.
 * @example 3
 * @example 'dont-know'
 */
export type AnswerValue = Level | 'dont-know' | 'not-applicable';

/** Answers keyed by question id. Missing keys are unanswered questions. */
export type Answers = Readonly<Partial<Record<string, AnswerValue>>>;

/** A question as scoring sees it. */
export interface ScoringQuestion {
  readonly id: string;
  readonly dimensionId: string;
  readonly phase: PhaseId;
  /** Integer 1–3. */
  readonly weight: number;
  /** A gate: level 0 or 1 is a blocker. */
  readonly critical: boolean;
  /** Whether "not applicable" is an allowed answer. Never true for a critical question. */
  readonly notApplicable: boolean;
}

/** A dimension as scoring sees it. */
export interface ScoringDimension {
  readonly id: string;
  /** Integer 1–3. */
  readonly weight: number;
}

/** Everything the engine needs to score an assessment: dimensions in display order, questions in order. */
export interface ScoringModel {
  readonly dimensions: readonly ScoringDimension[];
  readonly questions: readonly ScoringQuestion[];
}

/** Returns true when `value` is one of the five levels. */
export function isLevel(value: unknown): value is Level {
  return value === 0 || value === 1 || value === 2 || value === 3 || value === 4;
}
