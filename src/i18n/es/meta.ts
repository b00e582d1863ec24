/** Spanish UI strings: meta. */
import type { UiStrings } from '../types';

export const meta: UiStrings['meta'] = {
  siteName: 'Preparación CRM',
  skipToContent: 'Saltar al contenido',
  languageName: 'Español',
  switchLanguageLabel: 'Idioma',
  mainNav: 'Principal',
  footerPrivacy:
    'Nada de lo que escriba sale de su navegador: sin cuenta, sin servidor, sin cookies, sin seguimiento.',
  footerMethod:
    'Basado en el método ProCheck para la estrategia CRM: análisis, diagnóstico y actuación, con gestión del cambio en todo el recorrido.',
};
