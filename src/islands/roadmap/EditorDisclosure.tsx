/**
 * A closed editor that is drawn only once opened: the initiative and KPI editors hold most of the
 * results page's elements, and drawing them on first load cost a phone its blocking time. Form
 * fields go in one too: Chrome's autofill looks at every field added to a page, and for one in a
 * part the browser skips (content-visibility) it lays out that whole part, a long task on a phone
 * (#12). A URL fragment naming the editor (`#targets`, `#plan-settings`, `#initiatives`, `#kpis`)
 * opens it.
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
