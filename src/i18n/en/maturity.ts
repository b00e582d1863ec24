/** English UI strings: maturity. */
export const maturity = {
  levelLabel: 'Level {level}',
  initial: {
    name: 'Initial',
    meaning:
      'Customer relationships depend on individuals; little is shared, written down or measured.',
  },
  developing: {
    name: 'Developing',
    meaning: 'Good practices exist in places, but they are informal and vary from team to team.',
  },
  defined: {
    name: 'Defined',
    meaning:
      'Processes and responsibilities are defined and applied, but results are not yet measured.',
  },
  managed: {
    name: 'Managed',
    meaning: 'Practices are applied across the organization and steered with figures.',
  },
  optimized: {
    name: 'Optimized',
    meaning:
      'The organization measures, learns and improves its customer relationships continuously.',
  },
} as const;
