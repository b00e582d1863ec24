/** Spanish UI strings: roles. */
import type { UiStrings } from '../types';

export const roles: UiStrings['roles'] = {
  executive: 'Dirección',
  sales: 'Ventas',
  marketing: 'Marketing',
  service: 'Atención al cliente',
  it: 'Sistemas (TI)',
  finance: 'Finanzas',
  operations: 'Operaciones',
  other: 'Otro',
};
