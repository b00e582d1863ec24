/** English UI strings: method. */
export const method = {
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
} as const;
