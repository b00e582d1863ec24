/** Downloads of the plan: initiatives and KPIs as CSV, milestones as iCalendar, the plan as JSON. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import {
  toInitiativesCsv,
  toKpisCsv,
  toMilestonesCalendar,
  toPlanJson,
} from '../../domain/roadmap/roadmap-exports';
import { toSlug } from '../../domain/assessment/export-file';
import { CSV_MIME } from '../../domain/export/csv';
import { ICALENDAR_MIME } from '../../domain/export/icalendar';
import { saveTextFile } from '../../adapters/file/save-file';
import { format } from '../../i18n/format';

interface Props {
  doc: RoadmapDocument;
  assessment: Assessment;
  strings: UiStrings['roadmap'];
}

export function RoadmapExports({ doc, assessment, strings: s }: Props) {
  const [status, setStatus] = useState('');
  const names = {
    units: s.units,
    directions: s.directions,
    frequencies: s.frequencies,
    ratings: s.ratings,
  };
  const base = `crm-roadmap-${toSlug(assessment.organization || assessment.name) || 'plan'}-${new Date().toISOString().slice(0, 10)}`;
  const save = (suffix: string, text: string, type: string) => {
    const file = `${base}${suffix}`;
    saveTextFile(file, text, type.split(';')[0]);
    setStatus(format(s.downloaded, { file }));
  };
  const files = [
    {
      label: s.csvInitiatives,
      run: () => save('-initiatives.csv', toInitiativesCsv(doc, s.csv, names), CSV_MIME),
    },
    { label: s.csvKpis, run: () => save('-kpis.csv', toKpisCsv(doc, s.csv, names), CSV_MIME) },
    {
      label: s.ics,
      run: () => {
        const calendar = toMilestonesCalendar(doc, {
          calendarName: `${s.heading}: ${assessment.organization}`,
          assessmentId: assessment.id,
          now: new Date(),
          labels: s.csv,
        });
        save('-milestones.ics', calendar.text, ICALENDAR_MIME);
      },
    },
    {
      label: s.json,
      run: () =>
        save(
          '.json',
          toPlanJson(doc, {
            organization: assessment.organization,
            assessment: assessment.name,
            now: new Date(),
          }),
          'application/json',
        ),
    },
  ];
  return (
    <div class="stack">
      <h3>{s.exportsHeading}</h3>
      <p>{s.exportsLead}</p>
      <div class="actions">
        {files.map((f) => (
          <button key={f.label} type="button" class="button secondary" onClick={f.run}>
            {f.label}
          </button>
        ))}
      </div>
      <p role="status" class="meta">
        {status}
      </p>
    </div>
  );
}
