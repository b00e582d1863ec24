/** English UI strings: the consensus rules a facilitator can declare (#18), shared by the workshop page, the slides and the report. */
export const consensusRules = {
  label: 'Consensus rule',
  hint: 'Fixed before the answers come in, so nobody moves the goalposts. Don’t-know answers count neither for nor against consensus.',
  fixed: 'Fixed since the first answers came in: {rule}. {description}',
  names: {
    range: 'Range of one level at most',
    'near-median': '70 % within one level of the median',
    interquartile: 'Interquartile range of one level at most',
  },
  descriptions: {
    range: 'Consensus when the highest and the lowest level given are at most one level apart.',
    'near-median':
      'Consensus when at least 70 % of the levels given are within one level of the median.',
    interquartile:
      'Consensus when the middle half of the levels given (from the first to the third quartile) spans at most one level.',
  },
  stated: 'Consensus rule: {rule}.',
  reached: 'Consensus reached by the rule “{rule}”',
  notReached: 'No consensus by the rule “{rule}”: levels {min} to {max} given',
} as const;
