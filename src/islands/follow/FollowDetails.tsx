/**
 * A closed part of a follow card (actual dates and note, a KPI's figures) whose fields are drawn
 * only once it is opened. With every card's fields drawn at once, Chrome's autofill laid out each
 * closed part to look at its fields: seconds of blocking on a phone for a plan of 40 initiatives.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  summary: string;
  /** Open it (something in it is saved); closing stays the reader's choice. */
  open: boolean;
  children: ComponentChildren;
}

export function FollowDetails({ summary, open: wanted, children }: Props) {
  const [open, setOpen] = useState(wanted);
  useEffect(() => {
    if (wanted) setOpen(true);
  }, [wanted]);
  return (
    <details
      class="follow-more"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}
