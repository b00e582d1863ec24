/** One slide of the presentation view, in large type; colour never carries meaning alone. */
import type { Ref } from 'preact';
import type { Slide } from '../../domain/workshop/presentation';
import type { HeatMapRow } from '../../domain/workshop/dimension-alignment';
import type { AgreedAnswer } from '../../domain/workshop/workshop';
import type { LevelStatistics } from '../../domain/workshop/statistics';
import { format } from '../../i18n/format';
import type { PresentationProps, WizardDimension, WizardQuestion } from '../types';

type Strings = PresentationProps['strings'];

interface Props {
  slide: Slide;
  headingRef: Ref<HTMLHeadingElement>;
  strings: Strings;
  roles: PresentationProps['roles'];
  dimensions: readonly WizardDimension[];
  lang: string;
}

/** Spread of dimension scores as a word: under 10 points low, under 20 medium, else high. */
function spreadWord(row: HeatMapRow, s: Strings): { word: string; tone: string } | null {
  if (row.dispersion === null) return null;
  if (row.dispersion < 0.2) return { word: s.spreadLow, tone: 'low' };
  if (row.dispersion < 0.4) return { word: s.spreadMedium, tone: 'medium' };
  return { word: s.spreadHigh, tone: 'high' };
}

function number(value: number | null, lang: string, s: Strings, digits = 1): string {
  if (value === null) return s.none;
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

function percent(value: number | null, lang: string, s: Strings): string {
  if (value === null) return s.none;
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

function agreedText(
  agreed: AgreedAnswer,
  question: WizardQuestion | undefined,
  s: Strings,
): string {
  if (agreed.value === 'dont-know') return s.agreedDontKnow;
  if (agreed.value === 'not-applicable') return s.agreedNotApplicable;
  return format(s.agreedLevel, {
    n: agreed.value,
    description: question?.levels[agreed.value] ?? '',
  });
}

function Distribution({ statistics, s }: { statistics: LevelStatistics; s: Strings }) {
  const most = Math.max(1, ...statistics.distribution);
  return (
    <figure class="distribution">
      <figcaption>{s.distributionCaption}</figcaption>
      <ul>
        {statistics.distribution.map((count, level) => (
          // Bar lengths go through a CSS custom property set with the CSSOM, which the CSP allows.
          <li key={level} style={{ '--share': String(count / most) }}>
            <span class="distribution-level">{format(s.levelLabel, { n: level })}</span>
            <span class="distribution-bar" aria-hidden="true" />
            <span class="distribution-count">
              {count === 1 ? s.person : format(s.people, { count })}
            </span>
          </li>
        ))}
      </ul>
      {(statistics.dontKnow > 0 || statistics.notApplicable > 0) && (
        <p class="distribution-other">
          {format(s.dontKnowCount, { count: statistics.dontKnow })} ·{' '}
          {format(s.notApplicableCount, { count: statistics.notApplicable })}
        </p>
      )}
    </figure>
  );
}

export function SlideView({ slide, headingRef, strings: s, roles, dimensions, lang }: Props) {
  const questions = dimensions.flatMap((d) => d.questions);
  const questionOf = (id: string) => questions.find((q) => q.id === id);
  const titleOf = (id: string) => dimensions.find((d) => d.id === id)?.title ?? id;

  if (slide.kind === 'title') {
    const roleParts = [
      ...slide.roles.map((r) => format(s.roleCount, { role: roles[r.role], count: r.count })),
      ...(slide.otherRoles > 0 ? [format(s.otherRoles, { count: slide.otherRoles })] : []),
    ];
    return (
      <div class="slide-title">
        <p class="slide-kicker">{s.titleKicker}</p>
        <h2 ref={headingRef} tabIndex={-1}>
          {slide.organization}
        </h2>
        <p class="slide-lead">
          {new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
            new Date(`${slide.date}T00:00:00Z`),
          )}
        </p>
        <p class="slide-lead">{format(s.answeredOf, slide)}</p>
        {roleParts.length > 0 && <p>{format(s.rolesLine, { roles: roleParts.join(' · ') })}</p>}
        {slide.answered === 0 && <p class="banner warning">{s.noAnswers}</p>}
      </div>
    );
  }

  if (slide.kind === 'overview') {
    return (
      <div>
        <h2 ref={headingRef} tabIndex={-1}>
          {s.overviewHeading}
        </h2>
        <p class="slide-lead">{s.overviewIntro}</p>
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="overview-caption">
          <table class="heat-table">
            <caption id="overview-caption" class="visually-hidden">
              {s.overviewHeading}
            </caption>
            <thead>
              <tr>
                <th scope="col">{s.dimension}</th>
                <th scope="col">{s.meanScore}</th>
                <th scope="col">{s.spread}</th>
                <th scope="col">{s.noConsensus}</th>
              </tr>
            </thead>
            <tbody>
              {slide.rows.map((row) => {
                const spread = spreadWord(row, s);
                return (
                  <tr key={row.dimensionId}>
                    <th scope="row">{titleOf(row.dimensionId)}</th>
                    <td>{number(row.mean, lang, s, 0)}</td>
                    <td class={spread ? `spread-${spread.tone}` : undefined}>
                      {spread
                        ? format(s.spreadValue, {
                            level: spread.word,
                            points: number(row.standardDeviation, lang, s, 0),
                          })
                        : s.none}
                    </td>
                    <td>{percent(row.noConsensusShare, lang, s)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </div>
    );
  }

  if (slide.kind === 'question') {
    const { item, agreed } = slide;
    const question = questionOf(item.questionId);
    const st = item.alignment.statistics;
    return (
      <div>
        <p class="slide-kicker">
          {format(s.questionKicker, {
            dimension: titleOf(item.alignment.dimensionId),
            n: slide.position,
            total: slide.of,
          })}
          {item.critical && <span class="slide-critical">{s.critical}</span>}
        </p>
        <h2 ref={headingRef} tabIndex={-1}>
          {question?.prompt ?? item.questionId}
        </h2>
        <div class="slide-columns">
          <Distribution statistics={st} s={s} />
          <div>
            <p>
              {format(s.statsLine, {
                median: number(st.median, lang, s),
                range: number(st.range, lang, s, 0),
                sd: number(st.standardDeviation, lang, s),
              })}
            </p>
            <p class={item.alignment.consensus === false ? 'flag-disputed' : 'flag-agreed'}>
              {item.alignment.consensus === false ? s.noConsensusFlag : s.consensus}
            </p>
            <div class="agreed-box">
              <h3>{s.agreedLabel}</h3>
              {agreed ? (
                <>
                  <p class="slide-lead">{agreedText(agreed, question, s)}</p>
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

  const shown = slide.openDisputes.slice(0, 5);
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
