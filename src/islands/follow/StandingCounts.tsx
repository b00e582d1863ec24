/** Where the plan stands in numbers: every status in all, by phase and by owner (tables). */
import type { UiStrings } from '../../i18n/types';
import { formatScore } from '../../i18n/format';
import { EFFECTIVE_STATUSES, type StatusCounts } from '../../domain/follow/plan-progress';
import type { PlanStanding } from '../../domain/follow/plan-progress';

interface Props {
  standing: PlanStanding;
  strings: UiStrings['follow'];
  phaseNames: Readonly<Record<string, string>>;
  lang: string;
}

function CountsTable(props: {
  id: string;
  caption: string;
  column: string;
  rows: readonly (readonly [string, StatusCounts])[];
  strings: UiStrings['follow'];
  lang: string;
}) {
  const { strings: s } = props;
  return (
    // The caption sits above the scrolling box, so that a narrow screen shows it whole.
    <div class="counts">
      <p class="counts-caption" id={props.id}>
        {props.caption}
      </p>
      <div class="table-scroll" role="region" aria-labelledby={props.id} tabIndex={0}>
        <table class="counts-table" aria-labelledby={props.id}>
          <thead>
            <tr>
              <th scope="col">{props.column}</th>
              {EFFECTIVE_STATUSES.map((status) => (
                <th scope="col" class="num" key={status}>
                  {s.statuses[status]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map(([name, counts]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {EFFECTIVE_STATUSES.map((status) => (
                  <td class="num" key={status} data-label={s.statuses[status]}>
                    {formatScore(counts[status], props.lang, '')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export function StandingCounts({ standing, strings: s, phaseNames, lang }: Props) {
  const p = s.page;
  const { total } = standing;
  return (
    <div class="stack">
      <ul class="status-totals" aria-label={p.totalCaption}>
        {EFFECTIVE_STATUSES.map((status) => (
          <li key={status} class={`status-total status-${status}`}>
            <span class="count">{formatScore(total[status], lang, '')}</span>{' '}
            <span>{s.statuses[status]}</span>
          </li>
        ))}
      </ul>
      <CountsTable
        id="by-phase"
        caption={p.phaseCaption}
        column={p.phaseColumn}
        rows={Object.entries(standing.byPhase).map(([id, c]) => [phaseNames[id] ?? id, c])}
        strings={s}
        lang={lang}
      />
      <CountsTable
        id="by-owner"
        caption={p.ownerCaption}
        column={p.ownerColumn}
        rows={Object.entries(standing.byOwner)}
        strings={s}
        lang={lang}
      />
    </div>
  );
}
