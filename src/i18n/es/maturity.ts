/** Spanish UI strings: maturity. */
import type { UiStrings } from '../types';

export const maturity: UiStrings['maturity'] = {
  levelLabel: 'Nivel {level}',
  initial: {
    name: 'Inicial',
    meaning:
      'La relación con los clientes depende de personas concretas; apenas se comparte, se documenta o se mide.',
  },
  developing: {
    name: 'En desarrollo',
    meaning:
      'Hay buenas prácticas en algunos puntos, pero son informales y varían de un equipo a otro.',
  },
  defined: {
    name: 'Definido',
    meaning:
      'Los procesos y las responsabilidades están definidos y se aplican, pero aún no se miden los resultados.',
  },
  managed: {
    name: 'Gestionado',
    meaning: 'Las prácticas se aplican en toda la organización y se dirigen con cifras.',
  },
  optimized: {
    name: 'Optimizado',
    meaning:
      'La organización mide, aprende y mejora de forma continua la relación con sus clientes.',
  },
};
