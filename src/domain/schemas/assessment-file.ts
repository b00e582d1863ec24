/**
 * Run-time schemas for assessments as they leave and re-enter the app: what localStorage holds,
 * and the exported JSON file (also the payload of a share link). They use `zod/mini` because they
 * ship to the browser; content schemas (content.ts) use Astro's zod 3 instead.
 */
import * as z from 'zod/mini';
import {
  INITIATIVE_STATUSES,
  MAX_KPI_VALUE,
  MAX_LABEL_LENGTH,
  MAX_MEASUREMENTS_PER_KPI,
  MAX_NOTE_LENGTH,
  MAX_PROGRESS_NOTE_LENGTH,
  type Assessment,
} from '../assessment/assessment';
import { ASSESSMENT_MODES } from '../assessment/assessment-mode';
import { ROLE_IDS } from '../workshop/workshop';
import { ASSESSMENT_EXPORT_FORMAT, MAX_ID_LENGTH, MAX_PROFILE_OPTIONS } from './file-formats';

export { ASSESSMENT_EXPORT_FORMAT, MAX_ID_LENGTH, MAX_PROFILE_OPTIONS } from './file-formats';

/** A question, profile-field or option id: a short non-empty string. */
const IdSchema = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
/** A name, organization or assessor. */
const LabelSchema = z.string().check(z.maxLength(MAX_LABEL_LENGTH));
/** An ISO 8601 timestamp, as `Date.prototype.toISOString` writes it (an offset is accepted too). */
const TimestampSchema = z.iso.datetime({ offset: true });
/** A free-text note. */
const NoteSchema = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

/**
 * One answer: a level 0–4, "don't know" or "not applicable".
 * @example 3
 * @example 'dont-know'
 */
export const AnswerValueSchema = z.literal([0, 1, 2, 3, 4, 'dont-know', 'not-applicable']);

/** Answers and notes kept aside because the content no longer has their questions. */
export const SetAsideSchema = z.object({
  /** Answers keyed by the id of a question the content no longer has. */
  answers: z.record(IdSchema, AnswerValueSchema),
  /** Notes keyed by the id of a question the content no longer has. */
  notes: z.record(IdSchema, NoteSchema),
});

/** A number of weeks or a target: a whole number in a sane range. */
const WeekSchema = z.int().check(z.minimum(0), z.maximum(520));

/** A criterion weight or an option score on the packaged-vs-custom page: a whole number 0–5. */
const DecisionPointsSchema = z.int().check(z.minimum(0), z.maximum(5));
/** An amount of money or a count in the cost comparison, within the content's bounds. */
const AmountSchema = z.number().check(z.minimum(0), z.maximum(100_000_000));

/** One option's cost figures the user changed; a missing figure keeps its default. */
export const DecisionTcoFiguresSchema = z.object({
  subscriptionPerUserMonth: z.optional(AmountSchema),
  licencePerUser: z.optional(AmountSchema),
  implementation: z.optional(AmountSchema),
  customization: z.optional(AmountSchema),
  integration: z.optional(AmountSchema),
  dataMigration: z.optional(AmountSchema),
  training: z.optional(AmountSchema),
  internalStaffPerYear: z.optional(AmountSchema),
  hostingPerYear: z.optional(AmountSchema),
  /** Yearly maintenance as a percentage of licences and customization. */
  maintenancePercent: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
  upgradesPerYear: z.optional(AmountSchema),
});

/** The packaged-vs-custom choices saved with an assessment (issue #6): changes to the defaults. */
export const DecisionPlanSchema = z.object({
  /**
   * Criterion weights 0–5 the user set.
   * @example { "erp-integration": 5, "vendor-roadmap": 0 }
   */
  weights: z.record(IdSchema, DecisionPointsSchema),
  /**
   * Option scores 0–5 the user set, by criterion id, then option id.
   * @example { "specific-fit": { "packaged-saas": 2 } }
   */
  scores: z.record(IdSchema, z.record(IdSchema, DecisionPointsSchema)),
  /** Cost inputs the user changed. */
  tco: z.object({
    /**
     * ISO 4217 code of the figures; amounts are never converted.
     * @example 'EUR'
     */
    currency: z.optional(z.string().check(z.regex(/^[A-Z]{3}$/))),
    /** Horizon in whole years. */
    years: z.optional(z.int().check(z.minimum(1), z.maximum(10))),
    /** Number of CRM users. */
    users: z.optional(z.number().check(z.minimum(0), z.maximum(100_000))),
    /** Figures the user changed, by option id. */
    figures: z.record(IdSchema, DecisionTcoFiguresSchema),
  }),
});

/** A calendar day. */
const DateSchema = z.iso.date();
/** A short progress note or reason. */
const ProgressNoteSchema = z.string().check(z.maxLength(MAX_PROGRESS_NOTE_LENGTH));
/** A measured or target value in a KPI's unit. */
const KpiValueSchema = z.number().check(z.minimum(-MAX_KPI_VALUE), z.maximum(MAX_KPI_VALUE));

/** The recorded progress of one initiative (issue #16). */
export const InitiativeProgressSchema = z
  .object({
    /** Where it stands. */
    status: z.enum(INITIATIVE_STATUSES),
    /** Why it was dropped: required when `status` is `dropped`. */
    reason: z.optional(ProgressNoteSchema),
    /**
     * The day work actually started.
     * @example '2027-02-01'
     */
    actualStart: z.optional(DateSchema),
    /** The day work actually finished. */
    actualFinish: z.optional(DateSchema),
    /** A short progress note. */
    note: z.optional(ProgressNoteSchema),
  })
  .check(
    z.refine((p) => p.status !== 'dropped' || (p.reason ?? '').trim() !== '', {
      message: 'a dropped initiative needs a reason',
    }),
  );

/** One measurement of a KPI (issue #16). */
export const KpiMeasurementSchema = z.object({
  /**
   * The day it was measured.
   * @example '2027-03-31'
   */
  date: DateSchema,
  /** The value in the KPI's unit. */
  value: KpiValueSchema,
  note: z.optional(ProgressNoteSchema),
});

/** The results page's choices saved with an assessment. */
export const PlanSchema = z.object({
  /** The ambition preset the targets started from. */
  ambition: z.enum(['foundation', 'competitive', 'leading']),
  /** Per-dimension targets 0–100. */
  targets: z.record(IdSchema, z.int().check(z.minimum(0), z.maximum(100))),
  /** An earlier assessment to compare with. */
  compareWith: z.optional(IdSchema),
  /** Channel rollout order. */
  channelOrder: z.optional(z.readonly(z.array(IdSchema).check(z.maxLength(10)))),
  /**
   * First day of the plan.
   * @example '2027-01-04'
   */
  planStart: z.optional(z.iso.date()),
  /** Initiatives taken out of the plan. */
  excluded: z.readonly(z.array(IdSchema).check(z.maxLength(500))),
  /** Start weeks chosen by the user. */
  startWeeks: z.record(IdSchema, WeekSchema),
  /** Owners named by the user. */
  owners: z.record(IdSchema, LabelSchema),
  /** The user's figures per KPI. */
  kpis: z.record(
    IdSchema,
    z.object({
      baseline: z.optional(LabelSchema),
      target: z.optional(LabelSchema),
      frequency: z.optional(z.enum(['weekly', 'monthly', 'quarterly', 'yearly'])),
      /** The baseline as a number, at the plan start (issue #16). */
      baselineValue: z.optional(KpiValueSchema),
      /** The target as a number (issue #16). */
      targetValue: z.optional(KpiValueSchema),
      /** The day the target is due (issue #16). */
      targetDate: z.optional(DateSchema),
    }),
  ),
  /** The packaged-vs-custom page's choices; absent until the user makes one. */
  decision: z.optional(DecisionPlanSchema),
  /** Recorded progress by initiative id (issue #16). */
  progress: z.optional(z.record(IdSchema, InitiativeProgressSchema)),
  /** Measurements by KPI id (issue #16). */
  measurements: z.optional(
    z.record(
      IdSchema,
      z.readonly(z.array(KpiMeasurementSchema).check(z.maxLength(MAX_MEASUREMENTS_PER_KPI))),
    ),
  ),
  /** The day to assess again; six months after the plan start when absent (issue #16). */
  reassessOn: z.optional(DateSchema),
  /** Initiatives brought over from the previous run (issue #16). */
  carriedOver: z.optional(z.readonly(z.array(IdSchema).check(z.maxLength(500)))),
});

/** A workshop participant's link to the workshop (issue #7); see workshop-file.ts for the rest. */
const ParticipationSchema = z.object({
  /** The workshop the answers are handed back to. */
  workshopId: IdSchema,
  /** Who is answering, as the invitation named them. */
  participant: z.object({ id: IdSchema, name: LabelSchema, role: z.enum(ROLE_IDS) }),
});

/** The assessment object; `AssessmentSchema` below is this, typed as `Assessment`. */
const AssessmentObjectSchema = z.object({
  /** Random, stable id (a UUID where the platform has one). */
  id: IdSchema,
  /** The assessment's own name. */
  name: LabelSchema,
  /** The organization assessed. */
  organization: LabelSchema,
  /** Who is assessing; may be empty. */
  assessor: LabelSchema,
  /**
   * When the assessment was created.
   * @example '2025-03-07T09:30:00.000Z'
   */
  createdAt: TimestampSchema,
  /**
   * When an answer, note or detail last changed.
   * @example '2025-03-14T16:05:12.000Z'
   */
  updatedAt: TimestampSchema,
  /** The content version the answers were given against (content/meta.yaml). */
  contentVersion: z.int().check(z.minimum(1)),
  /**
   * Quick scan or full assessment (from schema version 2; older records are migrated as full).
   * @example 'quick'
   */
  mode: z.enum(ASSESSMENT_MODES),
  /**
   * Organization-profile answers keyed by field id: one option id, or several for `multiple`.
   * @example { "company-size": "small", "channels": ["email", "phone"] }
   */
  profile: z.record(
    IdSchema,
    z.union([IdSchema, z.readonly(z.array(IdSchema).check(z.maxLength(MAX_PROFILE_OPTIONS)))]),
  ),
  /**
   * Answers keyed by question id; a missing key is an unanswered question.
   * @example { "strategy-executive-sponsor": 2, "technology-erp-integration": "not-applicable" }
   */
  answers: z.partialRecord(IdSchema, AnswerValueSchema),
  /** Free-text notes keyed by question id. */
  notes: z.record(IdSchema, NoteSchema),
  /** The wizard step where the user left off (`details`, `profile`, a dimension id, or `review`). */
  position: IdSchema,
  /** Answers and notes to questions the content no longer has. */
  setAside: SetAsideSchema,
  /** The results page's choices; absent until the user makes one. */
  plan: z.optional(PlanSchema),
  /** Set when a workshop participant answers: the workshop and who is answering. */
  participation: z.optional(ParticipationSchema),
  /** The organization this assessment is a run of; links the runs of a trend (issue #16). */
  organizationId: z.optional(IdSchema),
  /** The earlier assessment this one was started from (issue #16). */
  previousId: z.optional(IdSchema),
});

/** True when A and B are assignable to each other. */
type IsMutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when the schema and the `Assessment` interface drift apart. */
type AssertTrue<T extends true> = T;
/** Compile-time proof that the schema's output is exactly an `Assessment`, both ways. */
export type AssessmentSchemaMatchesInterface = AssertTrue<
  IsMutuallyAssignable<z.infer<typeof AssessmentObjectSchema>, Assessment>
>;

/** One assessment, validated at run time. Its output type is the `Assessment` interface. */
export const AssessmentSchema: z.ZodMiniType<Assessment> = AssessmentObjectSchema;

/** A schema version: a whole number from 1. */
const SchemaVersionSchema = z.int().check(z.minimum(1));

/** What localStorage holds for one assessment. */
export const StoredAssessmentSchema = z.object({
  /** The shape version the assessment was stored with (`ASSESSMENT_SCHEMA_VERSION`). */
  schemaVersion: SchemaVersionSchema,
  /** The assessment itself. */
  assessment: AssessmentSchema,
});

/** One stored assessment with its schema version. */
export type StoredAssessment = z.infer<typeof StoredAssessmentSchema>;

/** An exported assessment file, also the payload of a share link. */
export const AssessmentExportSchema = z.object({
  /** Tells our files apart from any other JSON: always `crm-readiness/assessment`. */
  format: z.literal(ASSESSMENT_EXPORT_FORMAT),
  /** The shape version the file was written with (`ASSESSMENT_SCHEMA_VERSION`). */
  schemaVersion: SchemaVersionSchema,
  /**
   * When the file was exported.
   * @example '2025-03-14T16:10:00.000Z'
   */
  exportedAt: TimestampSchema,
  /** The assessment itself. */
  assessment: AssessmentSchema,
});

/** An exported assessment file. */
export type AssessmentExport = z.infer<typeof AssessmentExportSchema>;
