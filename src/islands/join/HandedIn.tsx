/** Shown once a participant handed their answers in on this device: give the device back. */
import { useEffect, useRef } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';

interface Props {
  strings: UiStrings['join'];
  workshopHref: string;
}

export function HandedIn({ strings: s, workshopHref }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="panel stack handed-in" aria-labelledby="thanks-heading">
      <h2 id="thanks-heading" tabIndex={-1} ref={heading}>
        {s.thanksHeading}
      </h2>
      <p>{s.thanksText}</p>
      <p>
        <a href={workshopHref}>{s.toWorkshop}</a>
      </p>
    </section>
  );
}
