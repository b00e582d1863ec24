/**
 * Loads the question bank through Astro's content collections, for pages at build time. Pages load
 * content; islands receive it as props.
 */
import { getCollection } from 'astro:content';
import { buildQuestionnaire, type Questionnaire } from '../domain/content/build-questionnaire';
import type {
  Criterion,
  Decision,
  Initiative,
  Kpi,
  Meta,
  Profile,
} from '../domain/schemas/content';

/** The questionnaire in display order, with its scoring model. */
export async function getQuestionnaire(): Promise<Questionnaire> {
  const entries = await getCollection('dimensions');
  if (entries.length === 0) {
    throw new Error(
      'No dimension was loaded from content/dimensions/: check the glob loader base.',
    );
  }
  return buildQuestionnaire(entries.map((entry) => entry.data));
}

/** The organization-profile questions. */
export async function getProfile(): Promise<Profile> {
  const [entry] = await getCollection('profile');
  if (!entry) throw new Error('content/profile.yaml was not loaded.');
  return entry.data;
}

/** The content version and retired ids. */
export async function getContentMeta(): Promise<Meta> {
  const [entry] = await getCollection('meta');
  if (!entry) throw new Error('content/meta.yaml was not loaded.');
  return entry.data;
}

/** The initiative library, in file-name order. */
export async function getInitiatives(): Promise<Initiative[]> {
  const entries = await getCollection('initiatives');
  if (entries.length === 0) throw new Error('No initiative was loaded from content/initiatives/.');
  return entries.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** The KPI library, in file-name order. */
export async function getKpis(): Promise<Kpi[]> {
  const entries = await getCollection('kpis');
  if (entries.length === 0) throw new Error('No KPI was loaded from content/kpis/.');
  return entries.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id));
}

/** The packaged-vs-custom criteria, in their authored order. */
export async function getCriteria(): Promise<Criterion[]> {
  const entries = await getCollection('criteria');
  if (entries.length === 0) throw new Error('No criterion was loaded from content/criteria/.');
  return entries
    .map((entry) => entry.data)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The four options of the packaged-vs-custom decision and their cost defaults. */
export async function getDecision(): Promise<Decision> {
  const [entry] = await getCollection('decision');
  if (!entry) throw new Error('content/decision.yaml was not loaded.');
  return entry.data;
}
