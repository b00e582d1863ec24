/** English UI strings: decision. */
export const decision = {
  title: 'Packaged vs custom',
  description:
    'Packaged software, custom development or a hybrid platform? Weigh the criteria, see the recommendation with its reasons and the total cost of ownership over the years. Computed in your browser.',
  heading: 'Packaged software or custom development?',
  lead: 'Weigh what matters to your organization, see which way of getting a CRM fits best and why, what each costs over the years, and what would change the answer.',
  loading: 'Preparing the comparison…',
  noscript:
    'This comparison needs JavaScript. It runs only in your browser: nothing you type is sent anywhere.',
  assessmentLabel: 'Assessment',
  assessmentNone: 'None: general defaults',
  assessmentOption: '{name} · {organization}',
  assessmentHint:
    'Linked to an assessment, the defaults follow its answers (company size, maturity, channels) and every change is saved with it.',
  noAssessments:
    'No assessment is saved in this browser yet. Start one to get defaults from its answers and keep your changes.',
  toList: 'Go to your assessments',
  unsavedNote:
    'Your changes are kept on this page only while it stays open. Choose an assessment to save them with it.',
  savedNote:
    'Every change is saved with “{name}” in this browser, and exported and imported with it.',
  notFound:
    'The assessment in the link is not saved in this browser, so the general defaults are shown.',
  factsHeading: 'Your organization',
  factsLead:
    'Without an assessment, tell the page what it needs to know about the organization. Its size sets the scores that depend on size, the number of users and the cost figures; the other answers adjust the weights of the criteria. Nothing here is saved: link an assessment to keep it.',
  peopleLabel: 'How many people work in the organization?',
  sizeIs: 'Size: {size}.',
  sizeNotGiven: 'Size not given yet: a medium company (50 to 249 people) is assumed.',
  factNotGiven: 'Not given',
  factErrors: {
    'not-people': 'Enter how many people work there: a whole number from 1 to 1,000,000.',
    'unknown-field': 'This question is not one the page asks. Nothing was changed.',
    'unknown-option': 'This answer is not one of the options. Nothing was changed.',
  },
  sizeScaled: 'Scores for this size ({size}): {reason}',
  defaultsGeneral:
    'General defaults: each criterion at its usual weight, and the costs of a medium-sized company, until you describe the organization below or link an assessment.',
  defaultsLinked:
    'Defaults from “{name}”: weights adjusted by its answers as shown below, and the costs of a company of its size: {size}.',
  sizeUnknown: 'size not answered, medium assumed',
  reset: 'Reset to the defaults',
  resetTitle: 'Reset everything to the defaults?',
  resetText:
    'The weights, scores and cost figures you changed on this page go back to their defaults. This cannot be undone.',
  resetConfirm: 'Reset',
  cancel: 'Cancel',
  resetDone: 'Everything is back to the defaults.',
  optionsHeading: 'The four options',
  optionShort: {
    'packaged-saas': 'SaaS',
    'packaged-on-premise': 'On-premise',
    'custom-development': 'Custom',
    'hybrid-platform': 'Hybrid',
  },
  criteriaHeading: 'Weigh the criteria',
  criteriaLead:
    'Give each criterion a weight from 0 (ignore it) to 5 (decisive). Each option has a score from 0 to 5 on every criterion: open “Why these scores” for the reasons, and change a score if you know better.',
  criteriaCaption: 'Criteria, weights and scores',
  colCriterion: 'Criterion',
  pdfReasonsHeading: 'Why {option} comes first',
  pdfReason: '{criterion}: {option} {score} / 5 against {next} {other} / 5 (weight {weight}).',
  colWeight: 'Weight',
  weightOptions: ['0 — ignore', '1 — minor', '2', '3', '4', '5 — decisive'],
  scoreLabel: '{option} score on {criterion}',
  weightLabel: 'Weight of {criterion}',
  changed: 'changed',
  defaultValue: 'default {value}',
  whyScores: 'Why these scores',
  reasonLine: '{option}: {score} / 5. {reason}',
  overridden: 'You set {score}; the default is {default}.',
  adjustedHeading: 'Default weight {weight} for this organization (usual weight {usual}):',
  adjustment: '{change}: {reason}',
  triggerProfile: 'Your answer: {answers}.',
  triggerDimension: '{area} scores {score}, below {threshold}.',
  clamped: 'Kept within 1–5.',
  rankingHeading: 'Ranking',
  rankingLead:
    'Each option’s weighted score: the sum of weight × score over the criteria, divided by the sum of the weights, out of 100.',
  rankLabel: '{rank}. {option}',
  outOf: '{value} / 100',
  tied: 'tied',
  recommendation:
    'Recommended: {option}, {points} points ahead of {next}, above all on {criteria}.',
  tie: '{options} are tied at {score} / 100. Raise the weight of what matters most to you to separate them.',
  unranked: 'Every weight is 0: give at least one criterion a weight to rank the options.',
  sensitivityHeading: 'What would change the answer',
  sensitivityCaption: 'Weight changes that would change the recommendation',
  sensitivitySome:
    '{count} of {total} criteria could, on their own, put another option first; the nearest change is listed first. The others hold the recommendation whatever they weigh.',
  sensitivityNone:
    'No single weight from 0 to 5 changes the recommendation: it holds whatever one criterion weighs.',
  sensitivityNoneLead:
    'No single weight from 0 to 5 changes the recommendation: “{top}” leads “{next}” by {points} points out of 100, more than one criterion alone can make up. Changing several weights or scores together still can.',
  weightNow: 'weight now {weight}',
  colChange: 'Change that would alter the recommendation',
  raiseTo: 'Raise to {weight} (+{change}): {option} would come first',
  lowerTo: 'Lower to {weight} (−{change}): {option} would come first',
  tcoHeading: 'Total cost of ownership',
  tcoLead:
    'What each option costs over the years, from your figures. One-off costs fall in year 1; running costs repeat every year.',
  tcoDefaultsNote:
    'The figures start as indicative defaults for a company of this size. Replace them with real quotes from vendors and implementers.',
  currencyLabel: 'Currency',
  currencyNote:
    'Amounts are shown in the chosen currency and never converted: enter your figures in it.',
  yearsLabel: 'Years to compare (1–10)',
  usersLabel: 'Number of CRM users',
  figuresCaption: 'Cost figures by option ({currency})',
  colItem: 'Cost item',
  items: {
    subscriptionPerUserMonth: 'Subscription per user and month',
    licencePerUser: 'Licence per user, one-off',
    implementation: 'Implementation',
    customization: 'Customization',
    integration: 'Integration (ERP, e-mail and office)',
    dataMigration: 'Data migration',
    training: 'Training',
    internalStaffPerYear: 'Internal staff per year',
    hostingPerYear: 'Hosting per year',
    maintenancePercent: 'Maintenance per year, % of licences and customization',
    upgradesPerYear: 'Upgrades and re-customization per year',
  },
  figureLabel: '{option}, {item}',
  errors: {
    empty: 'Enter a number.',
    'not-a-number': 'Enter a number using digits only, such as {example}.',
    negative: 'Enter 0 or more.',
    'too-small': 'Enter at least {min}.',
    'too-large': 'Enter at most {max}.',
    'not-whole': 'Enter a whole number.',
  },
  keptValue: 'The last valid value, {value}, is still used.',
  chartLabel:
    'Line chart of the cumulative cost of each option, year by year. The same figures are in the table that follows.',
  cumulativeCaption: 'Cumulative cost by year ({currency})',
  summaryCaption: 'One-off and yearly costs ({currency})',
  colYear: 'Year',
  yearN: 'Year {year}',
  oneOff: 'One-off, in year 1',
  yearly: 'Every year',
  total: 'Total over {horizon}',
  horizon: { one: '{years} year', other: '{years} years' },
  cheapest:
    'Over {horizon}, {option} costs least: {total}, which is {difference} less than {next}.',
  cheapestTie: 'Over {horizon}, {options} cost the same: {total}.',
  cheapestIsRecommended: 'It is also the option your criteria recommend.',
  cheapestIsNotRecommended:
    'Your criteria recommend {option}: weigh what it does better against what it costs more.',
} as const;
