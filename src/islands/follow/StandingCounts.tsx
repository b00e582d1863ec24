/** Where the plan stands in numbers: every status in all, by phase and by owner (tables). */
import type { UiStrings } from '../../i18n/types';
import { EFFECTIVE_STATUSES, type StatusCounts } from '../../domain/follow/plan-progress';
import type { PlanStanding } from '../../domain/follow/plan-progress';

interface Props {
  standing: PlanStanding;
  strings: UiStrings['follow'];
  phaseNames: Readonly<Record<string, string>>;
  lang: string;
}

function CountsTable(props: {
  caption: string;
  column: string;
  rows: readonly (readonly [string, StatusCounts])[];
  strings: UiStrings['follow'];
  lang: string;
}) {
  const { strings: s } = props;
  return (
    <div class="table-scroll" role="region" aria-label={props.caption} tabIndex={0}>
      <table>
        <caption>{props.caption}</caption>
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
                <td class="num" key={status}>
                  {counts[status].toLocaleString(props.lang)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
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
            <span class="count">{total[status].toLocaleString(lang)}</span>{' '}
            <span>{s.statuses[status]}</span>
          </li>
        ))}
      </ul>
      <CountsTable
        caption={p.phaseCaption}
        column={p.phaseColumn}
        rows={Object.entries(standing.byPhase).map(([id, c]) => [phaseNames[id] ?? id, c])}
        strings={s}
        lang={lang}
      />
      <CountsTable
        caption={p.ownerCaption}
        column={p.ownerColumn}
        rows={Object.entries(standing.byOwner)}
        strings={s}
        lang={lang}
      />
    </div>
  );
}
