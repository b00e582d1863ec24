/**
 * A small plan document for the tool-file builders: two phases, a dependency, a change-management
 * initiative, an initiative with no owner, a channel going live, and hostile text.
 */
import type { InitiativeTextLabels, TrackerLabelWords } from '~/domain/export/plan-text';
import type { DocumentInitiative, RoadmapDocument } from '~/domain/roadmap/roadmap-document';
import { en } from '~/i18n/en';

/** An initiative with sensible defaults. */
export function planInitiative(
  id: string,
  overrides: Partial<DocumentInitiative> = {},
): DocumentInitiative {
  return {
    id,
    title: `Title of ${id}`,
    description: `What ${id} does.`,
    phase: 'analysis',
    phaseName: 'Análisis',
    area: 'Estrategia',
    changeManagement: false,
    owner: 'Dirección comercial',
    start: 0,
    end: 2,
    weeks: 2,
    startDate: '2027-01-04',
    endDate: '2027-01-15',
    dependsOn: [],
    kpis: [],
    milestone: '',
    effort: 'medium',
    impact: 'high',
    group: 'plan',
    focusRank: null,
    blockers: [],
    channel: null,
    ...overrides,
  };
}

/** Plan from Monday 4 January 2027. */
export const SAMPLE_PLAN: RoadmapDocument = {
  planStart: '2027-01-04',
  planEnd: '2027-02-26',
  totalWeeks: 8,
  initiatives: [
    planInitiative('kickoff', {
      title: 'Reunión de lanzamiento',
      milestone: 'Equipo y roles acordados',
      kpis: ['Adopción del CRM'],
    }),
    planInitiative('process', {
      title: '=Rediseñar procesos; «ventas», "servicio"',
      description: 'Línea 1\nLínea 2, con coma',
      area: 'Procesos',
      start: 2,
      end: 5,
      weeks: 3,
      startDate: '2027-01-18',
      endDate: '2027-02-05',
      dependsOn: ['Reunión de lanzamiento'],
      owner: 'Responsable de procesos',
    }),
    planInitiative('training', {
      title: 'Formación de usuarios',
      changeManagement: true,
      area: 'Gestión del cambio',
      owner: '',
      start: 1,
      end: 3,
      weeks: 2,
      startDate: '2027-01-11',
      endDate: '2027-01-22',
    }),
    planInitiative('rollout', {
      title: 'Puesta en marcha: fuerza de ventas',
      phase: 'action',
      phaseName: 'Actuación',
      area: 'Tecnología',
      start: 5,
      end: 8,
      weeks: 3,
      startDate: '2027-02-08',
      endDate: '2027-02-26',
      dependsOn: ['=Rediseñar procesos; «ventas», "servicio"', 'Not in the plan'],
      milestone: 'Fuerza de ventas en operación',
      channel: 'sales-force',
      kpis: ['Tasa de conversión', 'Adopción del CRM'],
    }),
  ],
  kpis: [],
  milestones: [
    {
      uid: 'item-rollout',
      title: 'Fuerza de ventas en operación',
      description: 'Puesta en marcha: fuerza de ventas',
      date: '2027-02-26',
      week: 8,
      group: 'plan',
      goLive: true,
    },
  ],
  goLives: [{ channel: 'sales-force', id: 'rollout', week: 8, date: '2027-02-26' }],
};

/** English labels for the initiative text. */
export const TEXT_LABELS: InitiativeTextLabels = {
  owner: 'Owner',
  planned: 'Planned: {start} to {end} ({weeks} weeks)',
  dependsOn: 'After',
  kpis: 'KPIs',
  milestone: 'Milestone',
  status: 'Status',
  notStarted: 'Not started',
};

/** Words that become labels. */
export const LABEL_WORDS: TrackerLabelWords = {
  plan: 'CRM plan',
  changeManagement: en.phases.change.name,
};
