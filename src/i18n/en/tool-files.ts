/** English UI strings: the plan as files for the team's tools (MS Project, Jira, GitLab, Markdown). */
export const toolFiles = {
  heading: 'Open the plan in your team’s tools',
  lead: 'Files shaped for the tools the team already works in. Status and actual dates stay empty until the plan’s progress is tracked.',
  msProject: 'MS Project (.xml)',
  msProjectHelp:
    'In MS Project, choose File > Open, set the file type to “XML Format” and open this file; ProjectLibre opens it with File > Open. Phases are summary tasks, go-lives are milestones and owners are resources, on a Monday-to-Friday week of 8-hour days.',
  jira: 'Jira (.csv)',
  jiraEpics: 'Epics in Jira',
  jiraEpicsPhase: 'One epic per phase, a task per initiative',
  jiraEpicsInitiative: 'One epic per initiative, its milestone as a task',
  jiraHelp:
    'In Jira, go to Settings > System > External system import > CSV (or “Import work items” in a project) and enter yyyy-MM-dd as the date format. Map Issue ID, Parent, Issue Type, Summary, Description, Labels, Start date and Due date to the fields of the same name: epics come first, so every task keeps its parent.',
  issues: 'GitLab or GitHub issues (.csv)',
  issuesHelp:
    'In GitLab, open the project’s issue list and choose Import CSV: it reads the title, description and due date columns. GitHub has no CSV import: the labels column is ready for a script that runs gh issue create for each row.',
  markdown: 'Copy as Markdown',
  markdownHelp:
    'Copies the executive summary, the plan and the KPIs as Markdown, to paste into Confluence, Notion, a wiki or an e-mail.',
  copied: 'The summary and the plan are on the clipboard, as Markdown.',
  copyRefused:
    'The browser did not allow copying. Select the text below and copy it, or download it as a file.',
  markdownText: 'The plan as Markdown',
  downloadMarkdown: 'Download .md',
  loadFailed: 'These files could not be loaded. Reload the page to try again: nothing was lost.',
  downloaded: '“{file}” was downloaded.',
  projectTitle: 'CRM plan: {organization}',
  calendarName: 'Standard',
  planLabel: 'CRM plan',
  changeLabel: 'Change management',
  milestoneSummary: 'Milestone: {milestone}',
  text: {
    owner: 'Owner',
    planned: 'Planned: {start} to {end} ({weeks} weeks)',
    dependsOn: 'After',
    kpis: 'KPIs',
    milestone: 'Milestone',
    status: 'Status',
    notStarted: 'Not started',
  },
} as const;
