/** The roadmap editor: include or leave out, owner, start week; conflicts are flagged, never moved. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { DocumentInitiative } from '../../domain/roadmap/roadmap-document';
import type { RoadmapConflict } from '../../domain/roadmap/apply-edits';
import { format } from '../../i18n/format';

/** Why an initiative is in the plan, and its suggested start. */
export interface ItemContext {
  readonly reason: string;
  readonly suggestedStart: number;
  readonly overridden: boolean;
  readonly ownerOverride: string;
  readonly defaultOwner: string;
  readonly excludedDependencies: readonly string[];
}

interface Props {
  initiatives: readonly DocumentInitiative[];
  context: (id: string) => ItemContext;
  conflicts: readonly RoadmapConflict[];
  titleOf: (id: string) => string;
  endOf: (id: string) => number;
  strings: UiStrings['roadmap'];
  onExclude: (id: string) => void;
  onOwner: (id: string, owner: string) => void;
  onStart: (id: string, week: number | null) => void;
}

export function InitiativeTable(props: Props) {
  const { initiatives, strings: s } = props;
  const [invalid, setInvalid] = useState<ReadonlySet<string>>(new Set());
  const setValidity = (id: string, ok: boolean) =>
    setInvalid((set) => {
      const next = new Set(set);
      if (ok) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="initiatives-heading">
      <table class="initiative-table">
        <thead>
          <tr>
            <th scope="col">{s.colInclude}</th>
            <th scope="col">{s.colInitiative}</th>
            <th scope="col">{s.colOwner}</th>
            <th scope="col">{s.colStart}</th>
            <th scope="col" class="num">
              {s.colWeeks}
            </th>
            <th scope="col" class="num">
              {s.colEnd}
            </th>
          </tr>
        </thead>
        <tbody>
          {initiatives.map((item) => {
            const c = props.context(item.id);
            const conflicts = props.conflicts.filter((x) => x.id === item.id);
            const bad = invalid.has(item.id);
            return (
              <tr key={item.id} class={`phase-${item.changeManagement ? 'change' : item.phase}`}>
                <td>
                  <input
                    type="checkbox"
                    class="big-check"
                    checked
                    aria-label={format(s.includeLabel, { title: item.title })}
                    onChange={() => props.onExclude(item.id)}
                  />
                </td>
                <th scope="row" class="initiative-cell">
                  <span class="badge">
                    <span class="shape" aria-hidden="true" />
                    {item.phaseName}
                  </span>
                  <strong>{item.title}</strong>
                  <span class="meta">{c.reason}</span>
                  {conflicts.map((x) => (
                    <span class="error" key={x.dependencyId} role="status">
                      {format(s.conflict, {
                        dependency: props.titleOf(x.dependencyId),
                        end: props.endOf(x.dependencyId),
                      })}
                    </span>
                  ))}
                  {c.excludedDependencies.map((d) => (
                    <span class="meta" key={d}>
                      {format(s.excludedDependency, { dependency: props.titleOf(d) })}
                    </span>
                  ))}
                </th>
                <td>
                  <input
                    class="owner-input"
                    defaultValue={c.ownerOverride}
                    placeholder={c.defaultOwner}
                    maxLength={120}
                    aria-label={format(s.ownerLabel, { title: item.title })}
                    onInput={(event) => props.onOwner(item.id, event.currentTarget.value)}
                  />
                </td>
                <td>
                  <input
                    class="week-input"
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={520}
                    step={1}
                    key={`${item.id}-${c.overridden ? 'own' : item.start}`}
                    defaultValue={String(item.start)}
                    aria-label={format(s.startLabel, { title: item.title })}
                    aria-invalid={bad ? 'true' : undefined}
                    aria-describedby={bad ? `start-${item.id}-error` : undefined}
                    onChange={(event) => {
                      const text = event.currentTarget.value.trim();
                      const week = Number(text);
                      const ok = text !== '' && Number.isInteger(week) && week >= 0 && week <= 520;
                      setValidity(item.id, ok);
                      if (ok) props.onStart(item.id, week);
                    }}
                  />
                  {bad && (
                    <span class="error" id={`start-${item.id}-error`}>
                      {s.startInvalid}
                    </span>
                  )}
                  {c.overridden && (
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => props.onStart(item.id, null)}
                    >
                      {format(s.resetStart, { week: c.suggestedStart })}
                    </button>
                  )}
                </td>
                <td class="num">{item.weeks}</td>
                <td class="num">{item.end}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
