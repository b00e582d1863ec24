/**
 * "Copy as Markdown": the executive summary, the plan and the KPIs put on the clipboard. When the
 * browser refuses, the text is shown read-only and selected, with a download of it as a file. The
 * report builder is fetched on the click, so the page's first load does not carry it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Assessment } from '../../domain/assessment/assessment';
import type { ReportInput } from '../../domain/report/report-input';
import { format } from '../../i18n/format';
import type { UiStrings } from '../../i18n/types';

interface Props {
  assessment: Assessment;
  strings: UiStrings['toolFiles'];
  /** Said when the builder cannot be fetched; {error} is the reason. */
  failed: string;
  /** The report's input, read at the moment of the click. */
  getInput: () => Omit<ReportInput, 'logo' | 'extraSections'>;
}

async function loadBuilders() {
  const [report, markdown, files, names] = await Promise.all([
    import('../../domain/report/build-report-document'),
    import('../../domain/export/markdown'),
    import('../../adapters/file/save-file'),
    import('../../domain/export/plan-file-name'),
  ]);
  return { ...report, ...markdown, ...files, ...names };
}

export function MarkdownCopy({ assessment, strings: s, failed, getInput }: Props) {
  const [status, setStatus] = useState('');
  const [refused, setRefused] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    area.current?.select();
  }, [refused]);

  const copy = async () => {
    try {
      const b = await loadBuilders();
      const text = b.toMarkdown(b.buildReportDocument({ ...getInput(), logo: null }));
      if (await b.copyText(text)) {
        setRefused(null);
        setStatus(s.copied);
      } else {
        setRefused(text);
        setStatus(s.copyRefused);
      }
    } catch (error) {
      setStatus(format(failed, { error: String(error) }));
    }
  };

  const download = async (text: string) => {
    const b = await loadBuilders();
    const file = b.toPlanFileName(assessment, new Date(), '.md');
    b.saveTextFile(file, text, b.MARKDOWN_MIME.split(';')[0]);
    setStatus(format(s.downloaded, { file }));
  };

  return (
    <div class="stack">
      <button type="button" class="button secondary" onClick={() => void copy()}>
        {s.markdown}
      </button>
      <p class="meta">{s.markdownHelp}</p>
      <p role="status" class="meta">
        {status}
      </p>
      {refused !== null && (
        <div class="stack">
          <label for="markdown-text">{s.markdownText}</label>
          <textarea id="markdown-text" ref={area} readOnly rows={10} value={refused} />
          <button type="button" class="button secondary" onClick={() => void download(refused)}>
            {s.downloadMarkdown}
          </button>
        </div>
      )}
    </div>
  );
}
