/**
 * The PDF report: an optional cover logo, then prepare (pure) → render (jsPDF, loaded on click) →
 * save. Both steps are fetched only when asked for, so the page's first load does not grow.
 */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { ReportInput } from '../../domain/report/report-input';
import type { ReportLogo, ReportSection } from '../../domain/report/report-document';
import { tryReadLogo } from '../../domain/report/read-logo';
import { format } from '../../i18n/format';
import { WordReportButton } from './WordReportButton';

interface Props {
  strings: UiStrings['results'];
  /** Words of the editable Word report offered beside the PDF (#17). */
  wordStrings: UiStrings['wordReport'];
  /** Everything the report is built from but the logo and extra sections, read at the moment of the click. */
  getInput: () => Omit<ReportInput, 'logo' | 'extraSections'>;
  /** Sections added by other features (packaged vs custom), built lazily too. */
  getExtraSections: () => Promise<ReportSection[]>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; file: string }
  | { kind: 'failed'; error: string };

export function ReportPanel({ strings: s, wordStrings, getInput, getExtraSections }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [logo, setLogo] = useState<{ name: string; logo: ReportLogo } | null>(null);
  const [logoError, setLogoError] = useState<string | null>(null);

  const chooseLogo = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = tryReadLogo(new Uint8Array(await file.arrayBuffer()));
    input.value = '';
    if (result.ok) {
      setLogo({ name: file.name, logo: result.logo });
      setLogoError(null);
    } else {
      setLogoError(s.logoErrors[result.reason]);
    }
  };

  /** The report document as it is at the click, with the chosen logo: the PDF and the Word file share it. */
  const makeDoc = async () => {
    const [{ buildReportDocument }, extraSections] = await Promise.all([
      import('../../domain/report/build-report-document'),
      getExtraSections(),
    ]);
    return buildReportDocument({ ...getInput(), logo: logo?.logo ?? null, extraSections });
  };

  const download = async () => {
    setStatus({ kind: 'working' });
    try {
      const [doc, { renderReportPdf }, { saveBlob }] = await Promise.all([
        makeDoc(),
        import('../../adapters/pdf/render-report-pdf'),
        import('../../adapters/file/save-file'),
      ]);
      saveBlob(doc.fileName, await renderReportPdf(doc));
      setStatus({ kind: 'done', file: doc.fileName });
    } catch (error) {
      setStatus({ kind: 'failed', error: error instanceof Error ? error.message : String(error) });
    }
  };

  const working = status.kind === 'working';
  return (
    <section class="stack panel report-panel" aria-labelledby="report-heading">
      <h3 id="report-heading">{s.pdfHeading}</h3>
      <p>{s.pdfLead}</p>
      <div class="field">
        <label for="report-logo">{s.logoLabel}</label>
        <p class="hint" id="report-logo-hint">
          {s.logoHint}
        </p>
        <input
          id="report-logo"
          type="file"
          accept="image/png,image/jpeg"
          aria-describedby={logoError ? 'report-logo-hint report-logo-error' : 'report-logo-hint'}
          aria-invalid={logoError ? 'true' : undefined}
          onChange={(event) => void chooseLogo(event)}
        />
        {logoError && (
          <p class="error" id="report-logo-error" role="alert">
            {logoError}
          </p>
        )}
        {logo && (
          <p class="meta">
            {format(s.logoReady, {
              name: logo.name,
              width: logo.logo.width,
              height: logo.logo.height,
            })}{' '}
            <button type="button" class="link-button" onClick={() => setLogo(null)}>
              {s.logoRemove}
            </button>
          </p>
        )}
      </div>
      <div class="actions">
        <button
          type="button"
          class="button"
          disabled={working}
          aria-describedby="report-status"
          onClick={() => void download()}
        >
          {working ? s.pdfWorking : s.pdfButton}
        </button>
        <button type="button" class="button secondary" onClick={() => globalThis.print()}>
          {s.printButton}
        </button>
      </div>
      <p id="report-status" role="status" class={status.kind === 'failed' ? 'error' : 'meta'}>
        {status.kind === 'working' && s.pdfWorking}
        {status.kind === 'done' && format(s.pdfDone, { file: status.file })}
        {status.kind === 'failed' && format(s.pdfFailed, { error: status.error })}
      </p>
      <WordReportButton strings={wordStrings} makeDoc={makeDoc} />
    </section>
  );
}
