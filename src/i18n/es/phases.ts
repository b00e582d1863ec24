/** Spanish UI strings: phases. */
import type { UiStrings } from '../types';

export const phases: UiStrings['phases'] = {
  analysis: {
    name: 'Análisis',
    summary:
      'Cómo se gestiona hoy la relación con los clientes, qué valor se les aporta y cómo lo perciben, en estrategia, organización, procesos y tecnología.',
  },
  diagnosis: {
    name: 'Diagnóstico',
    summary:
      'Diseñar la solución a partir de lo que reveló el análisis, medir su impacto en personas y sistemas, cuantificar los objetivos y alinear al equipo directivo.',
  },
  action: {
    name: 'Actuación',
    summary:
      'Ejecutar el plan director (procesos, tecnología, formación, organización) y seguirlo con KPI hasta que los resultados se vean.',
  },
  change: {
    name: 'Gestión del cambio',
    summary:
      'Recorre las tres fases: las personas participan desde el principio, saben qué cambia y por qué, reciben formación y tienen apoyo tras la puesta en marcha.',
  },
};
