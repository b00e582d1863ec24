/** One question's figures per role group; pooled groups say so, small groups are never shown alone. */
import type { UiStrings } from '../../i18n/types';
import type { RoleGroupAlignment } from '../../domain/workshop/alignment';
import { formatFigure } from './workshop-format';
import { describeRoleGroup, formatRange } from './alignment-text';

interface Props {
  id: string;
  /** The question's heading: with the caption, it names the scrolling region (one per question). */
  questionHeadingId: string;
  groups: readonly RoleGroupAlignment[];
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  lang: string;
}

export function RoleGroupTable({
  id,
  questionHeadingId,
  groups,
  strings: s,
  roleNames,
  lang,
}: Props) {
  return (
    <div>
      <p class="table-title" aria-hidden="true">
        {s.roleCaption}
      </p>
      <div
        class="table-scroll"
        role="region"
        aria-labelledby={`${id}-caption ${questionHeadingId}`}
        tabIndex={0}
      >
        <table class="role-groups">
          <caption id={`${id}-caption`} class="visually-hidden">
            {s.roleCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{s.colGroup}</th>
              <th scope="col" class="num">
                {s.colPeople}
              </th>
              <th scope="col" class="num">
                {s.colAnswers}
              </th>
              <th scope="col" class="num">
                {s.colMean}
              </th>
              <th scope="col" class="num">
                {s.colRange}
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.roles.join('+')}>
                <th scope="row">{describeRoleGroup(g, roleNames, s)}</th>
                <td class="num">{g.participants}</td>
                <td class="num">{g.statistics.count}</td>
                <td class="num">{formatFigure(g.statistics.mean, lang, s.none)}</td>
                <td class="num">{formatRange(g.statistics.min, g.statistics.max, lang, s)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
