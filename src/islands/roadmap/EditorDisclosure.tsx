/**
 * A closed editor that is drawn only once opened: the initiative and KPI editors hold most of the
 * results page's elements, and drawing them on first load cost a phone its blocking time. A URL
 * fragment naming the editor (`#initiatives`, `#kpis`) opens it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  id: string;
  summary: string;
  /** Open it now (its fragment was followed); closing stays the reader's choice. */
  wanted: boolean;
  children: ComponentChildren;
}

export function EditorDisclosure({ id, summary, wanted, children }: Props) {
  const [open, setOpen] = useState(wanted);
  useEffect(() => {
    if (wanted) setOpen(true);
  }, [wanted]);
  return (
    <details
      id={id}
      class="editor-disclosure"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open && <div class="stack editor-body">{children}</div>}
    </details>
  );
}
