/** How many gave each level, don't know and N/A: a small table with a bar beside each count. */
import type { UiStrings } from '../../i18n/types';
import type { LevelStatistics } from '../../domain/workshop/statistics';
import { format } from '../../i18n/format';

interface Props {
  id: string;
  statistics: LevelStatistics;
  /** Whether the question allows "not applicable" (the row is shown only then). */
  notApplicable: boolean;
  /** The longest possible bar: everyone who handed in answers. */
  submitted: number;
  strings: UiStrings['workshop'];
}

export function DistributionTable({ id, statistics, notApplicable, submitted, strings: s }: Props) {
  const rows = [
    ...statistics.distribution.map((count, level) => ({
      label: format(s.level, { level }),
      count,
    })),
    { label: s.dontKnow, count: statistics.dontKnow },
    ...(notApplicable ? [{ label: s.notApplicable, count: statistics.notApplicable }] : []),
  ];
  return (
    <table class="distribution">
      <caption id={`${id}-caption`}>{s.distributionCaption}</caption>
      <thead>
        <tr>
          <th scope="col">{s.colAnswer}</th>
          <th scope="col">{s.colCount}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            <td>
              <span class="bar-cell">
                <span class="count">{row.count}</span>
                {/* The number says it; the bar only helps the eye compare. */}
                <progress aria-hidden="true" max={Math.max(1, submitted)} value={row.count} />
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
