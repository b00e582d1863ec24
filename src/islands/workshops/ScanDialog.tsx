/**
 * "Scan answers" (#18): the camera in a modal dialog reads participants' QR codes one after
 * another. A whole code goes through the same import as a pasted one, so every refusal applies; a
 * sequence's parts are gathered in any order until complete. A live region reads out each result.
 * The camera stops (its light goes off) when the dialog closes, however it closes. Loaded with
 * import() on the click, with the camera and decoder adapter.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import { takeScannedText } from '../../domain/workshop/qr-parts';
import { loadFrameReader, openCamera, stopCamera } from '../../adapters/qr/qr-scan';

/** A line of what scanning did, in the tone of a banner. */
export interface ScanLine {
  readonly tone: 'success' | 'warning' | 'danger' | 'info';
  readonly lines: readonly string[];
}

interface Props {
  workshopId: string;
  strings: UiStrings['qr'];
  /** Imports a whole code as if pasted and says what happened. */
  onCode: (code: string) => Promise<ScanLine>;
  onClose: () => void;
}

type CameraState = 'starting' | 'scanning' | 'denied' | 'no-camera' | 'failed';

export default function ScanDialog({ workshopId, strings: s, onCode, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const video = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<CameraState>('starting');
  const [result, setResult] = useState<ScanLine | null>(null);
  // What this session has read: the last whole text (a code stays in view for many frames) and
  // the parts of a sequence gathered so far.
  const last = useRef('');
  const parts = useRef<readonly string[]>([]);
  const returnTo = useRef<Element | null>(null);

  const handle = async (text: string): Promise<void> => {
    if (text === last.current) return;
    last.current = text;
    const step = takeScannedText(parts.current, text, workshopId);
    parts.current = step.parts;
    if (step.kind === 'code') setResult(await onCode(step.code));
    else if (step.kind === 'waiting') {
      const { read: n, total, missing } = step;
      setResult({
        tone: 'info',
        lines: [format(s.partRead, { n, total, missing: missing.join(', ') })],
      });
    } else {
      const refusal = {
        mixed: s.partsMixed,
        'other-workshop': s.partsOtherWorkshop,
        corrupt: s.partsCorrupt,
      }[step.reason];
      setResult({ tone: 'danger', lines: [refusal] });
    }
  };

  useEffect(() => {
    returnTo.current = document.activeElement;
    dialog.current?.showModal();
    let live = true;
    let stream: MediaStream | null = null;
    void (async () => {
      const opened = await openCamera();
      if (!opened.ok) {
        if (live) setCamera(opened.reason);
        return;
      }
      stream = opened.stream;
      if (!live) {
        stopCamera(stream);
        return;
      }
      const view = video.current!;
      view.srcObject = stream;
      await view.play().catch(() => undefined);
      const read = await loadFrameReader();
      if (!live) return;
      setCamera('scanning');
      const tick = async () => {
        if (!live) return;
        const texts = await read(view).catch(() => []);
        for (const text of texts) if (live) await handle(text);
        if (live) requestAnimationFrame(() => void tick());
      };
      void tick();
    })();
    return () => {
      live = false;
      if (stream) stopCamera(stream);
      if (video.current) video.current.srcObject = null;
      // Close before focusing back: what is behind an open modal dialog cannot take focus.
      dialog.current?.close();
      if (returnTo.current instanceof HTMLElement && returnTo.current.isConnected) {
        returnTo.current.focus();
      }
    };
    // Opened once per mount: the parent mounts the dialog to scan and unmounts it to stop.
  }, []);

  const refused = camera === 'denied' || camera === 'no-camera' || camera === 'failed';
  const cameraText = {
    starting: s.starting,
    scanning: s.scanning,
    denied: s.cameraDenied,
    'no-camera': s.noCamera,
    failed: s.cameraFailed,
  }[camera];
  return (
    <dialog
      ref={dialog}
      class="dialog scan-dialog"
      aria-labelledby="scan-heading"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="scan-heading">{s.scanHeading}</h2>
      <p>{s.scanLead}</p>
      <video
        ref={video}
        class="scan-video"
        aria-label={s.videoLabel}
        muted
        playsInline
        hidden={camera !== 'scanning' && camera !== 'starting'}
      />
      <p class={refused ? 'banner warning' : 'scan-state'} role={refused ? 'alert' : undefined}>
        {cameraText}
      </p>
      <div role="status" class="status scan-result">
        {result && (
          <div class={`banner ${result.tone}`}>
            {result.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </div>
        )}
      </div>
      <div class="dialog-actions">
        <button type="button" class="button" onClick={onClose}>
          {refused ? s.closeScan : s.stopScanning}
        </button>
      </div>
    </dialog>
  );
}
