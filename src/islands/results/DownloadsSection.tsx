/** Everything to take away, in one place the menu reaches in one step: the PDF report and the plan's files. */
import type { ComponentChildren } from 'preact';
import type { UiStrings } from '../../i18n/types';

interface Props {
  strings: UiStrings['results'];
  children: ComponentChildren;
}

export function DownloadsSection({ strings: s, children }: Props) {
  return (
    <section id="downloads" class="stack results-part" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading">{s.downloadsHeading}</h2>
      <p>{s.downloadsLead}</p>
      {children}
    </section>
  );
}
