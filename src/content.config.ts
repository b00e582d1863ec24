/** Content collections: glob loaders over the top-level content/ folder, schemas from src/domain. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  CriterionSchema,
  DecisionSchema,
  DimensionSchema,
  InitiativeSchema,
  KpiSchema,
  MetaSchema,
  ProfileSchema,
  QuickScanSchema,
} from './domain/schemas/content';

// `base` is resolved from the project root: './content'; '../content' points outside the repo.
const dimensions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/dimensions' }),
  schema: DimensionSchema,
});

const profile = defineCollection({
  loader: glob({ pattern: 'profile.yaml', base: './content' }),
  schema: ProfileSchema,
});

const meta = defineCollection({
  loader: glob({ pattern: 'meta.yaml', base: './content' }),
  schema: MetaSchema,
});

const initiatives = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/initiatives' }),
  schema: InitiativeSchema,
});

const kpis = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/kpis' }),
  schema: KpiSchema,
});

const criteria = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/criteria' }),
  schema: CriterionSchema,
});

const decision = defineCollection({
  loader: glob({ pattern: 'decision.yaml', base: './content' }),
  schema: DecisionSchema,
});

const quickScan = defineCollection({
  loader: glob({ pattern: 'quick-scan.yaml', base: './content' }),
  schema: QuickScanSchema,
});

export const collections = {
  dimensions,
  profile,
  meta,
  initiatives,
  kpis,
  criteria,
  decision,
  quickScan,
};
