/** The last slide: how many answers were agreed, and the disputes still open (the first five). */
import { format } from '../../i18n/format';
import type { SlideProps } from './slide-props';

/** Open disputes listed by name; the rest are counted. */
const SHOWN_DISPUTES = 5;

export function SummarySlide({ slide, headingRef, strings: s, questionOf }: SlideProps<'summary'>) {
  const shown = slide.openDisputes.slice(0, SHOWN_DISPUTES);
  return (
    <div>
      <h2 ref={headingRef} tabIndex={-1}>
        {s.summaryHeading}
      </h2>
      <p class="slide-lead">{format(s.summaryAgreed, slide)}</p>
      <h3>{s.openDisputesHeading}</h3>
      {shown.length === 0 ? (
        <p>{s.noOpenDisputes}</p>
      ) : (
        <ul class="open-disputes">
          {shown.map((id) => (
            <li key={id}>{questionOf(id)?.prompt ?? id}</li>
          ))}
          {slide.openDisputes.length > shown.length && (
            <li>{format(s.moreOpen, { count: slide.openDisputes.length - shown.length })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
