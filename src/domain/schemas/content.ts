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

/**
 * One level's description. `small`, when given, is how the same level reads in a micro or small
 * organization (fewer than 50 people), where mid-size governance (a steering committee, a RACI,
 * load tests) takes a lighter but equally observable form; the organization profile's size picks it.
 * @example { en: 'A steering committee meets monthly…', es: '…', small: { en: 'The owner and the sales lead meet monthly…', es: '…' } }
 */
export const LevelTextSchema = LocalizedTextSchema.extend({
  small: LocalizedTextSchema.optional(),
}).strict();
/** One level's description, with its optional small-organization wording. */
export type LevelText = z.infer<typeof LevelTextSchema>;

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
    levels: z.array(LevelTextSchema).length(5, 'a question needs exactly five levels (0 to 4)'),
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

/** How often a KPI is reviewed. */
export const KpiFrequencySchema = z.enum(['weekly', 'monthly', 'quarterly', 'yearly']);
/** The unit a KPI is measured in. */
export const KpiUnitSchema = z.enum([
  'percent',
  'days',
  'hours',
  'currency',
  'count',
  'score',
  'ratio',
]);

/** One KPI of the library: `content/kpis/<id>.yaml`. */
export const KpiSchema = z
  .object({
    /** Must equal the file name. */
    id: ContentIdSchema,
    name: LocalizedTextSchema,
    /** What it measures and how, with its formula. */
    definition: LocalizedTextSchema,
    unit: KpiUnitSchema,
    /** Whether a higher or a lower value is better. */
    direction: z.enum(['higher', 'lower']),
    /** A suggested target, in words (e.g. "+5 points within 12 months"). */
    suggestedTarget: LocalizedTextSchema,
    frequency: KpiFrequencySchema,
  })
  .strict();
/** One KPI as authored. */
export type Kpi = z.infer<typeof KpiSchema>;

/** A low / medium / high rating. */
export const RatingSchema = z.enum(['low', 'medium', 'high']);

/**
 * When an initiative is needed: the question answered at `atOrBelow` or lower, or "don't know".
 * @example { question: 'strategy-executive-sponsor', atOrBelow: 2 }
 */
export const TriggerSchema = z
  .object({
    question: ContentIdSchema,
    atOrBelow: z.number().int().min(0).max(3),
  })
  .strict();

/** The four interaction channels of the ProCheck method. */
export const CHANNEL_IDS = [
  'sales-force',
  'distribution-channel',
  'internet',
  'contact-center',
] as const;
/** One interaction channel. */
export const ChannelIdSchema = z.enum(CHANNEL_IDS);

/** One initiative of the action library: `content/initiatives/<id>.yaml`. */
export const InitiativeSchema = z
  .object({
    /** Must equal the file name. */
    id: ContentIdSchema,
    phase: PhaseIdSchema,
    /** The dimension whose gap it closes. */
    dimension: ContentIdSchema,
    /** Change-management work runs alongside the phases rather than in sequence. */
    changeManagement: z.boolean().default(false),
    /** For channel rollouts: the channel it brings into operation (only if the organization uses it). */
    channel: ChannelIdSchema.optional(),
    title: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** Any one of these triggers it; an initiative with `always: true` needs none. */
    triggers: z.array(TriggerSchema).default([]),
    always: z.boolean().default(false),
    /** Duration in weeks for a medium-sized organization; scaled for others. */
    weeks: z.number().int().min(1).max(52),
    effort: RatingSchema,
    impact: RatingSchema,
    /** Initiatives that must finish before this one starts. */
    dependsOn: z.array(ContentIdSchema).default([]),
    /**
     * Where the plan's clock pins it: `project-start` work (sponsor, team, kick-off) is done in the
     * first weeks; `first-go-live` work (post-go-live support) starts when the first channel goes live;
     * `before-first-go-live` work (the business case, training, the plan for life after go-live) is in
     * the plan and ends by the first go-live, as every analysis-phase initiative does.
     */
    anchor: z.enum(['project-start', 'first-go-live', 'before-first-go-live']).optional(),
    /** Taken only when the organization uses at least this many channels (e.g. channel coordination). */
    minChannels: z.number().int().min(2).max(4).optional(),
    /** The role that owns it, e.g. "Executive sponsor". */
    owner: LocalizedTextSchema,
    /** KPI ids that track it. */
    kpis: z.array(ContentIdSchema).min(1, 'an initiative needs at least one KPI to track it'),
    /** The deliverable that marks its end, for milestones. */
    milestone: LocalizedTextSchema,
  })
  .strict()
  .refine((i) => i.always || i.triggers.length > 0 || i.channel !== undefined, {
    message: 'an initiative needs triggers, a channel, or `always: true`',
    path: ['triggers'],
  });
/** One initiative as authored. */
export type Initiative = z.infer<typeof InitiativeSchema>;

/** The four ways of getting a CRM that the decision page compares. */
export const OPTION_IDS = [
  'packaged-saas',
  'packaged-on-premise',
  'custom-development',
  'hybrid-platform',
] as const;
/** One way of getting a CRM. */
export const OptionIdSchema = z.enum(OPTION_IDS);

/** An option's score on one criterion (0–5) and why. */
export const OptionScoreSchema = z
  .object({
    score: z.number().int().min(0).max(5),
    reason: LocalizedTextSchema,
  })
  .strict();

/**
 * A condition on the assessment that changes a criterion's default weight.
 * @example { profile: 'company-size', in: ['micro', 'small'], weightChange: 1 }
 * @example { dimension: 'technology', scoreBelow: 40, weightChange: 1 }
 */
export const WeightAdjustmentSchema = z
  .object({
    /** A profile field id and the option ids that trigger the change. */
    profile: ContentIdSchema.optional(),
    in: z.array(ContentIdSchema).optional(),
    /** Or a dimension whose score is below a threshold. */
    dimension: ContentIdSchema.optional(),
    scoreBelow: z.number().int().min(1).max(100).optional(),
    weightChange: z.number().int().min(-2).max(2),
    reason: LocalizedTextSchema,
  })
  .strict()
  .refine(
    (a) =>
      (a.profile !== undefined && a.in !== undefined) !==
      (a.dimension !== undefined && a.scoreBelow !== undefined),
    {
      message: 'give either `profile` with `in`, or `dimension` with `scoreBelow`',
    },
  );

/** Some options' scores (0–5) on one criterion for one company size; options not named keep theirs. */
export const SizeScoresSchema = z
  .object({
    'packaged-saas': z.number().int().min(0).max(5).optional(),
    'packaged-on-premise': z.number().int().min(0).max(5).optional(),
    'custom-development': z.number().int().min(0).max(5).optional(),
    'hybrid-platform': z.number().int().min(0).max(5).optional(),
  })
  .strict();

/**
 * How a criterion's option scores depend on the organization's size, and why. The criterion's
 * `scores` hold for a medium organization (and when the size is not known); each size given here
 * replaces the scores it names.
 * @example { reason: { en: '…', es: '…' }, micro: { custom-development: 0 }, large: { custom-development: 2 } }
 */
export const SizeScalingSchema = z
  .object({
    /** Why the option scores move with size, shown beside the scores. */
    reason: LocalizedTextSchema,
    micro: SizeScoresSchema.optional(),
    small: SizeScoresSchema.optional(),
    large: SizeScoresSchema.optional(),
  })
  .strict()
  .refine((s) => s.micro !== undefined || s.small !== undefined || s.large !== undefined, {
    message: 'give the scores of at least one size (micro, small or large)',
  });

/** One packaged-vs-custom criterion: `content/criteria/<id>.yaml`. */
export const CriterionSchema = z
  .object({
    /** Must equal the file name. */
    id: ContentIdSchema,
    order: z.number().int().positive(),
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** 1 (minor) to 5 (decisive). */
    defaultWeight: z.number().int().min(1).max(5),
    /** A score with its reason for each of the four options. */
    scores: z
      .object({
        'packaged-saas': OptionScoreSchema,
        'packaged-on-premise': OptionScoreSchema,
        'custom-development': OptionScoreSchema,
        'hybrid-platform': OptionScoreSchema,
      })
      .strict(),
    /** How the assessment's answers move the default weight. */
    adjustments: z.array(WeightAdjustmentSchema).default([]),
    /** Option scores that depend on the organization's size, with the reason. */
    sizeScaling: SizeScalingSchema.optional(),
  })
  .strict();
/** One criterion as authored. */
export type Criterion = z.infer<typeof CriterionSchema>;

/** A non-negative amount of money or a count, with a sane upper bound. */
const AmountSchema = z.number().min(0).max(100_000_000);

/** One option's cost figures, in the default currency. */
export const TcoFiguresSchema = z
  .object({
    /** Subscription per user and month (SaaS, hybrid platforms). */
    subscriptionPerUserMonth: AmountSchema,
    /** One-off licence per user (on-premise). */
    licencePerUser: AmountSchema,
    implementation: AmountSchema,
    customization: AmountSchema,
    /** ERP and e-mail integration. */
    integration: AmountSchema,
    dataMigration: AmountSchema,
    training: AmountSchema,
    /** Internal staff running the CRM, per year. */
    internalStaffPerYear: AmountSchema,
    hostingPerYear: AmountSchema,
    /** Yearly maintenance as a percentage of licences and customization. */
    maintenancePercent: z.number().min(0).max(100),
    /** Upgrades and re-customization, per year on average. */
    upgradesPerYear: AmountSchema,
  })
  .strict();
/** One option's cost figures. */
export type TcoFigures = z.infer<typeof TcoFiguresSchema>;

/** Cost defaults for one company size. */
export const TcoDefaultsSchema = z
  .object({
    users: z.number().int().min(1).max(100_000),
    options: z
      .object({
        'packaged-saas': TcoFiguresSchema,
        'packaged-on-premise': TcoFiguresSchema,
        'custom-development': TcoFiguresSchema,
        'hybrid-platform': TcoFiguresSchema,
      })
      .strict(),
  })
  .strict();

/** `content/decision.yaml`: the four options and the cost defaults by company size. */
export const DecisionSchema = z
  .object({
    options: z
      .array(
        z
          .object({
            id: OptionIdSchema,
            name: LocalizedTextSchema,
            description: LocalizedTextSchema,
          })
          .strict(),
      )
      .length(4, 'give exactly the four options'),
    /** ISO 4217 code of the default figures, e.g. EUR. */
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'a currency is a three-letter ISO 4217 code, e.g. EUR'),
    tcoDefaults: z
      .object({
        micro: TcoDefaultsSchema,
        small: TcoDefaultsSchema,
        medium: TcoDefaultsSchema,
        large: TcoDefaultsSchema,
      })
      .strict(),
  })
  .strict();
/** The decision content as authored. */
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * `content/quick-scan.yaml`: the questions of the quick scan, by id, in no particular order (the
 * wizard keeps the questionnaire's order). Cross-file rules (every id exists, every critical question
 * and every area is in it) are checked over the whole content in `check-quick-scan.ts`.
 * @example { questions: ['strategy-executive-sponsor', 'strategy-business-strategy'] }
 */
export const QuickScanSchema = z
  .object({
    questions: z
      .array(ContentIdSchema)
      .min(1, 'the quick scan needs at least one question')
      .superRefine((ids, ctx) => {
        const seen = new Set<string>();
        ids.forEach((id, i) => {
          if (seen.has(id)) {
            ctx.addIssue({
              code: z.ZodIssueCode.custom,
              path: [i],
              message: `"${id}" is listed twice`,
            });
          }
          seen.add(id);
        });
      }),
  })
  .strict();
/** The quick scan as authored. */
export type QuickScan = z.infer<typeof QuickScanSchema>;
