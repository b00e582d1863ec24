/** English UI strings: verdicts. */
export const verdicts = {
  'not-ready': 'Not ready: resolve the blockers first',
  provisional: 'Provisional: answer the open critical questions',
  foundations: 'Build the foundations first',
  'focused-start': 'Ready to start with a focused scope',
  ready: 'Ready',
} as const;
