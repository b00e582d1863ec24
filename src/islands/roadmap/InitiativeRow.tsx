/** One initiative of the roadmap editor: why it is there, its conflicts, owner and start week. */
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
      <td>
        <input
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
      <td>
        <input
          class="owner-input"
          defaultValue={row.ownerOverride}
          placeholder={row.defaultOwner}
          maxLength={120}
          aria-label={format(s.ownerLabel, { title: item.title })}
          onInput={(event) => setOwner(assessmentId, id, event.currentTarget.value)}
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
      <td class="num">{item.weeks}</td>
      <td class="num">{item.end}</td>
    </tr>
  );
}
