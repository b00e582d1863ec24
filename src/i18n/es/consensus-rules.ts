/** Spanish UI strings: the consensus rules a facilitator can declare (#18). */
import type { Widen } from '../types';
import type { consensusRules as en } from '../en/consensus-rules';

export const consensusRules: Widen<typeof en> = {
  label: 'Regla de consenso',
  hint: 'Se fija antes de recibir las respuestas, para que nadie cambie el criterio después. Las respuestas «No lo sé» no cuentan ni a favor ni en contra del consenso.',
  fixed: 'Fijada desde que llegaron las primeras respuestas: {rule}. {description}',
  names: {
    range: 'Rango de un nivel como máximo',
    'near-median': 'El 70 % a un nivel o menos de la mediana',
    interquartile: 'Rango intercuartílico de un nivel como máximo',
  },
  descriptions: {
    range: 'Hay consenso cuando el nivel más alto y el más bajo se separan como mucho un nivel.',
    'near-median':
      'Hay consenso cuando al menos el 70 % de los niveles dados están a un nivel o menos de la mediana.',
    interquartile:
      'Hay consenso cuando la mitad central de los niveles dados (del primer al tercer cuartil) abarca como mucho un nivel.',
  },
  stated: 'Regla de consenso: {rule}.',
  reached: 'Consenso alcanzado según la regla «{rule}»',
  notReached: 'Sin consenso según la regla «{rule}»: niveles de {min} a {max}',
};
