/**
 * The follow page's downloads: the board summary (one A4 page for the leadership team) and the
 * reminders calendar (the plan's milestones, each KPI's review days and the day to assess again).
 * Their code is fetched on the click.
 */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import type { FollowPageData } from '../types';
import { format } from '../../i18n/format';
import type { BoardSource } from './board-summary';

interface Props {
  doc: RoadmapDocument;
  assessment: Assessment;
  strings: UiStrings['follow'];
  roadmapStrings: FollowPageData['roadmapStrings'];
  /** What the board summary is made of, but the plan's document and the assessment. */
  board: Omit<BoardSource, 'doc' | 'assessment'>;
}

async function saveReminders(props: Props): Promise<string> {
  const [exports, reminders, ics, files, names] = await Promise.all([
    import('../../domain/roadmap/roadmap-exports'),
    import('../../domain/follow/reminders'),
    import('../../domain/export/icalendar'),
    import('../../adapters/file/save-file'),
    import('../../domain/export/plan-file-name'),
  ]);
  const { doc, assessment, strings: s, roadmapStrings: r } = props;
  const events = reminders.buildReminderEvents({
    kpis: doc.kpis.map((k) => ({ id: k.id, name: k.name, frequency: k.frequency })),
    planStart: doc.planStart,
    planWeeks: doc.totalWeeks,
    reassessOn: assessment.plan?.reassessOn,
    labels: { review: s.page.reviewReminder, reassess: s.page.reassessReminder },
  });
  const calendar = exports.toMilestonesCalendar(doc, {
    calendarName: `${r.heading}: ${assessment.organization}`,
    assessmentId: assessment.id,
    now: new Date(),
    labels: r.csv,
    reminders: events,
  });
  const file = names.toPlanFileName(assessment, new Date(), '-reminders.ics');
  files.saveTextFile(file, calendar.text, ics.ICALENDAR_MIME.split(';')[0]);
  return file;
}

export function FollowDownloads(props: Props) {
  const p = props.strings.page;
  const [status, setStatus] = useState('');
  const report = (made: Promise<string>) =>
    void made.then(
      (file) => setStatus(format(p.downloaded, { file })),
      (error: unknown) => setStatus(format(p.failed, { error: String(error) })),
    );
  const saveBoard = () => {
    setStatus(p.making);
    report(
      import('./board-summary').then((m) =>
        m.saveBoardSummary({ ...props.board, doc: props.doc, assessment: props.assessment }),
      ),
    );
  };
  return (
    <section class="stack follow-downloads" aria-labelledby="follow-downloads">
      <h2 id="follow-downloads">{p.downloadsHeading}</h2>
      <p>{p.boardLead}</p>
      <div class="actions">
        <button type="button" class="button" onClick={saveBoard}>
          {p.board}
        </button>
      </div>
      <p>{p.remindersLead}</p>
      <div class="actions" data-downloads="follow">
        <button type="button" class="button secondary" onClick={() => report(saveReminders(props))}>
          {p.reminders}
        </button>
      </div>
      <p role="status" class="status">
        {status}
      </p>
    </section>
  );
}
