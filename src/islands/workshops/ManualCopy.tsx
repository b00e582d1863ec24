/** Text the browser would not copy, selected in a box for copying by hand. */
import { useEffect, useRef } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';

/** What to copy by hand, and its label. */
export interface Manual {
  readonly label: string;
  readonly text: string;
}

export function ManualCopy({
  manual,
  strings: s,
}: {
  manual: Manual;
  strings: UiStrings['workshop'];
}) {
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [manual]);
  return (
    <div class="banner warning field">
      <label for="manual-copy">{manual.label}</label>
      <p class="hint">{s.copyRefused}</p>
      <textarea id="manual-copy" ref={box} readOnly rows={3} value={manual.text} />
    </div>
  );
}
