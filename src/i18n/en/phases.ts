/** English UI strings: phases. */
export const phases = {
  analysis: {
    name: 'Analysis',
    summary:
      'How the relationship with customers is managed today, what value it delivers and how customers see it, across strategy, organization, processes and technology.',
  },
  diagnosis: {
    name: 'Diagnosis',
    summary:
      'Design the solution from what the analysis found, measure its impact on people and systems, quantify the objectives and align the leadership team.',
  },
  action: {
    name: 'Action',
    summary:
      'Carry out the master plan (processes, technology, training, organization) and track it with KPIs until the results show.',
  },
  change: {
    name: 'Change management',
    summary:
      'Runs through all three phases: people are involved from the start, told what changes and why, trained, and supported after go-live.',
  },
} as const;
