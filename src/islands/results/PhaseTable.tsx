/** The phase chart's table: each phase's score and coverage, with its badge. */
import type { UiStrings } from '../../i18n/types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import { PHASE_IDS, type PhaseId } from '../../domain/scoring/model';
import { formatScore } from '../../i18n/format';

interface Props {
  score: AssessmentScore;
  phaseNames: Readonly<Record<PhaseId, string>>;
  strings: UiStrings['results'];
  lang: string;
}

export function PhaseTable({ score, phaseNames, strings: s, lang }: Props) {
  const number = (value: number | null) => formatScore(value, lang, s.notEnough);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="phase-caption">
      <table>
        <caption id="phase-caption">{s.phaseCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.colPhase}</th>
            <th scope="col" class="num">
              {s.colScore}
            </th>
            <th scope="col" class="num">
              {s.colCoverage}
            </th>
          </tr>
        </thead>
        <tbody>
          {PHASE_IDS.map((p) => (
            <tr key={p} class={`phase-${p}`}>
              <th scope="row">
                <span class="badge">
                  <span class="shape" aria-hidden="true" />
                  {phaseNames[p]}
                </span>
              </th>
              <td class="num">{number(score.phases[p].score)}</td>
              <td class="num">{Math.round(score.phases[p].coverage * 100)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
