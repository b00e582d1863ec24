/**
 * One initiative of the roadmap editor: why it is there, its conflicts, owner and start week. A row
 * of a table on wide screens, a card on a phone, where each control shows its column's name.
 */
import type { UiStrings } from '../../i18n/types';
import type { DocumentInitiative } from '../../domain/roadmap/roadmap-document';
import type { InclusionReason, RoadmapRow } from '../../domain/roadmap-view';
import { format } from '../../i18n/format';
import { setIncluded, setOwner, setStartWeek } from '../../stores/plan';

interface Props {
  assessmentId: string;
  item: DocumentInitiative;
  row: RoadmapRow;
  /** Whether the start week typed last was refused. */
  invalid: boolean;
  strings: UiStrings['roadmap'];
  onValidity: (initiativeId: string, ok: boolean) => void;
}

/** The sentence saying why an initiative is in the plan. */
function reasonText(reason: InclusionReason, s: UiStrings['roadmap']): string {
  if (reason.kind === 'triggered') {
    return format(s.triggeredBy, { prompts: reason.prompts.join(' · ') });
  }
  return reason.kind === 'channel' ? s.channelReason : s.alwaysNeeded;
}

export function InitiativeRow({ assessmentId, item, row, invalid, strings: s, onValidity }: Props) {
  const id = item.id;
  return (
    <tr class={`phase-${item.changeManagement ? 'change' : item.phase}`}>
      <td class="include-cell">
        <label class="cell-label" for={`include-${id}`}>
          {s.colInclude}
        </label>
        <input
          id={`include-${id}`}
          type="checkbox"
          class="big-check"
          checked
          aria-label={format(s.includeLabel, { title: item.title })}
          onChange={() => setIncluded(assessmentId, id, false)}
        />
      </td>
      <th scope="row" class="initiative-cell">
        <span class="badge">
          <span class="shape" aria-hidden="true" />
          {item.phaseName}
        </span>
        <strong>{item.title}</strong>
        <span class="meta">{reasonText(row.reason, s)}</span>
        {row.conflicts.map((x) => (
          <span class="error" key={x.id} role="status">
            {format(s.conflict, { dependency: x.title, end: x.end })}
          </span>
        ))}
        {row.excludedDependencies.map((d) => (
          <span class="meta" key={d.id}>
            {format(s.excludedDependency, { dependency: d.title })}
          </span>
        ))}
      </th>
      <td class="owner-cell">
        <label class="cell-label" for={`owner-${id}`}>
          {s.colOwner}
        </label>
        {/* The suggested role is a value, as the exports use it; emptied, it comes back (#14). */}
        <input
          id={`owner-${id}`}
          class="owner-input"
          defaultValue={row.ownerOverride.trim() || row.defaultOwner}
          maxLength={120}
          aria-label={format(s.ownerLabel, { title: item.title })}
          aria-describedby={row.ownerOverride.trim() ? `owner-${id}-suggested` : undefined}
          onInput={(event) => setOwner(assessmentId, id, event.currentTarget.value)}
          onBlur={(event) => {
            if (event.currentTarget.value.trim() === '')
              event.currentTarget.value = row.defaultOwner;
          }}
        />
        {row.ownerOverride.trim() && (
          <span class="meta" id={`owner-${id}-suggested`}>
            {format(s.suggested, { target: row.defaultOwner })}
          </span>
        )}
      </td>
      <td class="start-cell">
        <label class="cell-label" for={`start-${id}`}>
          {s.colStart}
        </label>
        <input
          id={`start-${id}`}
          class="week-input"
          type="number"
          inputMode="numeric"
          min={0}
          max={520}
          step={1}
          key={`${id}-${row.overridden ? 'own' : item.start}`}
          defaultValue={String(item.start)}
          aria-label={format(s.startLabel, { title: item.title })}
          aria-invalid={invalid ? 'true' : undefined}
          aria-describedby={invalid ? `start-${id}-error` : undefined}
          onChange={(event) => {
            const text = event.currentTarget.value.trim();
            const week = Number(text);
            const ok = text !== '' && Number.isInteger(week) && week >= 0 && week <= 520;
            onValidity(id, ok);
            if (ok) setStartWeek(assessmentId, id, week);
          }}
        />
        {invalid && (
          <span class="error" id={`start-${id}-error`}>
            {s.startInvalid}
          </span>
        )}
        {row.overridden && (
          <button
            type="button"
            class="link-button"
            onClick={() => setStartWeek(assessmentId, id, null)}
          >
            {format(s.resetStart, { week: row.suggestedStart })}
          </button>
        )}
      </td>
      <td class="num">
        <span class="cell-label" aria-hidden="true">
          {s.colWeeks}{' '}
        </span>
        {item.weeks}
      </td>
      <td class="num">
        <span class="cell-label" aria-hidden="true">
          {s.colEnd}{' '}
        </span>
        {item.end}
      </td>
    </tr>
  );
}
