/** Turns the bilingual questionnaire into one language's plain props for the islands. */
import { localize, type Lang } from '../i18n';
import type { Questionnaire } from '../domain/content/build-questionnaire';
import type { WizardDimension } from '../islands/types';

/** The dimensions and questions in one language, with the facts scoring needs. */
export function toWizardDimensions(questionnaire: Questionnaire, lang: Lang): WizardDimension[] {
  return questionnaire.dimensions.map((d) => ({
    id: d.id,
    title: localize(d.title, lang),
    summary: localize(d.summary, lang),
    weight: d.weight,
    phases: d.phases,
    questions: d.questions.map((q) => ({
      id: q.id,
      dimensionId: q.dimensionId,
      phase: q.phase,
      weight: q.weight,
      critical: q.critical,
      notApplicable: q.notApplicable,
      prompt: localize(q.prompt, lang),
      why: localize(q.why, lang),
      levels: q.levels.map((level) => localize(level, lang)),
    })),
  }));
}
