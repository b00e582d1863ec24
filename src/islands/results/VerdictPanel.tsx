/** The verdict first: index, maturity level in words, verdict, blockers, open criticals, thin areas. */
import type { UiStrings } from '../../i18n/types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import { toDisplayIndex } from '../../domain/scoring/maturity-level';
import { format } from '../../i18n/format';
import type { LeanDimension, LeanQuestion } from '../types';

interface Props {
  score: AssessmentScore;
  dimensions: readonly LeanDimension[];
  strings: UiStrings['results'];
  verdicts: UiStrings['verdicts'];
  maturity: Readonly<Record<string, { readonly name: string; readonly meaning: string }>>;
  answerHref: (question: LeanQuestion) => string;
}

export function VerdictPanel({
  score,
  dimensions,
  strings: s,
  verdicts,
  maturity,
  answerHref,
}: Props) {
  const questions = new Map(dimensions.flatMap((d) => d.questions).map((q) => [q.id, q]));
  const level = score.maturity ? maturity[score.maturity.id] : undefined;
  const thin = score.dimensions.filter((d) => d.lowCoverage);
  const titleOf = (id: string) => dimensions.find((d) => d.id === id)?.title ?? id;
  // Blockers are answered already (level 0 or 1): resolved, not answered (#14).
  const links = (ids: readonly string[], template: string) => (
    <ul class="link-list">
      {ids.map((id) => {
        const q = questions.get(id);
        return q ? (
          <li key={id}>
            <a href={answerHref(q)}>{format(template, { prompt: q.prompt })}</a>
          </li>
        ) : null;
      })}
    </ul>
  );
  return (
    <section class="panel stack verdict-panel" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{s.verdictHeading}</h2>
      <p class={score.verdict === 'not-ready' ? 'verdict-line blocked' : 'verdict-line'}>
        <strong>{verdicts[score.verdict]}</strong>
      </p>
      {score.index === null ? (
        <p>{s.noIndex}</p>
      ) : (
        <div class="figures">
          <p class="figure">
            <span class="figure-label">{s.index}</span>
            <strong class="big">{format(s.outOf, { value: toDisplayIndex(score.index) })}</strong>
          </p>
          {score.maturity && level && (
            <p class="figure">
              <span class="figure-label">{s.maturity}</span>
              <strong>
                {format(s.levelName, { level: score.maturity.level, name: level.name })}
              </strong>
              <span>{level.meaning}</span>
            </p>
          )}
        </div>
      )}
      {score.provisional && score.index !== null && (
        <p class="banner warning">
          {format(s.provisional, { coverage: Math.round(score.coverage * 100) })}
        </p>
      )}
      {score.blockers.length > 0 && (
        <div class="banner danger blockers">
          <h3>{s.blockersHeading}</h3>
          <p>{s.blockersLead}</p>
          {links(score.blockers, s.resolveThis)}
        </div>
      )}
      {score.openCriticals.length > 0 && (
        <div class="banner warning">
          <h3>{s.openCriticalHeading}</h3>
          <p>{s.openCriticalLead}</p>
          {links(score.openCriticals, s.answerThis)}
        </div>
      )}
      {thin.length > 0 && (
        <div class="banner warning">
          <h3>{s.coverageHeading}</h3>
          <ul>
            {thin.map((d) => (
              <li key={d.dimensionId}>
                {format(s.coverageItem, {
                  area: titleOf(d.dimensionId),
                  coverage: Math.round(d.coverage * 100),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
