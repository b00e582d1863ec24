/**
 * Downloads of the plan: initiatives and KPIs as CSV, milestones as iCalendar, the plan as JSON. The
 * file writers are fetched on the first click, so the results page's first load does not carry them.
 */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import type * as RoadmapWriters from '../../domain/roadmap/roadmap-exports';
import type { toPlanFileName } from '../../domain/export/plan-file-name';

/** The file writers and their media types, fetched together on the first click. */
type Writers = typeof RoadmapWriters & {
  csvType: string;
  icsType: string;
  saveTextFile: (file: string, text: string, type?: string) => void;
  toPlanFileName: typeof toPlanFileName;
};

async function loadWriters(): Promise<Writers> {
  const [writers, csv, ics, files, names] = await Promise.all([
    import('../../domain/roadmap/roadmap-exports'),
    import('../../domain/export/csv'),
    import('../../domain/export/icalendar'),
    import('../../adapters/file/save-file'),
    import('../../domain/export/plan-file-name'),
  ]);
  return {
    ...writers,
    csvType: csv.CSV_MIME,
    icsType: ics.ICALENDAR_MIME,
    saveTextFile: files.saveTextFile,
    toPlanFileName: names.toPlanFileName,
  };
}
import { format } from '../../i18n/format';

interface Props {
  doc: RoadmapDocument;
  assessment: Assessment;
  strings: UiStrings['roadmap'];
  /** Said when the file writers cannot be fetched; {error} is the reason. */
  failed: string;
}

export function RoadmapExports({ doc, assessment, strings: s, failed }: Props) {
  const [status, setStatus] = useState('');
  const names = {
    units: s.units,
    directions: s.directions,
    frequencies: s.frequencies,
    ratings: s.ratings,
  };
  const save = (w: Writers, suffix: string, text: string, type: string) => {
    const file = w.toPlanFileName(assessment, new Date(), suffix);
    w.saveTextFile(file, text, type.split(';')[0]);
    setStatus(format(s.downloaded, { file }));
  };
  const files: { label: string; run: (w: Writers) => void }[] = [
    {
      label: s.csvInitiatives,
      run: (w) => save(w, '-initiatives.csv', w.toInitiativesCsv(doc, s.csv, names), w.csvType),
    },
    {
      label: s.csvKpis,
      run: (w) => save(w, '-kpis.csv', w.toKpisCsv(doc, s.csv, names), w.csvType),
    },
    {
      label: s.ics,
      run: (w) => {
        const calendar = w.toMilestonesCalendar(doc, {
          calendarName: `${s.heading}: ${assessment.organization}`,
          assessmentId: assessment.id,
          now: new Date(),
          labels: s.csv,
        });
        save(w, '-milestones.ics', calendar.text, w.icsType);
      },
    },
    {
      label: s.json,
      run: (w) =>
        save(
          w,
          '.json',
          w.toPlanJson(doc, {
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
          <button
            key={f.label}
            type="button"
            class="button secondary"
            onClick={() =>
              void loadWriters().then(f.run, (error: unknown) =>
                setStatus(format(failed, { error: String(error) })),
              )
            }
          >
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
