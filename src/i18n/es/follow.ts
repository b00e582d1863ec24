/** Spanish UI strings: following the plan through (#16): progress, KPI measurements, reassessing. */
import type { UiStrings } from '../types';

export const follow: UiStrings['follow'] = {
  errors: {
    'invalid-date': 'Indique un día real como aaaa-mm-dd, por ejemplo 2027-03-31.',
    'future-date': 'Ese día aún no ha llegado: indique hoy o un día anterior.',
    'before-plan-start': 'Ese día es anterior al inicio del plan: indique un día desde el inicio.',
    'finish-before-start':
      'El fin es anterior al inicio: indique un fin igual o posterior al inicio.',
    'reason-required': 'Indique por qué se descarta la iniciativa, para la próxima revisión.',
    'too-long': 'El texto es demasiado largo: no pase de 500 caracteres.',
    'unknown-status': 'Elija uno de los estados que se ofrecen.',
    empty: 'Escriba un número.',
    'not-a-number': 'Eso no es un número: escriba cifras, por ejemplo 1.234,5.',
    'out-of-range': 'Ese valor está fuera del rango del KPI (un porcentaje va de 0 a 100).',
    'duplicate-date': 'Este KPI ya tiene una medición ese día: cambie o elimine esa.',
    'too-many': 'Este KPI tiene todas las mediciones que puede guardar: elimine antes una antigua.',
    'note-too-long': 'La nota es demasiado larga: no pase de 500 caracteres.',
    'not-found': 'Esta evaluación ya no está en este navegador: vuelva a cargar la página.',
    'invalid-id': 'Elija en la lista la evaluación anterior de la organización.',
    'target-before-start': 'La fecha objetivo debe ser posterior al inicio del plan.',
  },
  statuses: {
    'not-started': 'Sin empezar',
    'in-progress': 'En curso',
    done: 'Hecha',
    dropped: 'Descartada',
    late: 'Con retraso',
  },
};
