/** Round 1 against round 2, question by question: figures with their n, who moved, minority views (#18). */
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import type { QuestionMovement } from '../../domain/workshop/round-two';
import type { LevelStatistics } from '../../domain/workshop/statistics';
import { format } from '../../i18n/format';
import { formatFigure } from './workshop-format';

interface Props {
  movement: readonly QuestionMovement[];
  workshop: Workshop;
  prompts: ReadonlyMap<string, string>;
  strings: UiStrings['workshop'];
  lang: string;
}

export function RoundMovementTable({ movement, workshop, prompts, strings: s, lang }: Props) {
  const r = s.rounds;
  const names = new Map(workshop.participants.map((p) => [p.id, p.name]));
  const figures = (stats: LevelStatistics, consensus: boolean | null) =>
    format(r.roundFigures, {
      median: formatFigure(stats.median, lang, s.none),
      count: stats.count,
      consensus: consensus === null ? r.unknown : consensus ? r.reached : r.notReached,
    });
  return (
    <>
      <h3 id="round-movement-heading">{r.movementHeading}</h3>
      <div class="table-scroll" role="region" aria-labelledby="round-movement-heading" tabIndex={0}>
        <table class="round-movement">
          <thead>
            <tr>
              <th scope="col">{r.colQuestion}</th>
              <th scope="col">{r.colRound1}</th>
              <th scope="col">{r.colRound2}</th>
              <th scope="col">{r.colMoved}</th>
            </tr>
          </thead>
          <tbody>
            {movement.map((m) => (
              <tr key={m.questionId}>
                <th scope="row">
                  {prompts.get(m.questionId) ?? m.questionId}
                  {m.minorityReasons.length > 0 && (
                    <div class="round-minority">
                      <p>{r.minorityHeading}</p>
                      <ul>
                        {m.minorityReasons.map((reason) => (
                          <li key={reason.participantId}>{format(r.minorityReason, reason)}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </th>
                <td>{figures(m.first, m.consensusBefore)}</td>
                <td>{figures(m.second, m.consensusAfter)}</td>
                <td>
                  {format(r.moved, { up: m.movedUp, down: m.movedDown, compared: m.compared })}
                  {/* Names only when the facilitator chose to see individual answers. */}
                  {workshop.showIndividual && m.movers.length > 0 && (
                    <>
                      <br />
                      {format(r.movedNames, {
                        names: m.movers.map((id) => names.get(id) ?? id).join(', '),
                      })}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
