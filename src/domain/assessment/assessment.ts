/**
 * An assessment: who assessed which organization, its profile, answers and notes, and where the
 * user left off. Every function here is a pure transform that returns a new assessment.
 */
import type { AnswerValue, Answers } from '../scoring/model';
import type { TcoFigures } from '../schemas/content';
import type { Participant } from '../workshop/workshop';
import type { AssessmentMode } from './assessment-mode';

/**
 * Version of the stored and exported assessment shape. Bump it with a migration in migrate.ts.
 * 2: an assessment has a `mode`, quick scan or full (issue #13); version 1 records are full ones.
 * 3: following the plan through (issue #16): progress, KPI measurements and figures, the reassess
 * date, carried-over initiatives and the organization link. All optional, but the version moves so
 * that an older app, which would strip them, leaves these records alone.
 */
export const ASSESSMENT_SCHEMA_VERSION = 3;
/** Longest note kept per question, in characters. */
export const MAX_NOTE_LENGTH = 2000;
/** Longest name, organization or assessor, in characters. */
export const MAX_LABEL_LENGTH = 120;

/** Organization-profile answers keyed by profile field id: one option id, or several for `multiple`. */
export type ProfileAnswers = Readonly<Record<string, string | readonly string[]>>;

/** Answers and notes that refer to questions the content no longer has: kept aside, never dropped. */
export interface SetAside {
  readonly answers: Readonly<Record<string, AnswerValue>>;
  readonly notes: Readonly<Record<string, string>>;
}

/** How often a KPI is reviewed. */
export type KpiFrequency = 'weekly' | 'monthly' | 'quarterly' | 'yearly';

/** Longest progress note or reason for dropping an initiative, in characters. */
export const MAX_PROGRESS_NOTE_LENGTH = 500;
/** Most measurements kept per KPI: weekly for over two years. */
export const MAX_MEASUREMENTS_PER_KPI = 120;
/** Largest size of a measured or target value either side of 0: beyond any KPI's range. */
export const MAX_KPI_VALUE = 1_000_000_000_000;

/** The user's own figures for one KPI of the plan. */
export interface KpiSetting {
  /** The baseline in words, as the plan shows it. */
  readonly baseline?: string | undefined;
  /** The target in words, as the plan shows it. */
  readonly target?: string | undefined;
  readonly frequency?: KpiFrequency | undefined;
  /** The baseline as a number in the KPI's unit, measured at the plan start (issue #16). */
  readonly baselineValue?: number | undefined;
  /** The target as a number in the KPI's unit (issue #16). */
  readonly targetValue?: number | undefined;
  /** The day the target is due, yyyy-mm-dd (issue #16). */
  readonly targetDate?: string | undefined;
}

/** Every initiative status, in the order a status control offers them. */
export const INITIATIVE_STATUSES = ['not-started', 'in-progress', 'done', 'dropped'] as const;

/** Where an initiative of the plan stands, as the team records it. */
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** The recorded progress of one initiative (issue #16). */
export interface InitiativeProgress {
  readonly status: InitiativeStatus;
  /** Why it was dropped: required, and only kept, when the status is `dropped`. */
  readonly reason?: string | undefined;
  /** The day work actually started, yyyy-mm-dd. */
  readonly actualStart?: string | undefined;
  /** The day work actually finished, yyyy-mm-dd. */
  readonly actualFinish?: string | undefined;
  /** A short progress note. */
  readonly note?: string | undefined;
}

/** One measurement of a KPI (issue #16). */
export interface KpiMeasurement {
  /** The day it was measured, yyyy-mm-dd; one measurement per KPI and day. */
  readonly date: string;
  /** The value in the KPI's unit. */
  readonly value: number;
  readonly note?: string | undefined;
}

/** The user's own cost figures for one option, by figure; a missing figure keeps its default. */
export type DecisionTcoFigures = { readonly [K in keyof TcoFigures]?: number | undefined };

/** The user's total-cost-of-ownership inputs; a missing one keeps the default of the company size. */
export interface DecisionTcoPlan {
  /** ISO 4217 code of the figures; amounts are never converted. */
  readonly currency?: string | undefined;
  /** Horizon in whole years, 1–10. */
  readonly years?: number | undefined;
  /** Number of CRM users. */
  readonly users?: number | undefined;
  /** Figures the user changed, by option id. */
  readonly figures: Readonly<Record<string, DecisionTcoFigures>>;
}

/**
 * The user's packaged-vs-custom choices (issue #6), kept as changes to the defaults: anything
 * missing follows the defaults, which the assessment's answers inform.
 */
export interface DecisionPlan {
  /** Criterion weights 0–5 the user set, by criterion id (0 ignores the criterion). */
  readonly weights: Readonly<Record<string, number>>;
  /** Option scores 0–5 the user set, by criterion id, then option id. */
  readonly scores: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly tco: DecisionTcoPlan;
}

/** The decision choices of a user who has changed nothing yet. */
export const EMPTY_DECISION: DecisionPlan = { weights: {}, scores: {}, tco: { figures: {} } };

/** What the user chose on the results page: targets, comparison and roadmap edits. */
export interface AssessmentPlan {
  /** The ambition preset the targets started from. */
  readonly ambition: 'foundation' | 'competitive' | 'leading';
  /** Per-dimension targets (0–100) that differ from the preset. */
  readonly targets: Readonly<Record<string, number>>;
  /** Id of an earlier assessment to compare with. */
  readonly compareWith?: string | undefined;
  /** Channel rollout order, first channel first. */
  readonly channelOrder?: readonly string[] | undefined;
  /** First day of the plan, yyyy-mm-dd. */
  readonly planStart?: string | undefined;
  /** Initiatives taken out of the plan. */
  readonly excluded: readonly string[];
  /** Start weeks chosen by the user, by initiative id. */
  readonly startWeeks: Readonly<Record<string, number>>;
  /** Owners named by the user, by initiative id. */
  readonly owners: Readonly<Record<string, string>>;
  /** Baselines, targets and review frequencies, by KPI id. */
  readonly kpis: Readonly<Record<string, KpiSetting>>;
  /** The packaged-vs-custom decision page's choices; absent until the user makes one. */
  readonly decision?: DecisionPlan | undefined;
  /** Recorded progress by initiative id; an initiative without one has not started (#16). */
  readonly progress?: Readonly<Record<string, InitiativeProgress>> | undefined;
  /** Measurements by KPI id, in the order recorded; the series sorts them by date (#16). */
  readonly measurements?: Readonly<Record<string, readonly KpiMeasurement[]>> | undefined;
  /** The day to assess again, yyyy-mm-dd; six months after the plan start when absent (#16). */
  readonly reassessOn?: string | undefined;
  /** Initiatives brought over from the previous run: the roadmap keeps them selected (#16). */
  readonly carriedOver?: readonly string[] | undefined;
}

/** The plan of an assessment nobody has edited yet. */
export const EMPTY_PLAN: AssessmentPlan = {
  ambition: 'competitive',
  targets: {},
  excluded: [],
  startWeeks: {},
  owners: {},
  kpis: {},
};

/** One assessment of one organization. */
export interface Assessment {
  /** Random, stable id. */
  readonly id: string;
  readonly name: string;
  readonly organization: string;
  /** Who is assessing; may be empty. */
  readonly assessor: string;
  /** ISO 8601 timestamps. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The content version the answers were given against (content/meta.yaml). */
  readonly contentVersion: number;
  /** A quick scan asks only the quick-scan questions; a full assessment asks them all. */
  readonly mode: AssessmentMode;
  readonly profile: ProfileAnswers;
  readonly answers: Answers;
  /** Free-text notes keyed by question id. */
  readonly notes: Readonly<Record<string, string>>;
  /** The wizard step where the user left off (`details`, `profile`, a dimension id, or `review`). */
  readonly position: string;
  readonly setAside: SetAside;
  /** The results page's choices; absent until the user makes one. */
  readonly plan?: AssessmentPlan | undefined;
  /**
   * Set when a workshop participant answers (issue #7): the workshop to hand the answers back to
   * and who is answering. Absent for an ordinary assessment.
   */
  readonly participation?: WorkshopParticipation | undefined;
  /**
   * The organization this assessment is a run of: assessments with the same id form its trend
   * (issue #16). Set when reassessing and editable; never guessed from the organization's name.
   */
  readonly organizationId?: string | undefined;
  /** The earlier assessment this one was started from (issue #16). */
  readonly previousId?: string | undefined;
}

/** A participant's answers belong to a workshop: set from the invitation they received. */
export interface WorkshopParticipation {
  readonly workshopId: string;
  readonly participant: Participant;
}

/** What a new assessment is created from. */
export interface NewAssessmentInput {
  readonly name: string;
  readonly organization: string;
  readonly assessor?: string;
  readonly contentVersion: number;
  /** Quick scan or full assessment; full when absent. */
  readonly mode?: AssessmentMode;
}

/** Returns a random id (a UUID where the platform has one). */
export function createId(): string {
  const crypto = globalThis.crypto;
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Trims a label and cuts it to the maximum length. */
export function toLabel(value: string): string {
  return value.trim().slice(0, MAX_LABEL_LENGTH);
}

/** Creates an empty assessment that starts at the profile step. */
export function createAssessment(
  input: NewAssessmentInput,
  now: Date,
  id = createId(),
): Assessment {
  const stamp = now.toISOString();
  return {
    id,
    name: toLabel(input.name),
    organization: toLabel(input.organization),
    assessor: toLabel(input.assessor ?? ''),
    createdAt: stamp,
    updatedAt: stamp,
    contentVersion: input.contentVersion,
    mode: input.mode ?? 'full',
    profile: {},
    answers: {},
    notes: {},
    position: 'profile',
    setAside: { answers: {}, notes: {} },
  };
}

/** Sets (or, with `undefined`, clears) the answer to one question. */
export function withAnswer(
  assessment: Assessment,
  questionId: string,
  value: AnswerValue | undefined,
  now: Date,
): Assessment {
  const answers: Record<string, AnswerValue> = {
    ...(assessment.answers as Record<string, AnswerValue>),
  };
  if (value === undefined) delete answers[questionId];
  else answers[questionId] = value;
  return { ...assessment, answers, updatedAt: now.toISOString() };
}

/** Sets the note of one question; an empty note is removed. */
export function withNote(
  assessment: Assessment,
  questionId: string,
  note: string,
  now: Date,
): Assessment {
  const notes: Record<string, string> = { ...assessment.notes };
  const text = note.slice(0, MAX_NOTE_LENGTH);
  if (text.trim() === '') delete notes[questionId];
  else notes[questionId] = text;
  return { ...assessment, notes, updatedAt: now.toISOString() };
}

/** Sets one organization-profile answer; an empty value is removed. */
export function withProfileAnswer(
  assessment: Assessment,
  fieldId: string,
  value: string | readonly string[],
  now: Date,
): Assessment {
  const profile: Record<string, string | readonly string[]> = { ...assessment.profile };
  if (value === '' || (Array.isArray(value) && value.length === 0)) delete profile[fieldId];
  else profile[fieldId] = value;
  return { ...assessment, profile, updatedAt: now.toISOString() };
}

/** Renames, or changes the organization or assessor of, an assessment. */
export function withDetails(
  assessment: Assessment,
  details: Partial<Pick<Assessment, 'name' | 'organization' | 'assessor'>>,
  now: Date,
): Assessment {
  return {
    ...assessment,
    ...(details.name !== undefined && { name: toLabel(details.name) }),
    ...(details.organization !== undefined && { organization: toLabel(details.organization) }),
    ...(details.assessor !== undefined && { assessor: toLabel(details.assessor) }),
    updatedAt: now.toISOString(),
  };
}

/** Records the step the user is on, so the wizard reopens there. Does not touch `updatedAt`. */
export function withPosition(assessment: Assessment, position: string): Assessment {
  return assessment.position === position ? assessment : { ...assessment, position };
}

/**
 * Switches between quick scan and full assessment, keeping every answer and note; counts as a
 * change. Continuing a quick scan into the full assessment is `withMode(a, 'full', now)`.
 */
export function withMode(assessment: Assessment, mode: AssessmentMode, now: Date): Assessment {
  return assessment.mode === mode
    ? assessment
    : { ...assessment, mode, updatedAt: now.toISOString() };
}

/** Changes the plan (targets, comparison, roadmap edits); counts as a change. */
export function withPlan(
  assessment: Assessment,
  change: (plan: AssessmentPlan) => AssessmentPlan,
  now: Date,
): Assessment {
  return {
    ...assessment,
    plan: change(assessment.plan ?? EMPTY_PLAN),
    updatedAt: now.toISOString(),
  };
}

/** Copies an assessment under a new id and name, with fresh timestamps. */
export function duplicateAssessment(
  assessment: Assessment,
  name: string,
  now: Date,
  id = createId(),
): Assessment {
  const stamp = now.toISOString();
  return { ...assessment, id, name: toLabel(name), createdAt: stamp, updatedAt: stamp };
}
