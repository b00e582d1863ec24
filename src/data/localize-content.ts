/** Turns the bilingual questionnaire into one language's plain props for the islands. */
import { localize, type Lang } from '../i18n';
import type { Questionnaire } from '../domain/content/build-questionnaire';
import type { LocalizedInitiative, WizardDimension } from '../islands/types';
import type { Criterion, Decision, Initiative, Kpi, Profile } from '../domain/schemas/content';
import type { DecisionCriterionText, DecisionOptionText } from '../islands/decision/decision-props';
import type { WizardProfileField } from '../islands/types';
import { DECISION_OPTION_IDS } from '../domain/decision/model';
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
      // Only questions with a small-organization wording carry the list, to keep the props light.
      ...(q.levels.some((level) => level.small) && {
        smallLevels: q.levels.map((level) => (level.small ? localize(level.small, lang) : null)),
      }),
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
    ...(i.anchor && { anchor: i.anchor }),
    ...(i.minChannels && { minChannels: i.minChannels }),
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

/** The packaged-vs-custom criteria in one language, with their scores, reasons and adjustments. */
export function toLocalizedCriteria(
  criteria: readonly Criterion[],
  lang: Lang,
): DecisionCriterionText[] {
  return criteria.map((c) => ({
    id: c.id,
    name: localize(c.name, lang),
    description: localize(c.description, lang),
    defaultWeight: c.defaultWeight,
    scores: Object.fromEntries(
      DECISION_OPTION_IDS.map((id) => [
        id,
        { score: c.scores[id].score, reason: localize(c.scores[id].reason, lang) },
      ]),
    ) as DecisionCriterionText['scores'],
    adjustments: c.adjustments,
    ...(c.sizeScaling && {
      sizeScaling: { ...c.sizeScaling, reason: localize(c.sizeScaling.reason, lang) },
    }),
  }));
}

/** The four options of the decision in one language, in their authored order. */
export function toLocalizedOptions(decision: Decision, lang: Lang): DecisionOptionText[] {
  return decision.options.map((o) => ({
    id: o.id,
    name: localize(o.name, lang),
    description: localize(o.description, lang),
  }));
}

/** The words of every profile answer in one language, by field id, then option id. */
export function toProfileOptionLabels(
  profile: Profile,
  lang: Lang,
): Record<string, Record<string, string>> {
  return Object.fromEntries(
    profile.fields.map((f) => [
      f.id,
      Object.fromEntries(f.options.map((o) => [o.id, localize(o.label, lang)])),
    ]),
  );
}

/** The organization-profile questions in one language, as the wizard and the decision page ask them. */
export function toLocalizedProfileFields(profile: Profile, lang: Lang): WizardProfileField[] {
  return profile.fields.map((f) => ({
    id: f.id,
    kind: f.kind,
    label: localize(f.label, lang),
    ...(f.hint && { hint: localize(f.hint, lang) }),
    options: f.options.map((o) => ({ id: o.id, label: localize(o.label, lang) })),
  }));
}
