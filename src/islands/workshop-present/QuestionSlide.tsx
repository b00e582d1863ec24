/** One disputed question: its answers' distribution and figures, consensus, and the agreed answer. */
import { format } from '../../i18n/format';
import { Distribution } from './Distribution';
import type { SlideProps } from './slide-props';
import { describeAgreed, formatNumber } from './slide-text';

export function QuestionSlide(props: SlideProps<'question'>) {
  const { slide, headingRef, strings: s, lang } = props;
  const { item, agreed } = slide;
  const question = props.questionOf(item.questionId);
  const st = item.alignment.statistics;
  const disputed = item.alignment.consensus === false;
  return (
    <div>
      <p class="slide-kicker">
        {format(s.questionKicker, {
          dimension: props.titleOf(item.alignment.dimensionId),
          n: slide.position,
          total: slide.of,
        })}
        {item.critical && <span class="slide-critical">{s.critical}</span>}
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        {question?.prompt ?? item.questionId}
      </h2>
      <div class="slide-columns">
        {slide.hidden ? (
          <p class="slide-lead">{s.distributionHidden}</p>
        ) : (
          <Distribution statistics={st} s={s} />
        )}
        <div>
          <p>
            {format(s.statsLine, {
              median: formatNumber(st.median, lang, s),
              range: formatNumber(st.range, lang, s, 0),
              sd: formatNumber(st.standardDeviation, lang, s),
              count: st.count,
            })}
          </p>
          <p class={disputed ? 'flag-disputed' : 'flag-agreed'}>
            {format(disputed ? s.rules.notReached : s.rules.reached, {
              rule: s.rules.names[slide.rule],
              min: st.min ?? '',
              max: st.max ?? '',
            })}
          </p>
          <div class="agreed-box">
            <h3>{s.agreedLabel}</h3>
            {agreed ? (
              <>
                <p class="slide-lead">{describeAgreed(agreed, question, s)}</p>
                {agreed.note !== '' && <p>{agreed.note}</p>}
              </>
            ) : (
              <p>{s.notAgreed}</p>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
