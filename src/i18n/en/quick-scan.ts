/** English UI strings: the quick scan and the choice between it and the full assessment (#13). */
export const quickScan = {
  modeLegend: 'How much time do you have?',
  quickOption: 'Quick scan (about {minutes} min)',
  quickHint:
    '{count} questions: every gate question and the most telling question of each area. You can continue into the full assessment later, keeping every answer.',
  fullOption: 'Full assessment (about {minutes} min)',
  fullHint: 'All {count} questions in {dimensions} areas, for the complete picture and plan.',
  label: 'Quick scan: {asked} of {total} questions',
  resultsNote:
    'Scores, coverage and verdict are worked out by the same rules from these questions only. The full assessment asks the other {rest} and may change the picture.',
  wizardNote: 'This quick scan asks {asked} of the {total} questions.',
  continueButton: 'Continue to the full assessment',
  continueHint: 'Every answer you gave is kept; the remaining questions are added.',
} as const;
