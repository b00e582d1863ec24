/** English UI strings: roles. */
export const roles = {
  executive: 'Executive',
  sales: 'Sales',
  marketing: 'Marketing',
  service: 'Customer service',
  it: 'IT',
  finance: 'Finance',
  operations: 'Operations',
  other: 'Other',
} as const;
