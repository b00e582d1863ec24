/** Spanish UI strings: the plan as files for the team's tools (MS Project, Jira, GitLab, Markdown). */
import type { UiStrings } from '../types';

export const toolFiles: UiStrings['toolFiles'] = {
  heading: 'Abrir el plan en las herramientas del equipo',
  lead: 'Archivos preparados para las herramientas con las que el equipo ya trabaja. El estado y las fechas reales quedan vacíos hasta que se haga el seguimiento del avance del plan.',
  msProject: 'MS Project (.xml)',
  msProjectHelp:
    'En MS Project, elija Archivo > Abrir, seleccione el tipo de archivo «Formato XML» y abra este archivo; ProjectLibre lo abre con Archivo > Abrir. Las fases son tareas de resumen, las puestas en marcha son hitos y los responsables son recursos, en una semana laboral de lunes a viernes con jornadas de 8 horas.',
  jira: 'Jira (.csv)',
  jiraEpics: 'Épicas en Jira',
  jiraEpicsPhase: 'Una épica por fase y una tarea por iniciativa',
  jiraEpicsInitiative: 'Una épica por iniciativa y su hito como tarea',
  jiraHelp:
    'En Jira, vaya a Configuración > Sistema > Importación de sistema externo > CSV (o «Importar elementos de trabajo» en un proyecto) e indique yyyy-MM-dd como formato de fecha. Asigne Issue ID, Parent, Issue Type, Summary, Description, Labels, Start date y Due date a los campos del mismo nombre: las épicas van primero, así cada tarea conserva su elemento principal.',
  issues: 'Incidencias de GitLab o GitHub (.csv)',
  issuesHelp:
    'En GitLab, abra la lista de incidencias del proyecto y elija Importar CSV: lee las columnas de título, descripción y fecha de vencimiento. GitHub no importa CSV: la columna de etiquetas está preparada para un script que ejecute gh issue create por cada fila.',
  markdown: 'Copiar como Markdown',
  markdownHelp:
    'Copia el resumen ejecutivo, el plan y los KPI en Markdown, para pegarlos en Confluence, Notion, una wiki o un correo electrónico.',
  copied: 'El resumen y el plan están en el portapapeles, en Markdown.',
  copyRefused:
    'El navegador no ha permitido copiar. Seleccione el texto de abajo y cópielo, o descárguelo como archivo.',
  markdownText: 'El plan en Markdown',
  downloadMarkdown: 'Descargar .md',
  loadFailed:
    'No se han podido cargar estos archivos. Vuelva a cargar la página para intentarlo de nuevo: no se ha perdido nada.',
  downloaded: 'Se ha descargado «{file}».',
  projectTitle: 'Plan CRM: {organization}',
  calendarName: 'Estándar',
  planLabel: 'Plan CRM',
  changeLabel: 'Gestión del cambio',
  milestoneSummary: 'Hito: {milestone}',
  text: {
    owner: 'Responsable',
    planned: 'Previsto: del {start} al {end} ({weeks} semanas)',
    dependsOn: 'Después de',
    kpis: 'KPI',
    milestone: 'Hito',
    status: 'Estado',
    notStarted: 'Sin empezar',
  },
};
