/**
 * A realistic report input made from the real content in content/: a mid-sized organization that
 * answered every question (blockers, "don't know", "not applicable", notes), with an edited plan,
 * in either language. Built the way the results page builds it.
 */
import { fileURLToPath } from 'node:url';
import { checkContentFolder } from '~/build/content-check';
import {
  toLocalizedInitiatives,
  toLocalizedKpis,
  toWizardDimensions,
} from '~/data/localize-content';
import { LIGHT } from '~/design/tokens';
import {
  createAssessment,
  type Assessment,
  type AssessmentPlan,
} from '~/domain/assessment/assessment';
import { buildQuestionnaire } from '~/domain/content/build-questionnaire';
import type { ReportInput, ReportStrings } from '~/domain/report/report-input';
import { getTargets } from '~/domain/results/summarize-results';
import { applyRoadmapEdits } from '~/domain/roadmap/apply-edits';
import { buildRoadmap } from '~/domain/roadmap/build-roadmap';
import { toCompanySize } from '~/domain/roadmap/durations';
import type { ChannelId } from '~/domain/roadmap/model';
import { buildRoadmapDocument } from '~/domain/roadmap/roadmap-document';
import type { AnswerValue, Answers } from '~/domain/scoring/model';
import { scoreAssessment } from '~/domain/scoring/score-assessment';
import { format, getStrings, type Lang } from '~/i18n';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const content = checkContentFolder(root);

/** The questionnaire of content/. */
export const questionnaire = buildQuestionnaire(content.dimensions.map((d) => d.data));

/** 14 March 2027, 10:30 local time: the day the report is made. */
export const NOW = new Date(2027, 2, 14, 10, 30);

const CYCLE: readonly AnswerValue[] = [3, 2, 4, 1, 'dont-know', 0, 3, 2];

/** Every question answered: a cycle of levels and "don't know", the first critical one a blocker. */
function getRealisticAnswers(): Answers {
  const answers: Record<string, AnswerValue> = {};
  questionnaire.questions.forEach((q, i) => {
    answers[q.id] = CYCLE[i % CYCLE.length] ?? 2;
  });
  const critical = questionnaire.questions.filter((q) => q.critical);
  const optional = questionnaire.questions.filter((q) => q.notApplicable);
  if (critical[0]) answers[critical[0].id] = 0;
  if (critical[1]) answers[critical[1].id] = 'dont-know';
  if (optional[0]) answers[optional[0].id] = 'not-applicable';
  // The plan below names an owner for the communication plan: keep it triggered whatever the
  // cycle gives this question as questions are added.
  answers['change-management-communication-plan'] = 1;
  return answers;
}

/** Notes on a few questions, in both languages' characters. */
export function getNotes(): Record<string, string> {
  const ids = questionnaire.questions.filter((_, i) => i % 9 === 4).map((q) => q.id);
  return Object.fromEntries(
    ids.map((id, i) => [
      id,
      `Nota ${i + 1}: revisar con Dirección comercial — año próximo, ¿quién?`,
    ]),
  );
}

/** The plan the user edited: a start date, two owners, one KPI's figures, one initiative left out. */
const PLAN: AssessmentPlan = {
  ambition: 'competitive',
  targets: { technology: 80 },
  planStart: '2027-03-15',
  excluded: ['crm-improvement-plan'],
  startWeeks: {},
  owners: { 'executive-sponsorship-charter': 'Lucía Ortega', 'communication-plan': 'Íñigo Sáenz' },
  kpis: { 'crm-adoption-rate': { baseline: '35 %', target: '85 %', frequency: 'weekly' } },
};

/** A complete assessment of "Pérez & Hijos, S.L." by Marta Núñez. */
export function getRealisticAssessment(): Assessment {
  return {
    ...createAssessment(
      {
        name: 'CRM readiness, spring 2027',
        organization: 'Pérez & Hijos, S.L.',
        assessor: 'Marta Núñez',
        contentVersion: 1,
      },
      NOW,
      'assessment-1',
    ),
    profile: { 'company-size': 'medium', channels: ['sales-force', 'contact-center'] },
    answers: getRealisticAnswers(),
    notes: getNotes(),
    plan: PLAN,
  };
}

/** The words the report needs, picked from one language's UI strings as the results page does. */
export function getReportStrings(lang: Lang): ReportStrings {
  const t = getStrings(lang);
  return {
    report: t.report,
    verdicts: t.verdicts,
    maturity: t.maturity,
    phases: t.phases,
    units: t.roadmap.units,
    frequencies: t.roadmap.frequencies,
    channels: t.roadmap.channels,
  };
}

const isChannel = (value: string): value is ChannelId =>
  ['sales-force', 'distribution-channel', 'internet', 'contact-center'].includes(value);

/** The report input of `assessment` in `lang`: scores, targets and the edited roadmap document. */
export function getReportInput(lang: Lang, assessment = getRealisticAssessment()): ReportInput {
  const dimensions = toWizardDimensions(questionnaire, lang);
  const initiatives = toLocalizedInitiatives(
    content.initiatives.map((i) => i.data),
    lang,
  );
  const score = scoreAssessment(questionnaire.scoringModel, assessment.answers);
  const targets = getTargets(
    assessment.plan,
    dimensions.map((d) => d.id),
  );
  const plan = assessment.plan;
  const roadmap = buildRoadmap({
    initiatives,
    model: questionnaire.scoringModel,
    answers: assessment.answers,
    dimensionScores: score.dimensions,
    targets,
    companySize: toCompanySize(assessment.profile['company-size']),
    channels: [assessment.profile['channels'] ?? []].flat().filter(isChannel),
  });
  const edited = applyRoadmapEdits(roadmap, {
    excluded: plan?.excluded ?? [],
    startWeeks: plan?.startWeeks ?? {},
    owners: plan?.owners ?? {},
  });
  const t = getStrings(lang);
  const document = buildRoadmapDocument({
    roadmap: edited,
    planStart: plan?.planStart ?? '2027-03-15',
    initiatives: Object.fromEntries(initiatives.map((i) => [i.id, i])),
    kpis: toLocalizedKpis(
      content.kpis.map((k) => k.data),
      lang,
    ),
    kpiSettings: plan?.kpis ?? {},
    phaseNames: {
      analysis: t.phases.analysis.name,
      diagnosis: t.phases.diagnosis.name,
      action: t.phases.action.name,
    },
    dimensionTitles: Object.fromEntries(dimensions.map((d) => [d.id, d.title])),
    phaseGateTitle: (phase) =>
      format(t.roadmap.phaseGate, { phase: phase.toLocaleLowerCase(lang) }),
  });
  return {
    lang,
    now: NOW,
    assessment,
    dimensions,
    score,
    targets,
    roadmap: document,
    strings: getReportStrings(lang),
    palette: LIGHT,
    logo: null,
  };
}

/** Every string in a value (objects and arrays walked; bytes skipped), with its path. */
export function collectStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    collectStrings(child, path ? `${path}.${key}` : key),
  );
}

/** Every number in a value, with its path. */
export function collectNumbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (value === null || typeof value !== 'object' || value instanceof Uint8Array) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    collectNumbers(child, path ? `${path}.${key}` : key),
  );
}
