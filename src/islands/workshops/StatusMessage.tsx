/** The page's live region: what the last action did, optionally with Undo, and focus when asked. */
import { useEffect, useRef, useState } from 'preact/hooks';

/** One message; `at` makes a repeated message a new one. */
export interface Status {
  readonly text: string;
  readonly tone?: 'success' | 'warning' | 'danger' | undefined;
  readonly undo?: boolean | undefined;
  /** Move focus to the message: the control that was used is gone, or the result needs reading. */
  readonly focus?: boolean | undefined;
  readonly at?: number | undefined;
}

/** A status of one's own, and the function that reports a new one (stamped, so repeats count). */
export function useStatus(): [Status | null, (status: Status) => void] {
  const [status, setStatus] = useState<Status | null>(null);
  return [status, (next) => setStatus({ ...next, at: Date.now() })];
}

interface Props {
  status: Status | null;
  strings: { readonly undo: string };
  onUndo?: (() => void) | undefined;
}

export function StatusMessage({ status, strings, onUndo }: Props) {
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!status?.focus) return;
    // After any dialog has handed focus back, so that this move wins.
    const timer = setTimeout(() => message.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, [status]);
  return (
    <div role="status" class="status" aria-live="polite">
      {status && status.text !== '' && (
        <p class={`banner ${status.tone ?? 'success'}`} ref={message} tabIndex={-1}>
          {status.text}{' '}
          {status.undo && onUndo && (
            <button type="button" class="button secondary" onClick={onUndo}>
              {strings.undo}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
