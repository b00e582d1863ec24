/** How many people chose each level of one question, as labelled bars with counts. */
import type { LevelStatistics } from '../../domain/workshop/statistics';
import { format } from '../../i18n/format';
import type { SlideStrings } from './slide-text';

export function Distribution({ statistics, s }: { statistics: LevelStatistics; s: SlideStrings }) {
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
