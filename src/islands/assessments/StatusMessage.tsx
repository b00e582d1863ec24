/** The page's live status line: what just happened, with an undo button after a deletion. */
import { useEffect, useRef } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';

/** What the status line says; `undo` offers to bring back what was deleted. */
export interface Status {
  readonly text: string;
  readonly undo?: boolean;
  /** 'warning' for a change shown but not stored (#15). */
  readonly tone?: 'success' | 'warning';
}

interface Props {
  status: Status | null;
  strings: UiStrings['assessments'];
  onUndo: () => void;
}

export function StatusMessage({ status, strings: s, onUndo }: Props) {
  const region = useRef<HTMLDivElement>(null);
  // A warning (not saved) is read out, and also brought into view: the button that led to it is
  // often far below, and the page must not look as if it worked (#15).
  useEffect(() => {
    if (status?.tone === 'warning') region.current?.scrollIntoView({ block: 'nearest' });
  }, [status]);
  return (
    <div role="status" class="status" aria-live="polite" ref={region}>
      {status && (
        <p class={`banner ${status.tone ?? 'success'}`}>
          {status.text}{' '}
          {status.undo && (
            <button type="button" class="button secondary" onClick={onUndo}>
              {s.undo}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
