/**
 * The plan as files for the team's tools: MS Project XML, a Jira CSV (epics per phase or per
 * initiative) and a GitLab/GitHub issues CSV, each with how to import it. The writers are fetched
 * on the first click, so the results page's first load does not carry them.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Assessment } from '../../domain/assessment/assessment';
import type { JiraEpicMode } from '../../domain/export/jira-csv';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import { format } from '../../i18n/format';
import type { UiStrings } from '../../i18n/types';

/** The writers, fetched together on the first click. */
async function loadWriters() {
  const [mspdi, jira, issues, csv, files, names] = await Promise.all([
    import('../../domain/export/mspdi'),
    import('../../domain/export/jira-csv'),
    import('../../domain/export/issues-csv'),
    import('../../domain/export/csv'),
    import('../../adapters/file/save-file'),
    import('../../domain/export/plan-file-name'),
  ]);
  return { ...mspdi, ...jira, ...issues, ...csv, ...files, ...names };
}

type Writers = Awaited<ReturnType<typeof loadWriters>>;

interface Props {
  doc: RoadmapDocument;
  assessment: Assessment;
  strings: UiStrings['toolFiles'];
  /** Said when the writers cannot be fetched; {error} is the reason. */
  failed: string;
  /** More ways to take the plan away, shown after the files (the Markdown copy). */
  children?: ComponentChildren;
}

export function PlanToolFiles({ doc, assessment, strings: s, failed, children }: Props) {
  const [status, setStatus] = useState('');
  const [epics, setEpics] = useState<JiraEpicMode>('phase');
  const labels = { plan: s.planLabel, changeManagement: s.changeLabel };
  const save = (w: Writers, suffix: string, text: string, type: string) => {
    const file = w.toPlanFileName(assessment, new Date(), suffix);
    w.saveTextFile(file, text, type.split(';')[0]);
    setStatus(format(s.downloaded, { file }));
  };
  const run = (write: (w: Writers) => void) =>
    void loadWriters().then(write, (error: unknown) =>
      setStatus(format(failed, { error: String(error) })),
    );
  const msProject = (w: Writers) =>
    save(
      w,
      '-ms-project.xml',
      w.toMspdi(doc, {
        title: format(s.projectTitle, { organization: assessment.organization }),
        company: assessment.organization,
        calendarName: s.calendarName,
        now: new Date(),
        notes: s.text,
      }),
      w.MSPDI_MIME,
    );
  const jira = (w: Writers) =>
    save(
      w,
      '-jira.csv',
      w.toJiraCsv(doc, { epics, text: s.text, labels, milestoneSummary: s.milestoneSummary }),
      w.CSV_MIME,
    );
  const issues = (w: Writers) =>
    save(w, '-issues.csv', w.toIssuesCsv(doc, { text: s.text, labels }), w.CSV_MIME);

  return (
    <div class="stack tool-files">
      <h3 class="visually-hidden">{s.heading}</h3>
      <p>{s.lead}</p>
      <div class="stack">
        <button type="button" class="button secondary" onClick={() => run(msProject)}>
          {s.msProject}
        </button>
        <p class="meta">{s.msProjectHelp}</p>
      </div>
      <div class="stack">
        <fieldset class="ambition">
          <legend>{s.jiraEpics}</legend>
          {(['phase', 'initiative'] as const).map((mode) => (
            <label key={mode} class="inline-choice">
              <input
                type="radio"
                name="jira-epics"
                value={mode}
                checked={epics === mode}
                onChange={() => setEpics(mode)}
              />
              {mode === 'phase' ? s.jiraEpicsPhase : s.jiraEpicsInitiative}
            </label>
          ))}
        </fieldset>
        <button type="button" class="button secondary" onClick={() => run(jira)}>
          {s.jira}
        </button>
        <p class="meta">{s.jiraHelp}</p>
      </div>
      <div class="stack">
        <button type="button" class="button secondary" onClick={() => run(issues)}>
          {s.issues}
        </button>
        <p class="meta">{s.issuesHelp}</p>
      </div>
      <p role="status" class="meta">
        {status}
      </p>
      {children}
    </div>
  );
}
