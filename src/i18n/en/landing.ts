/** English UI strings: landing. */
export const landing = {
  title: 'CRM readiness assessment',
  description:
    'Find out whether your organization is ready for a CRM initiative, what blocks it and what to do first. Free, in your browser, nothing leaves your device.',
  eyebrow: 'CRM readiness assessment',
  heading: 'Is your organization ready for CRM?',
  lead: 'Around 70 % of CRM projects fail or return nothing, and mostly for reasons no software fixes: no clear strategy, no executive backing, inefficient processes automated as they are, users left out. Find out where you stand before you spend.',
  ctaMethod: 'See how the assessment works',
  ctaNote: 'No account needed. Your answers stay in this browser.',
  factsHeading: 'The assessment at a glance',
  factQuestions: '{count} questions',
  factQuestionsDetail:
    'in {dimensions} areas, each answered on a five-level scale with concrete descriptions',
  factTime: 'About {quick} minutes',
  factTimeDetail:
    'for the quick scan of {quickCount} questions, or about {full} for all {fullCount}; answers save as you go, so you can stop and resume whenever you like',
  factPrivacy: 'Private by design',
  factPrivacyDetail: 'everything is computed in your browser; no account, no server',
  phasesHeading: 'Three phases, with change management throughout',
  phasesLead:
    'The assessment follows the ProCheck method: a CRM strategy is driven by the business strategy and the customers’ needs, carried out by people, defined in processes and supported by technology.',
  phaseStep: 'Phase {n}',
  throughout: 'Throughout',
  dimensionsHeading: 'What it looks at',
  dimensionsLead:
    'Each area is scored from 0 to 100 from your answers. Some questions are gates: a weak answer there blocks the verdict, whatever the rest says.',
  outcomesHeading: 'What you get',
  outcomes: [
    {
      title: 'A clear verdict',
      text: 'A readiness index from 0 to 100, a maturity level in plain words, and the blockers to resolve first.',
    },
    {
      title: 'The reasons behind it',
      text: 'For each area, which answers raised or lowered the score and which change would move it most.',
    },
    {
      title: 'A roadmap with KPIs',
      text: 'Initiatives by phase with owners, durations, dependencies and the indicators that track them.',
    },
    {
      title: 'A report to share',
      text: 'A PDF for the leadership team, the plan for Excel or LibreOffice, milestones for your calendar, and the assessment as a file or a link.',
    },
  ],
  audienceHeading: 'Who it is for',
  audiences: [
    {
      title: 'Executives',
      text: 'Take the quick scan in about {quick} minutes, or the full assessment in about {full}, and get a verdict and priorities you can forward.',
    },
    {
      title: 'Consultants',
      text: 'Run a workshop with the leadership team, see where it disagrees, and hand over a report.',
    },
    {
      title: 'SME owners',
      text: 'Choose between packaged software and custom development with reasons and costs you can check.',
    },
    {
      title: 'Project teams',
      text: 'Follow an action plan by phase, with owners, milestones and KPIs.',
    },
  ],
  privacyHeading: 'Your answers stay with you',
  privacyText:
    'The assessment runs entirely in your browser. Answers are stored on this device only, and nothing you type is sent anywhere: there is no account, no server, no analytics and no third-party fonts. You decide what to export and with whom to share it.',
} as const;
