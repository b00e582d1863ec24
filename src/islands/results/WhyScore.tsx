/** Per area: what each answer adds, what it leaves on the table, and the answer that would move it most. */
import type { UiStrings } from '../../i18n/types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import { format } from '../../i18n/format';
import type { LeanDimension } from '../types';
import { usePrinting } from './use-printing';
import { WhyArea } from './WhyArea';
import { getNumberFormat } from '../../domain/format/intl-cache';

interface Props {
  score: AssessmentScore;
  dimensions: readonly LeanDimension[];
  strings: UiStrings['results'];
  lang: string;
}

export function WhyScore({ score, dimensions, strings: s, lang }: Props) {
  const printing = usePrinting();
  const number = (value: number) =>
    getNumberFormat(lang, { maximumFractionDigits: 1 }).format(value);
  return (
    <section class="stack" aria-labelledby="why-heading">
      <h2 id="why-heading">{s.whyHeading}</h2>
      <p>{s.whyLead}</p>
      {score.dimensions.map((d) => {
        const dimension = dimensions.find((x) => x.id === d.dimensionId);
        if (!dimension) return null;
        const prompt = (id: string) => dimension.questions.find((q) => q.id === id)?.prompt ?? id;
        const shown =
          d.score === null ? s.notEnough : format(s.outOf, { value: Math.round(d.score) });
        const lever = d.biggestLever;
        return (
          <WhyArea
            key={d.dimensionId}
            summary={format(s.whySummary, { area: dimension.title, score: shown })}
            printing={printing}
          >
            {() => (
              <>
                {d.contributions.length === 0 ? (
                  <p>{s.noAnswers}</p>
                ) : (
                  <div class="table-scroll" tabIndex={0} role="region" aria-label={dimension.title}>
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">{s.colQuestion}</th>
                          <th scope="col">{s.colAnswer}</th>
                          <th scope="col" class="num">
                            {s.colPoints}
                          </th>
                          <th scope="col" class="num">
                            {s.colLost}
                          </th>
                        </tr>
                      </thead>
                      <tbody>
                        {d.contributions.map((c) => (
                          <tr
                            key={c.questionId}
                            class={c.questionId === lever?.questionId ? 'lever' : undefined}
                          >
                            <th scope="row">{prompt(c.questionId)}</th>
                            <td>{format(s.level, { level: c.level })}</td>
                            <td class="num">+{number(c.points)}</td>
                            <td class="num">{number(c.pointsLost)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                )}
                {d.contributions.length > 0 && (
                  <p>
                    {lever
                      ? format(s.lever, {
                          prompt: prompt(lever.questionId),
                          level: lever.level,
                          points: number(lever.pointsLost),
                        })
                      : s.noLever}
                  </p>
                )}
              </>
            )}
          </WhyArea>
        );
      })}
    </section>
  );
}
