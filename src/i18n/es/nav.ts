/** Spanish UI strings: nav. */
import type { UiStrings } from '../types';

export const nav: UiStrings['nav'] = {
  home: 'Inicio',
  method: 'Método',
  assessments: 'Evaluaciones',
  decision: 'Paquete o a medida',
  workshops: 'Talleres',
};
