/** Turns the bilingual questionnaire into one language's plain props for the islands. */
import { localize, type Lang } from '../i18n';
import type { Questionnaire } from '../domain/content/build-questionnaire';
import type { LocalizedInitiative, WizardDimension } from '../islands/types';
import type { Initiative, Kpi } from '../domain/schemas/content';
import type { KpiText } from '../domain/roadmap/roadmap-document';

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

/** The initiative library in one language, with the facts the roadmap needs. */
export function toLocalizedInitiatives(
  initiatives: readonly Initiative[],
  lang: Lang,
): LocalizedInitiative[] {
  return initiatives.map((i) => ({
    id: i.id,
    phase: i.phase,
    dimension: i.dimension,
    changeManagement: i.changeManagement,
    ...(i.channel && { channel: i.channel }),
    triggers: i.triggers,
    always: i.always,
    weeks: i.weeks,
    effort: i.effort,
    impact: i.impact,
    dependsOn: i.dependsOn,
    kpis: i.kpis,
    title: localize(i.title, lang),
    description: localize(i.description, lang),
    owner: localize(i.owner, lang),
    milestone: localize(i.milestone, lang),
  }));
}

/** The KPI library in one language, by id. */
export function toLocalizedKpis(kpis: readonly Kpi[], lang: Lang): Record<string, KpiText> {
  return Object.fromEntries(
    kpis.map((k) => [
      k.id,
      {
        name: localize(k.name, lang),
        definition: localize(k.definition, lang),
        unit: k.unit,
        direction: k.direction,
        suggestedTarget: localize(k.suggestedTarget, lang),
        frequency: k.frequency,
      },
    ]),
  );
}
