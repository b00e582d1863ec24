/** English UI strings: nav. */
export const nav = {
  home: 'Home',
  method: 'Method',
  assessments: 'Assessments',
  decision: 'Packaged vs custom',
  workshops: 'Workshops',
} as const;
