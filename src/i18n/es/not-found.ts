/** Spanish UI strings: notFound. */
import type { UiStrings } from '../types';

export const notFound: UiStrings['notFound'] = {
  title: 'Página no encontrada',
  description: 'Esta página no existe.',
  heading: 'Esta página no existe',
  text: 'Puede que el enlace sea antiguo o tenga un error.',
  home: 'Ir a la página de inicio',
};
