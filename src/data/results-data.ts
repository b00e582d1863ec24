/**
 * The results page's data in one language, in two parts: what the island needs on its first load
 * (written into the page), and what only its downloads need (a JSON file fetched when they are
 * drawn, `/results/downloads.json` and `/es/results/downloads.json`).
 */
import { getLocalizedPath, getStrings, type Lang } from '../i18n';
import {
  getContentMeta,
  getCriteria,
  getDecision,
  getInitiatives,
  getKpis,
  getProfile,
  getQuestionnaire,
} from './get-questionnaire';
import { getQuickScanIds } from './get-quick-scan';
import { getMaturityNames, getPhaseNames } from './page-data';
import {
  toLocalizedCriteria,
  toLocalizedOptions,
  toLocalizedInitiatives,
  toLocalizedKpis,
  toWizardDimensions,
} from './localize-content';
import type {
  LeanDimension,
  QuestionDetails,
  ResultsDownloadsData,
  ResultsPageData,
  WizardDimension,
} from '../islands/types';

/** The address of the downloads' data in `lang`. */
export const getDownloadsDataPath = (lang: Lang) =>
  getLocalizedPath('/results/downloads.json', lang);

/** The dimensions without each question's level wording and "why". */
export function toLeanDimensions(dimensions: readonly WizardDimension[]): LeanDimension[] {
  return dimensions.map((d) => ({
    ...d,
    questions: d.questions.map((q) => ({
      id: q.id,
      dimensionId: q.dimensionId,
      phase: q.phase,
      weight: q.weight,
      critical: q.critical,
      notApplicable: q.notApplicable,
      prompt: q.prompt,
    })),
  }));
}

/** Each question's level wording and "why", by id. */
function toQuestionDetails(dimensions: readonly WizardDimension[]): QuestionDetails {
  return Object.fromEntries(
    dimensions.flatMap((d) =>
      d.questions.map((q) => [
        q.id,
        { why: q.why, levels: q.levels, ...(q.smallLevels && { smallLevels: q.smallLevels }) },
      ]),
    ),
  );
}

/** What the results island reads on the page's first load. */
export async function getResultsPageData(lang: Lang): Promise<ResultsPageData> {
  const t = getStrings(lang);
  const [quickScanIds, questionnaire, profile, meta, initiatives, kpis] = await Promise.all([
    getQuickScanIds(),
    getQuestionnaire(),
    getProfile(),
    getContentMeta(),
    getInitiatives(),
    getKpis(),
  ]);
  return {
    lang,
    strings: t.results,
    quickScanIds,
    quickScanStrings: t.quickScan,
    roadmapStrings: t.roadmap,
    initiatives: toLocalizedInitiatives(initiatives, lang),
    kpis: toLocalizedKpis(kpis, lang),
    decisionPath: getLocalizedPath('/decision/', lang),
    followPath: getLocalizedPath('/follow/', lang),
    roleNames: t.roles,
    listStrings: t.assessments,
    phaseNames: getPhaseNames(t),
    maturity: getMaturityNames(t),
    verdicts: t.verdicts,
    dimensions: toLeanDimensions(toWizardDimensions(questionnaire, lang)),
    profileFieldIds: profile.fields.map((f) => f.id),
    contentVersion: meta.contentVersion,
    listPath: getLocalizedPath('/assessments/', lang),
    wizardPath: getLocalizedPath('/assess/', lang),
    downloadsDataPath: getDownloadsDataPath(lang),
  };
}

/** What the results page's downloads fetch. */
export async function getResultsDownloadsData(lang: Lang): Promise<ResultsDownloadsData> {
  const t = getStrings(lang);
  const [questionnaire, criteria, decision] = await Promise.all([
    getQuestionnaire(),
    getCriteria(),
    getDecision(),
  ]);
  return {
    workbookStrings: t.workbook,
    toolFilesStrings: t.toolFiles,
    wordReportStrings: t.wordReport,
    reportStrings: {
      report: t.report,
      verdicts: t.verdicts,
      maturity: t.maturity,
      phases: t.phases,
      units: t.roadmap.units,
      frequencies: t.roadmap.frequencies,
      channels: t.roadmap.channels,
    },
    decision: {
      criteria: toLocalizedCriteria(criteria, lang),
      options: toLocalizedOptions(decision, lang),
      currency: decision.currency,
      tcoDefaults: decision.tcoDefaults,
      strings: t.decision,
    },
    questionDetails: toQuestionDetails(toWizardDimensions(questionnaire, lang)),
  };
}
