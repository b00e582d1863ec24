/** Collect answers: paste a submission code or open a submission file; see what was added or why not. */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import { MAX_TRANSFER_BYTES } from '../../domain/workshop/transfer-limit';
import { format } from '../../i18n/format';
import { readTextFile } from '../../adapters/file/save-file';
import { importSubmission, keepNewerSubmission } from '../../stores/workshops';
import {
  describeFileFailure,
  describeImport,
  getDisplayName,
  type ImportOutcome,
} from './import-messages';
import { HandedInList } from './HandedInList';
import type ScanDialogType from './ScanDialog';
import type { ScanLine } from './ScanDialog';

type ScanDialogComponent = ComponentType<Parameters<typeof ScanDialogType>[0]>;

interface Props {
  workshop: Workshop;
  strings: UiStrings['workshop'];
  qrStrings: UiStrings['qr'];
  roleNames: UiStrings['roles'];
  lang: string;
}

export function CollectSection({ workshop, strings: s, qrStrings, roleNames, lang }: Props) {
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const result = useRef<HTMLDivElement>(null);
  // The outcome is what the facilitator needs next: read it out and put focus there.
  useEffect(() => {
    if (outcome) result.current?.focus();
  }, [outcome]);

  const run = async (text: string, pasted: boolean) => {
    setBusy(true);
    const imported = await importSubmission(workshop.id, text);
    setBusy(false);
    setOutcome(describeImport(imported, { strings: s, roleNames, workshop, lang }));
    if (imported.ok && pasted) setCode('');
  };
  const chooseFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = await readTextFile(file, MAX_TRANSFER_BYTES);
    // Clear the choice so that the same file can be picked again.
    input.value = '';
    if (read.ok) await run(read.text, false);
    else setOutcome(describeFileFailure(read.reason, s));
  };
  // "Scan answers" (#18): the dialog, the camera and the decoder load on the click.
  const [Scan, setScan] = useState<ScanDialogComponent | null>(null);
  const [scanFailed, setScanFailed] = useState(false);
  const startScan = () => {
    setScanFailed(false);
    import('./ScanDialog').then(
      (module) => setScan(() => module.default),
      () => setScanFailed(true),
    );
  };
  const scanned = async (text: string): Promise<ScanLine> => {
    const imported = await importSubmission(workshop.id, text);
    const { isSameSubmission } = await import('../../domain/workshop/same-submission');
    let shown: ImportOutcome;
    if (
      !imported.ok &&
      imported.reason === 'duplicate' &&
      isSameSubmission(imported.submission, imported.previous)
    ) {
      const participant = workshop.participants.find(
        (p) => p.id === imported.submission.participantId,
      );
      const name = getDisplayName(participant, s);
      shown = { tone: 'success', lines: [format(qrStrings.alreadyCollected, { name })] };
    } else {
      shown = describeImport(imported, { strings: s, roleNames, workshop, lang });
    }
    setOutcome(shown);
    return shown;
  };
  const resolveDuplicate = (keepNewer: boolean) => {
    const duplicate = outcome?.duplicate;
    if (!duplicate) return;
    const participant = workshop.participants.find((p) => p.id === duplicate.participantId);
    const name = getDisplayName(participant, s);
    if (keepNewer) keepNewerSubmission(workshop.id, duplicate);
    setOutcome({
      tone: 'success',
      lines: [format(keepNewer ? s.keptNewer : s.keptEarlier, { name })],
    });
  };

  return (
    <section class="stack workshop-section" id="collect" aria-labelledby="collect-heading">
      <h2 id="collect-heading">{s.collectHeading}</h2>
      <p class="prose">{s.collectLead}</p>
      <div class="collect-forms">
        <form
          class="stack"
          onSubmit={(event) => {
            event.preventDefault();
            void run(code, true);
          }}
        >
          <div class="field">
            <label for="submission-code">{s.pasteLabel}</label>
            <p class="hint" id="submission-code-hint">
              {s.pasteHint}
            </p>
            <textarea
              id="submission-code"
              rows={3}
              value={code}
              spellcheck={false}
              autoComplete="off"
              aria-describedby="submission-code-hint"
              onInput={(event) => setCode(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button" aria-busy={busy ? 'true' : undefined}>
            {s.addAnswers}
          </button>
        </form>
        <div class="stack">
          <p>
            <button type="button" class="button" onClick={startScan}>
              {qrStrings.scanButton}
            </button>
          </p>
          {scanFailed && (
            <p class="banner warning" role="alert">
              {qrStrings.cameraFailed}
            </p>
          )}
        </div>
        <div class="field">
          <label for="submission-file">{s.fileLabel}</label>
          <input
            id="submission-file"
            type="file"
            accept=".json,application/json"
            onChange={(event) => void chooseFile(event)}
          />
        </div>
      </div>
      <div class="import-result" aria-live="polite">
        {outcome && (
          <div class={`banner ${outcome.tone}`} ref={result} tabIndex={-1}>
            {outcome.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
            {outcome.duplicate && (
              <div class="actions">
                <button type="button" class="button" onClick={() => resolveDuplicate(true)}>
                  {s.keepNewer}
                </button>
                <button
                  type="button"
                  class="button secondary"
                  onClick={() => resolveDuplicate(false)}
                >
                  {s.keepEarlier}
                </button>
              </div>
            )}
            {outcome.detail && outcome.tone === 'danger' && (
              <details>
                <summary>{s.errorDetails}</summary>
                <pre class="detail">{outcome.detail}</pre>
              </details>
            )}
          </div>
        )}
      </div>
      {Scan && (
        <Scan
          workshopId={workshop.id}
          strings={qrStrings}
          onCode={scanned}
          onClose={() => setScan(null)}
        />
      )}
      <HandedInList workshop={workshop} strings={s} roleNames={roleNames} lang={lang} />
    </section>
  );
}
