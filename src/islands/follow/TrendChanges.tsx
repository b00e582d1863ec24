/**
 * What moved most across the runs (#16): the areas that improved and slipped most from the first
 * run to the latest, in points, and the blockers the latest run resolved and added against the one
 * before, by their questions' words. Each list says which runs it compares.
 */
import type { UiStrings } from '../../i18n/types';
import type { AreaMove, TrendView } from '../../domain/follow/trend-view';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';
import { formatChange } from './TrendTable';

interface Props {
  view: TrendView;
  names: {
    titles: Readonly<Record<string, string>>;
    prompts: Readonly<Record<string, string>>;
  };
  strings: UiStrings['follow']['trend'];
  lang: string;
}

/** A titled list, or a sentence when it is empty. */
function Group({ title, items, none }: { title: string; items: readonly string[]; none: string }) {
  return (
    <div class="stack">
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p class="hint">{none}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TrendChanges({ view, names, strings: t, lang }: Props) {
  const day = (d: string) => formatDay(d, lang);
  const first = day(view.runs[0]?.day ?? '');
  const latest = day(view.runs.at(-1)?.day ?? '');
  const moves = (list: readonly AreaMove[]) =>
    list.map((m) =>
      format(t.areaChange, {
        area: names.titles[m.dimensionId] ?? m.dimensionId,
        change: formatChange(m.change, lang),
        from: m.from,
        to: m.to,
      }),
    );
  const prompts = (ids: readonly string[]) => ids.map((id) => names.prompts[id] ?? id);
  return (
    <div class="trend-changes">
      <div class="stack">
        <h3>{t.changesHeading}</h3>
        <p>{format(t.changesLead, { from: first, to: latest })}</p>
        <Group title={t.improved} items={moves(view.improved)} none={t.noneImproved} />
        <Group title={t.slipped} items={moves(view.slipped)} none={t.noneSlipped} />
      </div>
      <div class="stack">
        <h3>{t.blockersHeading}</h3>
        <p>{format(t.blockersLead, { from: day(view.previous.day), to: latest })}</p>
        <Group
          title={format(t.resolved, { count: view.blockersResolved.length })}
          items={prompts(view.blockersResolved)}
          none={t.noneResolved}
        />
        <Group
          title={format(t.added, { count: view.blockersNew.length })}
          items={prompts(view.blockersNew)}
          none={t.noneAdded}
        />
      </div>
    </div>
  );
}
