/**
 * One area of "why this score", closed until the reader opens it: its table is built and drawn only
 * then (or for printing), since all areas' tables together were a fifth of the results page's elements.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  summary: string;
  /** The page is being printed: draw the table for the paper. */
  printing: boolean;
  /** Called only while the area is open (or printed), so a closed area formats nothing. */
  children: () => ComponentChildren;
}

export function WhyArea({ summary, printing, children }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details class="why-area" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {(open || printing) && children()}
    </details>
  );
}
