/** Spanish UI strings: the quick scan and the choice between it and the full assessment (#13). */
import type { UiStrings } from '../types';

export const quickScan: UiStrings['quickScan'] = {
  modeLegend: '¿De cuánto tiempo dispone?',
  quickOption: 'Evaluación rápida (unos {minutes} min)',
  quickHint:
    '{count} preguntas: todas las preguntas decisivas y la más reveladora de cada área. Después puede continuar con la evaluación completa sin perder ninguna respuesta.',
  fullOption: 'Evaluación completa (unos {minutes} min)',
  fullHint:
    'Las {count} preguntas de las {dimensions} áreas, para el diagnóstico y el plan completos.',
  label: 'Evaluación rápida: {asked} de {total} preguntas',
  resultsNote:
    'Las puntuaciones, la cobertura y el veredicto se calculan con las mismas reglas, solo con estas preguntas. La evaluación completa plantea las {rest} restantes y puede cambiar el resultado.',
  wizardNote: 'Esta evaluación rápida plantea {asked} de las {total} preguntas.',
  continueButton: 'Continuar con la evaluación completa',
  continueHint: 'Se conservan todas sus respuestas y se añaden las preguntas restantes.',
};
