/** The plan as a timeline: one row per initiative, grouped by phase, bars placed by week. */
import type { UiStrings } from '../../i18n/types';
import type { DocumentGoLive, DocumentInitiative } from '../../domain/roadmap/roadmap-document';
import { PHASE_IDS } from '../../domain/scoring/model';
import { format } from '../../i18n/format';

interface Props {
  initiatives: readonly DocumentInitiative[];
  /** Each channel's go-live, drawn as a marker on the scale. */
  goLives: readonly DocumentGoLive[];
  totalWeeks: number;
  conflicted: ReadonlySet<string>;
  strings: UiStrings['roadmap'];
}

export function RoadmapTimeline({
  initiatives,
  goLives,
  totalWeeks,
  conflicted,
  strings: s,
}: Props) {
  const span = Math.max(totalWeeks, 1);
  const ticks = Array.from({ length: Math.floor(span / 8) + 1 }, (_, i) => i * 8);
  const groups = [
    ...PHASE_IDS.map((phase) => ({
      key: phase,
      label: initiatives.find((i) => i.phase === phase)?.phaseName ?? phase,
      items: initiatives.filter((i) => i.phase === phase && !i.changeManagement),
    })),
    { key: 'change', label: s.changeLane, items: initiatives.filter((i) => i.changeManagement) },
  ].filter((g) => g.items.length > 0);
  // Positions go through CSS custom properties set with the CSSOM, which the CSP allows.
  const place = (start: number, weeks: number) => ({
    '--start': String(start / span),
    '--size': String(weeks / span),
  });
  return (
    <figure class="timeline" aria-label={s.timelineLabel}>
      <div class="timeline-scale" aria-hidden="true">
        {ticks.map((week) => (
          <span key={week} style={place(week, 0)}>
            {week}
          </span>
        ))}
      </div>
      <ul class="timeline-go-lives" aria-label={s.goLivesLabel}>
        {goLives.map((g) => (
          <li key={g.channel} class="timeline-go-live">
            <span aria-hidden="true">◆ </span>
            {format(s.goLiveMarker, { channel: s.channels[g.channel], week: g.week })}
          </li>
        ))}
      </ul>
      {groups.map((group) => (
        <section
          key={group.key}
          class={`timeline-group phase-${group.key}`}
          aria-label={group.label}
        >
          <h4>{group.label}</h4>
          <ol>
            {group.items.map((item) => {
              const live = goLives.find((g) => g.id === item.id);
              return (
                <li key={item.id} class={conflicted.has(item.id) ? 'conflict' : undefined}>
                  {/* The whole name, wrapped: a name cut with "…" hides what the bar is (#14). */}
                  <span class="timeline-label">{item.title}</span>
                  <span class="timeline-track">
                    <span class="timeline-bar" style={place(item.start, item.weeks)}>
                      <span class="visually-hidden">
                        {format(s.weekRange, { start: item.start, end: item.end })}
                      </span>
                    </span>
                    {live && (
                      <span class="timeline-go-live-marker" style={place(live.week, 0)}>
                        <span aria-hidden="true">◆</span>
                        <span class="visually-hidden">
                          {format(s.goLiveMarker, {
                            channel: s.channels[live.channel],
                            week: live.week,
                          })}
                        </span>
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </figure>
  );
}
