/**
 * The editable Word report beside the PDF: the same report document (with the same logo), drawn by
 * the docx adapter, which is fetched only on the click, then saved as `crm-plan-….docx`.
 */
import { useState } from 'preact/hooks';
import type { ReportDocument } from '../../domain/report/report-document';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';

interface Props {
  strings: UiStrings['wordReport'];
  /** Builds the report document at the moment of the click, exactly as the PDF gets it. */
  makeDoc: () => Promise<ReportDocument>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; error: string };

export function WordReportButton({ strings: s, makeDoc }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      const [doc, { renderReportDocx, toDocxFileName }, { saveBlob }] = await Promise.all([
        makeDoc(),
        import('../../adapters/docx/render-report-docx'),
        import('../../adapters/file/save-file'),
      ]);
      const file = toDocxFileName(doc.fileName);
      saveBlob(file, await renderReportDocx(doc, { contentsTitle: s.contents }));
      setStatus({ kind: 'done', file });
    } catch (error) {
      setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const working = status.kind === 'working';
  return (
    <div class="stack word-report">
      <div class="actions">
        <button
          type="button"
          class="button secondary"
          disabled={working}
          aria-describedby="word-report-help word-report-status"
          onClick={() => void download()}
        >
          {working ? s.working : s.button}
        </button>
      </div>
      <p class="hint" id="word-report-help">
        {s.help}
      </p>
      <p id="word-report-status" role="status" class={status.kind === 'failed' ? 'error' : 'meta'}>
        {status.kind === 'working' && s.working}
        {status.kind === 'done' && format(s.done, { file: status.file })}
        {status.kind === 'failed' && format(s.failed, { error: status.error })}
      </p>
    </div>
  );
}
