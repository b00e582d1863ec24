/**
 * The plan as an Excel workbook: prepare (pure) → write (write-excel-file) → save, all three
 * fetched on the click, so the results page's first load does not carry the library (#17).
 */
import { useState } from 'preact/hooks';
import type { Assessment } from '../../domain/assessment/assessment';
import type { ScanCoverage } from '../../domain/assessment/assessment-mode';
import type { ResultsView } from '../../domain/results-view';
import type { RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import { toReportBase } from './report-base';
import { toWorkbookLabels } from './workbook-labels';
import { format } from '../../i18n/format';
import type { ResultsProps } from '../types';

interface Props extends ResultsProps {
  assessment: Assessment;
  view: ResultsView;
  doc: RoadmapDocument;
  scan: ScanCoverage | null;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; error: string };

export function WorkbookPanel(props: Props) {
  const { lang, workbookStrings: s } = props;
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      const [{ buildPlanWorkbook }, { renderPlanWorkbook }, { saveBlob }] = await Promise.all([
        import('../../domain/export/plan-workbook'),
        import('../../adapters/xlsx/render-plan-workbook'),
        import('../../adapters/file/save-file'),
      ]);
      const book = buildPlanWorkbook({
        ...toReportBase(props),
        labels: toWorkbookLabels(s, props.roadmapStrings),
      });
      saveBlob(book.fileName, await renderPlanWorkbook(book, lang));
      setStatus({ kind: 'done', file: book.fileName });
    } catch (error) {
      setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const working = status.kind === 'working';
  return (
    <section class="stack panel" aria-labelledby="workbook-heading">
      <h3 id="workbook-heading">{s.heading}</h3>
      <p id="workbook-help">{s.help}</p>
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          disabled={working}
          aria-describedby="workbook-help workbook-status"
          onClick={() => void download()}
        >
          {working ? s.working : s.button}
        </button>
      </div>
      <p id="workbook-status" role="status" class={status.kind === 'failed' ? 'error' : 'meta'}>
        {status.kind === 'working' && s.working}
        {status.kind === 'done' && format(s.done, { file: status.file })}
        {status.kind === 'failed' && format(s.failed, { error: status.error })}
      </p>
    </section>
  );
}
