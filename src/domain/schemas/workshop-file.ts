/**
 * Run-time schemas for workshop mode (issue #7): the invitation a participant receives, the
 * submission they hand back, and the facilitator's own backup of the workshop, each as a JSON
 * file; plus the compact payload of a submission code. They use `zod/mini`, like
 * assessment-file.ts, because they ship to the browser.
 */
import * as z from 'zod/mini';
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '../assessment/assessment';
import {
  ROLE_IDS,
  type AgreedAnswer,
  type Invitation,
  type Participant,
  type Submission,
  type Workshop,
} from '../workshop/workshop';
import { CONSENSUS_RULE_IDS } from '../workshop/consensus-rule';
import { AnswerValueSchema, MAX_ID_LENGTH } from './assessment-file';
import {
  INVITATION_FILE_FORMAT,
  MAX_PARTICIPANTS,
  SUBMISSION_FILE_FORMAT,
  WORKSHOP_FILE_FORMAT,
} from './file-formats';

export {
  INVITATION_FILE_FORMAT,
  MAX_PARTICIPANTS,
  SUBMISSION_FILE_FORMAT,
  WORKSHOP_FILE_FORMAT,
} from './file-formats';

/** Longest answer string of a submission code: one character per question of the content. */
export const MAX_CODE_QUESTIONS = 2000;

/** An id: workshop, participant or question. */
const IdSchema = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
/** A name, organization or facilitator. */
const LabelSchema = z.string().check(z.maxLength(MAX_LABEL_LENGTH));
/** An ISO 8601 timestamp, as `Date.prototype.toISOString` writes it (an offset is accepted too). */
const TimestampSchema = z.iso.datetime({ offset: true });
/** The content version answers were given against (content/meta.yaml). */
const ContentVersionSchema = z.int().check(z.minimum(1));
/** A schema version: a whole number from 1. */
const SchemaVersionSchema = z.int().check(z.minimum(1));

/**
 * A participant's role.
 * @example 'executive'
 */
export const RoleSchema = z.enum(ROLE_IDS);

/**
 * Answers keyed by question id; a missing key is an unanswered question.
 * @example { "strategy-executive-sponsor": 2, "technology-erp-integration": "not-applicable" }
 */
const AnswersSchema = z.partialRecord(IdSchema, AnswerValueSchema);

const ParticipantObjectSchema = z.object({
  /** Random, stable id (a UUID where the platform has one). */
  id: IdSchema,
  /** The participant's name as the facilitator wrote it; may be empty. */
  name: LabelSchema,
  /** The participant's role, for comparing groups. */
  role: RoleSchema,
});

/** A free-text note or reason. */
const NoteSchema = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

const SubmissionRoundObjectSchema = z.object({
  /** Only a second round exists. */
  number: z.literal(2),
  /** When the round started: it names the round. */
  startedAt: TimestampSchema,
  /** Reasons by question id. */
  reasons: z.record(IdSchema, NoteSchema),
});

const SubmissionObjectSchema = z.object({
  /** The workshop the answers belong to. */
  workshopId: IdSchema,
  /** The content version the answers were given against. */
  contentVersion: ContentVersionSchema,
  /** Who answered: a participant id of the workshop. */
  participantId: IdSchema,
  /** The participant's role, as the invitation named it. */
  role: RoleSchema,
  /** The answers. */
  answers: AnswersSchema,
  /**
   * When the participant handed the answers over.
   * @example '2025-05-06T10:42:00.000Z'
   */
  submittedAt: TimestampSchema,
  /** Absent for round 1; the round answered otherwise (#18). */
  round: z.optional(SubmissionRoundObjectSchema),
});

/** A count of answers. */
const CountSchema = z.int().check(z.minimum(0), z.maximum(MAX_PARTICIPANTS));

const RoundQuestionObjectSchema = z.object({
  questionId: IdSchema,
  /** How many gave each level 0–4 in round 1. */
  distribution: z.readonly(
    z.tuple([CountSchema, CountSchema, CountSchema, CountSchema, CountSchema]),
  ),
  dontKnow: CountSchema,
  /** The note the facilitator shared; may be empty. */
  note: NoteSchema,
});

const InvitationRoundObjectSchema = z.object({
  number: z.literal(2),
  startedAt: TimestampSchema,
  questions: z.readonly(z.array(RoundQuestionObjectSchema).check(z.maxLength(MAX_CODE_QUESTIONS))),
});

const RoundTwoObjectSchema = z.object({
  startedAt: TimestampSchema,
  questionIds: z.readonly(z.array(IdSchema).check(z.maxLength(MAX_CODE_QUESTIONS))),
  sharedNotes: z.record(IdSchema, NoteSchema),
  submissions: z.readonly(z.array(SubmissionObjectSchema).check(z.maxLength(MAX_PARTICIPANTS))),
});

const AgreedAnswerObjectSchema = z.object({
  /** The level (or don't-know / N/A) the team agreed on. */
  value: AnswerValueSchema,
  /** What was said; may be empty. */
  note: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
});

const InvitationObjectSchema = z.object({
  /** The workshop to hand answers back to. */
  workshopId: IdSchema,
  /** The organization assessed, to show the participant what they are answering for. */
  organization: LabelSchema,
  /** The content version to answer against. */
  contentVersion: ContentVersionSchema,
  /** The participant invited. */
  participant: ParticipantObjectSchema,
  /** A second round's questions with round 1's distribution (#18). */
  round: z.optional(InvitationRoundObjectSchema),
});

const WorkshopObjectSchema = z.object({
  /** Random, stable id (a UUID where the platform has one). */
  id: IdSchema,
  /** The organization assessed. */
  organization: LabelSchema,
  /**
   * The day of the workshop.
   * @example '2025-05-06'
   */
  date: z.iso.date(),
  /** Who runs the workshop; may be empty. */
  facilitator: LabelSchema,
  /** The content version every submission must match. */
  contentVersion: ContentVersionSchema,
  /** Everyone invited. */
  participants: z.readonly(z.array(ParticipantObjectSchema).check(z.maxLength(MAX_PARTICIPANTS))),
  /** The answers handed back, at most one per participant. */
  submissions: z.readonly(z.array(SubmissionObjectSchema).check(z.maxLength(MAX_PARTICIPANTS))),
  /** What the team agreed, by question id. */
  agreed: z.record(IdSchema, AgreedAnswerObjectSchema),
  /** Whether individual answers are shown to the facilitator. */
  showIndividual: z.boolean(),
  /**
   * The consensus rule fixed at setup (#18); absent in workshops from before, read as `range`.
   * @example 'near-median'
   */
  consensusRule: z.optional(z.enum(CONSENSUS_RULE_IDS)),
  /** The second round, once started (#18). */
  roundTwo: z.optional(RoundTwoObjectSchema),
  /** Whether the live distribution is hidden until everyone has handed in (#18). */
  hideDistribution: z.optional(z.boolean()),
  /** The consolidated assessment's id, once the facilitator made it. */
  assessmentId: z.optional(IdSchema),
  /** When the workshop was set up. */
  createdAt: TimestampSchema,
  /** When anything in the workshop last changed. */
  updatedAt: TimestampSchema,
});

/** True when A and B are assignable to each other. */
type IsMutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when a schema and its interface drift apart. */
type AssertTrue<T extends true> = T;
/** Compile-time proof that each schema's output is exactly its interface in workshop.ts, both ways. */
export type WorkshopSchemasMatchInterfaces = [
  AssertTrue<IsMutuallyAssignable<z.infer<typeof ParticipantObjectSchema>, Participant>>,
  AssertTrue<IsMutuallyAssignable<z.infer<typeof SubmissionObjectSchema>, Submission>>,
  AssertTrue<IsMutuallyAssignable<z.infer<typeof AgreedAnswerObjectSchema>, AgreedAnswer>>,
  AssertTrue<IsMutuallyAssignable<z.infer<typeof InvitationObjectSchema>, Invitation>>,
  AssertTrue<IsMutuallyAssignable<z.infer<typeof WorkshopObjectSchema>, Workshop>>,
];

/** One participant, validated at run time. */
export const ParticipantSchema: z.ZodMiniType<Participant> = ParticipantObjectSchema;
/** One submission, validated at run time. */
export const SubmissionSchema: z.ZodMiniType<Submission> = SubmissionObjectSchema;
/** One agreed answer, validated at run time. */
export const AgreedAnswerSchema: z.ZodMiniType<AgreedAnswer> = AgreedAnswerObjectSchema;
/** One invitation, validated at run time. */
export const InvitationSchema: z.ZodMiniType<Invitation> = InvitationObjectSchema;
/** One workshop, validated at run time (its internal consistency is checked apart). */
export const WorkshopSchema: z.ZodMiniType<Workshop> = WorkshopObjectSchema;

/** An invitation file, as a participant receives it. */
export const InvitationFileSchema = z.object({
  /** Tells our files apart from any other JSON: always `crm-readiness/workshop-invitation`. */
  format: z.literal(INVITATION_FILE_FORMAT),
  /** The shape version the file was written with (`WORKSHOP_SCHEMA_VERSION`). */
  schemaVersion: SchemaVersionSchema,
  /** The invitation itself. */
  invitation: InvitationSchema,
});
/** An invitation file. */
export type InvitationFile = z.infer<typeof InvitationFileSchema>;

/** A submission file, as a participant hands it back. */
export const SubmissionFileSchema = z.object({
  /** Tells our files apart from any other JSON: always `crm-readiness/workshop-submission`. */
  format: z.literal(SUBMISSION_FILE_FORMAT),
  /** The shape version the file was written with (`WORKSHOP_SCHEMA_VERSION`). */
  schemaVersion: SchemaVersionSchema,
  /** The submission itself. */
  submission: SubmissionSchema,
});
/** A submission file. */
export type SubmissionFile = z.infer<typeof SubmissionFileSchema>;

/** The facilitator's workshop file: everything needed to carry on elsewhere. */
export const WorkshopFileSchema = z.object({
  /** Tells our files apart from any other JSON: always `crm-readiness/workshop`. */
  format: z.literal(WORKSHOP_FILE_FORMAT),
  /** The shape version the file was written with (`WORKSHOP_SCHEMA_VERSION`). */
  schemaVersion: SchemaVersionSchema,
  /** The workshop itself. */
  workshop: WorkshopSchema,
});
/** A workshop file. */
export type WorkshopFile = z.infer<typeof WorkshopFileSchema>;

/**
 * The payload of a submission code (`CRMS1.…`), kept short because people paste it: one
 * character per question instead of the question ids. See submission-code.ts.
 */
export const SubmissionCodePayloadSchema = z.object({
  /** `workshopId`. */
  w: IdSchema,
  /** `contentVersion`. */
  v: ContentVersionSchema,
  /** `participantId`. */
  p: IdSchema,
  /** `role`. */
  r: RoleSchema,
  /** `submittedAt`. */
  t: TimestampSchema,
  /**
   * Fingerprint of the sorted question ids `a` refers to: 8 hex digits.
   * @example '9e3779b9'
   */
  k: z.string().check(z.regex(/^[0-9a-f]{8}$/)),
  /**
   * One character per question id, in sorted order: `0`–`4`, `d` (don't know),
   * `n` (not applicable) or `-` (unanswered).
   * @example '34-d2n0'
   */
  a: z.string().check(z.maxLength(MAX_CODE_QUESTIONS), z.regex(/^[0-4dn-]*$/)),
  /** Answers to questions outside that list, by id; absent when there are none. */
  x: z.optional(AnswersSchema),
  /** A second round's mark (#18): `startedAt` and the reasons by question id. */
  n: z.optional(z.object({ s: TimestampSchema, y: z.record(IdSchema, NoteSchema) })),
});
/** The payload of a submission code. */
export type SubmissionCodePayload = z.infer<typeof SubmissionCodePayloadSchema>;
