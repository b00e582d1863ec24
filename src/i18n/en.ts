/**
 * English UI strings: the reference language. Spanish (es.ts) must have exactly these keys; a
 * missing one fails type-checking. Question-bank words live in content/, not here.
 */
export const en = {
  meta: {
    siteName: 'CRM Readiness',
    skipToContent: 'Skip to content',
    languageName: 'English',
    switchLanguageLabel: 'Language',
    mainNav: 'Main',
    footerPrivacy:
      'Nothing you type leaves your browser: no account, no server, no cookies, no tracking.',
    footerMethod:
      'Based on the ProCheck method for CRM strategy: analysis, diagnosis and action, with change management throughout.',
  },
  nav: {
    home: 'Home',
    method: 'Method',
    assessments: 'Assessments',
  },
  phases: {
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
  },
  maturity: {
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
  },
  verdicts: {
    'not-ready': 'Not ready: resolve the blockers first',
    provisional: 'Provisional: answer the open critical questions',
    foundations: 'Build the foundations first',
    'focused-start': 'Ready to start with a focused scope',
    ready: 'Ready',
  },
  landing: {
    title: 'CRM readiness assessment',
    description:
      'Find out whether your organization is ready for a CRM initiative, what blocks it and what to do first. Free, in your browser, nothing leaves your device.',
    eyebrow: 'CRM readiness assessment',
    heading: 'Is your organization ready for CRM?',
    lead: 'Around 70 % of CRM projects fail or return nothing, and mostly for reasons no software fixes: no clear strategy, no executive backing, inefficient processes automated as they are, users left out. Find out where you stand before you spend.',
    ctaStart: 'Start the assessment',
    ctaMethod: 'See how the assessment works',
    ctaNote: 'No account needed. Your answers stay in this browser.',
    factsHeading: 'The assessment at a glance',
    factQuestions: '{count} questions',
    factQuestionsDetail:
      'in {dimensions} areas, each answered on a five-level scale with concrete descriptions',
    factTime: 'About 20 minutes',
    factTimeDetail: 'answers save as you go; stop and resume whenever you like',
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
        text: 'A PDF to forward to the leadership team, and exports your team can edit.',
      },
    ],
    audienceHeading: 'Who it is for',
    audiences: [
      {
        title: 'Executives',
        text: 'Take the self-assessment in about 20 minutes and get a verdict and priorities you can forward.',
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
  },
  method: {
    title: 'How the assessment works',
    description:
      'The ProCheck phases, the areas assessed, and the exact scoring rules of the CRM readiness assessment, with a worked example.',
    heading: 'How the assessment works',
    lead: 'What is asked, how each answer is scored, and how the scores become a verdict. Every rule on this page is applied exactly as written, in your browser.',
    tocLabel: 'On this page',
    phasesHeading: 'The method',
    phasesText:
      'CRM is a business strategy that puts the customer at the centre, not an IT purchase. The ProCheck method takes an organization through three phases, with change management carried through all of them.',
    dimensionsHeading: 'The areas assessed',
    dimensionsCaption: 'Areas, their phases, weights and questions',
    colArea: 'Area',
    colPhases: 'Phases',
    colWeight: 'Weight',
    colQuestions: 'Questions',
    colCritical: 'Of which critical',
    total: 'Total',
    answersHeading: 'Answering a question',
    answersText:
      'Each question offers five levels, 0 to 4, each describing what an organization at that level actually does. Pick the one that best matches what you could show someone today.',
    answerLevels: [
      'Level 0: the practice is absent.',
      'Level 1: it happens now and then, thanks to individuals.',
      'Level 2: it exists but is informal or partial.',
      'Level 3: it is defined, applied and has an owner.',
      'Level 4: it is measured and improved continuously.',
    ],
    answerOthers:
      'You can also answer “Don’t know”, or “Not applicable” where a question allows it (never for a critical question), and add a note to any answer. A question can be left unanswered and completed later.',
    rulesHeading: 'The scoring rules',
    weightsRule:
      'Every question and every area has a weight from 1 to 3: how much it counts within its area, and how much the area counts in the index.',
    ruleDimensionTitle: 'Area score',
    ruleDimension:
      'The weighted mean of the levels answered in the area, on a scale of 100: S = 100 × Σ(w × level) ÷ (4 × Σw), over the questions answered with a level. “Don’t know”, “Not applicable” and unanswered questions are left out. An area with no question answered with a level has no score (“not enough information”), never 0.',
    ruleCoverageTitle: 'Coverage',
    ruleCoverage:
      'How much of the area you could answer: C = Σw of questions answered with a level ÷ Σw of applicable questions. “Don’t know” and unanswered questions lower coverage; “Not applicable” takes the question out of both sums. An area under 60 % coverage is flagged, and its score still counts.',
    rulePhaseTitle: 'Phase score',
    rulePhase:
      'The same formula over the questions of each phase (analysis, diagnosis, action); each question belongs to one phase, by default its area’s.',
    ruleIndexTitle: 'Readiness index',
    ruleIndex:
      'The weighted mean of the area scores: Σ(area weight × S) ÷ Σ(area weight), over areas that have a score. When less than 60 % of all applicable question weight is answered with a level, the index is marked provisional. The index is shown, and classified, rounded to a whole number.',
    ruleMaturityTitle: 'Maturity level',
    maturityCaption: 'Maturity levels by readiness index',
    colLevel: 'Level',
    colIndex: 'Index',
    colMeaning: 'What it means',
    ruleBlockersTitle: 'Blockers and open critical questions',
    ruleBlockers:
      'Some questions are critical: they are gates. A critical question at level 0 or 1 is a blocker. A critical question answered “Don’t know” or left unanswered is an open critical question: listed, not a blocker.',
    ruleVerdictTitle: 'Verdict',
    ruleVerdictIntro: 'The first rule that matches decides the verdict:',
    verdictRules: [
      'any blocker: “{not-ready}”;',
      'any open critical question, or a provisional index: “{provisional}”;',
      'index below 40: “{foundations}”;',
      'index from 40 to 59: “{focused-start}”;',
      'index 60 or more: “{ready}”.',
    ],
    ruleVerdictNote:
      'Blockers cap the verdict, not the maturity level: an organization can be at level 3 and still not ready.',
    ruleContributionTitle: 'Why this score',
    ruleContribution:
      'Each answered question contributes 100 × w × level ÷ (4 × Σw) points to its area, and leaves 100 × w × (4 − level) ÷ (4 × Σw) points on the table. The question that would move the area most is the answered one with the most points left (ties: the critical one, then the heavier).',
    ruleTargetsTitle: 'Targets and gaps',
    ruleTargets:
      'You choose an ambition for each area: foundation (50), competitive (70) or leading (85), each editable. The gap is max(0, target − S).',
    exampleHeading: 'A worked example',
    exampleIntro:
      'Two areas, six questions, every kind of answer. These figures are recomputed by the scoring engine in the project’s tests.',
    exampleCaption: 'The example’s questions and answers',
    colQuestion: 'Question',
    colQuestionWeight: 'w',
    colAnswer: 'Answer',
    colPoints: 'Points',
    colPointsLost: 'Points left',
    critical: 'critical',
    answerDontKnow: 'Don’t know',
    answerNotApplicable: 'Not applicable',
    answerLevel: 'Level {level}',
    exampleAreaWeight: '{area} (area weight {weight})',
    exampleQuestions: {
      p1: 'Customer-facing processes are mapped',
      p2: 'Processes are redesigned before automation',
      p3: 'Service requests follow a defined process',
      p4: 'Campaigns are tracked',
      s1: 'A named executive sponsor owns the initiative',
      s2: 'The strategy aims at customer lifetime value',
    },
    exampleAreas: { processes: 'Processes', strategy: 'Strategy' },
    exampleSteps: [
      'Processes: S = 100 × (3 × 2 + 2 × 3) ÷ (4 × (3 + 2)) = 1200 ÷ 20 = {processesScore}. “Don’t know” is left out of the score but lowers coverage: (3 + 2) ÷ (3 + 2 + 1) = {processesCoverage} %. The “Not applicable” question is out of both sums.',
      'Strategy: S = 100 × (3 × 1 + 2 × 4) ÷ (4 × (3 + 2)) = 1100 ÷ 20 = {strategyScore}, with {strategyCoverage} % coverage.',
      'Readiness index: (3 × {processesScore} + 2 × {strategyScore}) ÷ (3 + 2) = 290 ÷ 5 = {index}. Overall coverage is 10 of 11 weight points, {overallCoverage} %, so the index is not provisional.',
      'Maturity: {index} falls in 40–59, level {maturityLevel}, {maturityName}.',
      'Blockers: the sponsor question is critical and at level 1, so it is a blocker, and the verdict is “{verdict}”, however good the index.',
      'Why: in Processes, the mapping question leaves the most points on the table ({p1Lost}), so raising it would move the area most. With the competitive target of 70, the gaps are {processesGap} for Processes and {strategyGap} for Strategy.',
    ],
  },
  assessments: {
    title: 'Your assessments',
    description:
      'Start, continue, import or share CRM readiness assessments. Everything stays in this browser.',
    heading: 'Your assessments',
    lead: 'Assessments are saved in this browser only, as you answer. Export a file to move one to another device or to keep a copy.',
    loading: 'Loading your assessments…',
    noscript:
      'The questionnaire needs JavaScript. It runs only in your browser: nothing you type is sent anywhere.',
    newHeading: 'Start a new assessment',
    nameLabel: 'Assessment name',
    nameHint: 'For example: “CRM readiness, spring 2027”.',
    organizationLabel: 'Organization',
    assessorLabel: 'Who is assessing (optional)',
    startButton: 'Start the assessment',
    nameRequired: 'Give the assessment a name.',
    organizationRequired: 'Enter the name of the organization.',
    formErrors: 'Please correct the highlighted fields.',
    listHeading: 'Saved in this browser',
    empty: 'No assessment yet. Start one above, or import a file.',
    created: 'Created {date}',
    updated: 'Last change {date}',
    progress: '{answered} of {total} questions answered',
    assessor: 'Assessed by {name}',
    continue: 'Continue',
    continueLabel: 'Continue {name}',
    results: 'Results',
    resultsLabel: 'Results of {name}',
    rename: 'Rename',
    renameLabel: 'New name',
    save: 'Save',
    cancel: 'Cancel',
    duplicate: 'Duplicate',
    copyName: '{name} (copy)',
    export: 'Export file',
    share: 'Copy share link',
    delete: 'Delete',
    actionsLabel: 'Actions for {name}',
    deleteTitle: 'Delete this assessment?',
    deleteText:
      '“{name}” and all its answers will be removed from this browser. You can undo this straight after.',
    deleteConfirm: 'Delete',
    deleted: '“{name}” was deleted.',
    undo: 'Undo',
    restored: '“{name}” was restored.',
    duplicated: '“{name}” was created.',
    renamed: 'Renamed to “{name}”.',
    exported: '“{file}” was downloaded.',
    keptAside:
      '{count} answers refer to questions this version no longer asks; they are kept aside with the assessment, not deleted.',
    importHeading: 'Import an assessment',
    importText: 'Choose a file exported from this tool. It is read in this browser only.',
    importLabel: 'Assessment file (.json)',
    imported: '“{name}” was imported.',
    clashTitle: 'This assessment is already here',
    clashText:
      '“{name}” in this browser is the same assessment as the file (last change {date}). Replace it with the file, or keep both?',
    replace: 'Replace',
    keepBoth: 'Keep both',
    importFailed: 'Nothing was imported, and nothing saved was changed.',
    errorDetails: 'Details',
    importErrors: {
      empty: 'The file is empty.',
      'too-large': 'The file is larger than 1 MB, which is far more than any assessment needs.',
      'not-json': 'This file is not an assessment export: it is not JSON.',
      'not-assessment': 'This file is not an assessment export from this tool.',
      'newer-version':
        'This file was made by a newer version of this tool. Open the site again to update it, then import.',
      invalid: 'This assessment file is damaged or was edited: some of its fields are not valid.',
      'corrupt-link':
        'This share link is broken or incomplete. Ask for the link again and copy it whole.',
      'read-failed': 'The file could not be read.',
    },
    shareHeading: 'An assessment was shared with you',
    shareText:
      '“{name}” for {organization}, {answered} of {total} questions answered. Import it into this browser?',
    shareImport: 'Import',
    shareDismiss: 'Not now',
    shareError: 'This share link could not be opened.',
    shareCopied:
      'Share link copied. Whoever opens it can import this assessment; the data travels inside the link only, never through a server.',
    shareFallback: 'Copy this link to share the assessment:',
    shareLinkLabel: 'Share link',
    storageUnavailable:
      'This browser does not let the site store data (private browsing or a setting). You can keep working, but your answers will be lost when you close the page: export the assessment to keep it.',
    storageFull:
      'Storage in this browser is full, so recent changes are not saved. Export the assessment to keep it, then free some space.',
    storageCorrupt:
      '{count} saved item(s) could not be read. They were kept aside, not deleted, and everything else works.',
    downloadCorrupt: 'Download the unreadable data',
    exportNow: 'Export now',
    otherTabDeleted: 'This assessment was deleted in another tab.',
  },
  wizard: {
    title: 'Assessment',
    description:
      'Answer the CRM readiness questionnaire, phase by phase. Answers are saved in this browser as you go.',
    loading: 'Loading the questionnaire…',
    notFound:
      'This assessment is not saved in this browser. It may have been deleted, or saved in another browser.',
    toList: 'Go to your assessments',
    progressLabel: 'Questions answered',
    progressOverall: '{answered} of {total} questions answered',
    phaseProgress: '{answered} of {total}',
    sectionsLabel: 'Sections',
    sectionsSummary: 'Sections: step {n} of {total}',
    profileStep: 'Organization profile',
    reviewStep: 'Review',
    stepStatus: '{answered} of {total} answered',
    stepOf: 'Step {n} of {total}',
    back: 'Back',
    next: 'Next',
    nextReview: 'Next: review',
    detailsHeading: 'About this assessment',
    why: 'Why it matters',
    level: 'Level {level}',
    dontKnow: 'Don’t know',
    notApplicable: 'Not applicable',
    note: 'Note (optional)',
    noteFor: 'Note for question {n}',
    clear: 'Clear answer',
    critical: 'Critical',
    criticalHint: 'A gate: an answer at level 0 or 1 blocks the verdict.',
    questionNumber: 'Question {n} of {total}',
    saved: 'Saved in this browser.',
    reviewLead:
      'Check what is still open before you look at the results. You can answer any question now or come back later.',
    allAnswered: 'Every question has an answer.',
    unansweredHeading: 'Not answered yet: {count}',
    dontKnowHeading: 'Answered “Don’t know”: {count}',
    answerLink: 'Answer question {n}: {prompt}',
    openCriticalHeading: 'Critical questions still open',
    summaryHeading: 'Where you stand so far',
    index: 'Readiness index',
    outOf: '{value} / 100',
    provisional: 'provisional: less than 60 % of the questions have a level',
    noIndex: 'Not enough information yet: answer some questions with a level.',
    maturity: 'Maturity level',
    verdict: 'Verdict',
    blockersHeading: 'Blockers',
    exportFile: 'Export file',
    seeResults: 'See the results',
  },
  results: {
    title: 'Results',
    description:
      'The readiness index, maturity level, blockers, gaps and why, for one assessment. Computed in your browser.',
    heading: 'Results',
    loading: 'Computing the results…',
    notFound:
      'This assessment is not saved in this browser. It may have been deleted, or saved in another browser.',
    toList: 'Go to your assessments',
    toWizard: 'Back to the questionnaire',
    verdictHeading: 'Verdict',
    index: 'Readiness index',
    outOf: '{value} / 100',
    maturity: 'Maturity level',
    levelName: 'Level {level}: {name}',
    provisional:
      'Provisional: only {coverage} % of the questions’ weight has an answer with a level. Answer more questions for a firmer index.',
    noIndex: 'Not enough information yet: answer some questions with a level to see an index.',
    blockersHeading: 'Blockers: resolve these first',
    blockersLead:
      'Critical questions answered at level 0 or 1. Whatever the index, the organization is not ready until they are resolved.',
    openCriticalHeading: 'Critical questions still open',
    openCriticalLead:
      'These critical questions have no answer with a level yet, so the verdict cannot be final.',
    coverageHeading: 'Areas with little information',
    coverageItem: '{area}: {coverage} % of its questions’ weight answered with a level',
    answerThis: 'Answer or change: {prompt}',
    chartsHeading: 'Where you stand',
    radarCaption: 'Score by area: current, target and earlier',
    radarLabel:
      'Radar chart of the area scores against their targets. The same figures are in the table that follows.',
    phaseCaption: 'Score by phase',
    phaseLabel:
      'Bar chart of the scores of the three phases. The same figures are in the table that follows.',
    colArea: 'Area',
    colPhase: 'Phase',
    colScore: 'Score',
    colTarget: 'Target',
    colGap: 'Gap',
    colCoverage: 'Coverage',
    colEarlier: 'Earlier',
    colDelta: 'Change',
    notEnough: 'not enough information',
    current: 'Current',
    target: 'Target',
    earlier: 'Earlier: {name}',
    targetsHeading: 'Your targets',
    targetsLead:
      'Choose an ambition, then adjust any area. Gaps and priorities follow at once and are saved with the assessment.',
    ambitionLabel: 'Ambition',
    ambitions: {
      foundation: 'Foundation (50)',
      competitive: 'Competitive (70)',
      leading: 'Leading (85)',
    },
    targetFor: 'Target for {area}',
    targetInvalid: 'Enter a whole number from 0 to 100. The last valid target is kept.',
    gapHeading: 'Gaps to close, most important first',
    gapLead: 'Ranked by gap × the area’s weight. Areas without a score rank by their target.',
    strongestHeading: 'Strongest areas',
    weakestHeading: 'Weakest areas',
    noneYet: 'None yet.',
    whyHeading: 'Why this score',
    whyLead:
      'For each area, what each answer adds and what it leaves on the table, and the answer that would move the area most.',
    whySummary: '{area}: {score}',
    colQuestion: 'Question',
    colAnswer: 'Answer',
    colPoints: 'Points',
    colLost: 'Points left',
    level: 'Level {level}',
    lever:
      'Raising “{prompt}” (now level {level}) would move this area most: up to {points} points.',
    noLever: 'Every answered question is at the top level.',
    noAnswers: 'No question of this area has an answer with a level yet.',
    compareHeading: 'Compare with an earlier assessment',
    compareLabel: 'Earlier assessment',
    compareNone: 'No comparison',
    compareEmpty:
      'No other assessment of {organization} is saved in this browser. Import an earlier one on the assessments page to compare.',
    compareCaption: 'Change by area since “{name}”',
    indexDelta: 'Readiness index: {delta} points since “{name}”.',
    recommendationsHeading: 'What to do first',
    recommendationsLead: 'The answers that would move your biggest gaps most.',
    recommendation: '{area}: raise “{prompt}” (now level {level}).',
    recommendationUnscored: '{area}: answer its questions; the area has no score yet.',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    heading: 'This page does not exist',
    text: 'The link may be old or mistyped.',
    home: 'Go to the home page',
  },
} as const;
