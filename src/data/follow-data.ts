/** The "Follow the plan" page's data in one language (#16): what its island reads on first load. */
import { getLocalizedPath, getStrings, type Lang } from '../i18n';
import {
  getContentMeta,
  getInitiatives,
  getKpis,
  getProfile,
  getQuestionnaire,
} from './get-questionnaire';
import { getQuickScanIds } from './get-quick-scan';
import { getPhaseNames } from './page-data';
import { toLocalizedInitiatives, toLocalizedKpis, toWizardDimensions } from './localize-content';
import { getDownloadsDataPath, toLeanDimensions } from './results-data';
import type { FollowPageData } from '../islands/types';

/** What the follow island reads: the plan's content, as the results page builds the plan from. */
export async function getFollowPageData(lang: Lang): Promise<FollowPageData> {
  const t = getStrings(lang);
  const [quickScanIds, questionnaire, profile, meta, initiatives, kpis] = await Promise.all([
    getQuickScanIds(),
    getQuestionnaire(),
    getProfile(),
    getContentMeta(),
    getInitiatives(),
    getKpis(),
  ]);
  const r = t.roadmap;
  return {
    lang,
    strings: t.follow,
    roadmapStrings: {
      units: r.units,
      directions: r.directions,
      frequencies: r.frequencies,
      phaseGate: r.phaseGate,
      heading: r.heading,
      csv: r.csv,
    },
    listStrings: t.assessments,
    quickScanIds,
    initiatives: toLocalizedInitiatives(initiatives, lang),
    kpis: toLocalizedKpis(kpis, lang),
    phaseNames: getPhaseNames(t),
    dimensions: toLeanDimensions(toWizardDimensions(questionnaire, lang)),
    profileFieldIds: profile.fields.map((f) => f.id),
    contentVersion: meta.contentVersion,
    listPath: getLocalizedPath('/assessments/', lang),
    resultsPath: getLocalizedPath('/results/', lang),
    wizardPath: getLocalizedPath('/assess/', lang),
    downloadsDataPath: getDownloadsDataPath(lang),
  };
}
