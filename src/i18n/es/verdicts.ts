/** Spanish UI strings: verdicts. */
import type { UiStrings } from '../types';

export const verdicts: UiStrings['verdicts'] = {
  'not-ready': 'No preparada: resuelva primero los bloqueos',
  provisional: 'Provisional: responda las preguntas críticas abiertas',
  foundations: 'Construya primero los cimientos',
  'focused-start': 'Preparada para empezar con un alcance acotado',
  ready: 'Preparada',
};
