/**
 * Schemas of the authored content in `content/`. They use Astro's bundled zod 3 (`astro/zod`)
 * because `defineCollection` requires it; browser code imports only the inferred types.
 */
import { z } from 'astro/zod';
import { PHASE_IDS } from '../scoring/model';

/** The languages every user-facing string must exist in. */
export const CONTENT_LOCALES = ['en', 'es'] as const;
/** One content language. */
export type ContentLocale = (typeof CONTENT_LOCALES)[number];

/**
 * A user-facing string in both languages; a missing or empty translation is rejected.
 * @example { en: 'Strategy', es: 'Estrategia' }
 */
export const LocalizedTextSchema = z
  .object({
    en: z
      .string({ required_error: 'the English text is missing' })
      .trim()
      .min(1, 'the English text is empty'),
    es: z
      .string({ required_error: 'the Spanish text is missing' })
      .trim()
      .min(1, 'the Spanish text is empty'),
  })
  .strict();
/** A user-facing string in both languages. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** A stable kebab-case id, e.g. `strategy-executive-sponsor`. Ids are never reused once retired. */
export const ContentIdSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'an id must be lowercase kebab-case, e.g. "strategy-executive-sponsor"',
  );

/** A ProCheck phase id. */
export const PhaseIdSchema = z.enum(PHASE_IDS);

/** An integer weight from 1 to 3. */
export const WeightSchema = z.number().int('a weight must be a whole number').min(1).max(3);

/** One question: a prompt, why it matters, and five behaviourally anchored levels 0–4. */
export const QuestionSchema = z
  .object({
    /** Stable id, starting with its dimension's id. */
    id: ContentIdSchema,
    /** The phase the question belongs to; defaults to its dimension's first phase. */
    phase: PhaseIdSchema.optional(),
    weight: WeightSchema,
    /** A gate: level 0 or 1 blocks the "ready" verdicts. */
    critical: z.boolean().default(false),
    /** Whether "not applicable" is an allowed answer. Never for a critical question. */
    notApplicable: z.boolean().default(false),
    prompt: LocalizedTextSchema,
    /** "Why it matters", one to three sentences. */
    why: LocalizedTextSchema,
    /** Exactly five descriptions, level 0 first. */
    levels: z.array(LocalizedTextSchema).length(5, 'a question needs exactly five levels (0 to 4)'),
  })
  .strict()
  .refine((q) => !(q.critical && q.notApplicable), {
    message: 'a critical question cannot allow "not applicable"',
    path: ['notApplicable'],
  });
/** One question as authored. */
export type Question = z.infer<typeof QuestionSchema>;

/** One dimension file: `content/dimensions/<id>.yaml`. */
export const DimensionSchema = z
  .object({
    /** Must equal the file name. */
    id: ContentIdSchema,
    /** Display order, from 1. */
    order: z.number().int().positive(),
    /** The ProCheck phase(s) this dimension belongs to, the default phase first. */
    phases: z.array(PhaseIdSchema).min(1),
    weight: WeightSchema,
    title: LocalizedTextSchema,
    summary: LocalizedTextSchema,
    questions: z.array(QuestionSchema).min(1, 'a dimension needs at least one question'),
  })
  .strict()
  .superRefine((dimension, ctx) => {
    const seen = new Set<string>();
    dimension.questions.forEach((question, i) => {
      if (!question.id.startsWith(`${dimension.id}-`)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['questions', i, 'id'],
          message: `a question id must start with "${dimension.id}-"`,
        });
      }
      if (seen.has(question.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['questions', i, 'id'],
          message: `duplicate question id "${question.id}"`,
        });
      }
      seen.add(question.id);
      if (question.phase && !dimension.phases.includes(question.phase)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['questions', i, 'phase'],
          message: `phase "${question.phase}" is not one of this dimension's phases (${dimension.phases.join(', ')})`,
        });
      }
    });
  });
/** One dimension as authored. */
export type Dimension = z.infer<typeof DimensionSchema>;

/** One choice of an organization-profile question. */
export const ProfileOptionSchema = z
  .object({ id: ContentIdSchema, label: LocalizedTextSchema })
  .strict();

/** One organization-profile question: pick one option, or several. */
export const ProfileFieldSchema = z
  .object({
    id: ContentIdSchema,
    /** `single`: one option (radio buttons); `multiple`: any number (checkboxes). */
    kind: z.enum(['single', 'multiple']),
    label: LocalizedTextSchema,
    hint: LocalizedTextSchema.optional(),
    options: z.array(ProfileOptionSchema).min(2),
  })
  .strict();
/** One organization-profile question. */
export type ProfileField = z.infer<typeof ProfileFieldSchema>;

/** `content/profile.yaml`: the organization-profile questions asked before the questionnaire. */
export const ProfileSchema = z
  .object({
    title: LocalizedTextSchema,
    intro: LocalizedTextSchema,
    fields: z.array(ProfileFieldSchema).min(1),
  })
  .strict();
/** The organization profile as authored. */
export type Profile = z.infer<typeof ProfileSchema>;

/** `content/meta.yaml`: the content version and the ids that may never be used again. */
export const MetaSchema = z
  .object({
    /** Bumped whenever a question changes meaning. */
    contentVersion: z.number().int().positive(),
    /** Ids of questions, dimensions, initiatives or KPIs that were removed. */
    retiredIds: z.array(ContentIdSchema).default([]),
  })
  .strict();
/** The content metadata. */
export type Meta = z.infer<typeof MetaSchema>;
