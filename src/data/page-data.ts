/** What several island pages load and name the same way: content facts, phase and maturity names. */
import type { UiStrings } from '../i18n/types';
import { PHASE_IDS, type PhaseId } from '../domain/scoring/model';
import { MATURITY_LEVELS } from '../domain/scoring/maturity-level';
import { getContentMeta, getProfile, getQuestionnaire } from './get-questionnaire';

/** The questionnaire, the organization profile and the content's meta data, loaded together. */
export async function getPageContent() {
  const [questionnaire, profile, meta] = await Promise.all([
    getQuestionnaire(),
    getProfile(),
    getContentMeta(),
  ]);
  return { questionnaire, profile, meta };
}

/** Each phase's name in one language. */
export function getPhaseNames(t: UiStrings): Record<PhaseId, string> {
  return Object.fromEntries(PHASE_IDS.map((p) => [p, t.phases[p].name])) as Record<PhaseId, string>;
}

/** Each maturity level's name and meaning in one language. */
export function getMaturityNames(
  t: UiStrings,
): Record<string, { readonly name: string; readonly meaning: string }> {
  return Object.fromEntries(MATURITY_LEVELS.map((m) => [m.id, t.maturity[m.id]]));
}
