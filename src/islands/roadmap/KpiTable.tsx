/**
 * The plan's KPIs: definition, unit, baseline and target to fill in, review frequency. A table on
 * wide screens, a card per KPI on a phone, where each control shows its column's name.
 */
import type { UiStrings } from '../../i18n/types';
import type { DocumentKpi } from '../../domain/roadmap/roadmap-document';
import type { KpiSetting } from '../../domain/assessment/assessment';
import { format } from '../../i18n/format';

interface Props {
  kpis: readonly DocumentKpi[];
  strings: UiStrings['roadmap'];
  onChange: (id: string, change: Partial<KpiSetting>) => void;
}

const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'yearly'] as const;

export function KpiTable({ kpis, strings: s, onChange }: Props) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="kpi-heading">
      <table class="kpi-table">
        <thead>
          <tr>
            <th scope="col">{s.colKpi}</th>
            <th scope="col">{s.colBaseline}</th>
            <th scope="col">{s.colKpiTarget}</th>
            <th scope="col">{s.colFrequency}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.id}>
              <th scope="row" class="kpi-cell">
                <strong>{k.name}</strong>
                <span>{k.definition}</span>
                <span class="meta">
                  {s.units[k.unit as keyof typeof s.units] ?? k.unit} · {s.directions[k.direction]}{' '}
                  · {s.colTrackedBy}: {k.initiatives.join(', ')}
                </span>
              </th>
              <td>
                <label class="cell-label" for={`kpi-${k.id}-baseline`}>
                  {s.colBaseline}
                </label>
                <input
                  id={`kpi-${k.id}-baseline`}
                  class="kpi-input"
                  defaultValue={k.baseline}
                  maxLength={120}
                  aria-label={format(s.baselineLabel, { kpi: k.name })}
                  onInput={(event) => onChange(k.id, { baseline: event.currentTarget.value })}
                />
              </td>
              <td>
                <label class="cell-label" for={`kpi-${k.id}-target`}>
                  {s.colKpiTarget}
                </label>
                {/* No placeholder: the suggestion is shown in full under the field, never cut off (#14). */}
                <input
                  id={`kpi-${k.id}-target`}
                  class="kpi-input"
                  defaultValue={k.target}
                  maxLength={120}
                  aria-label={format(s.targetLabel, { kpi: k.name })}
                  aria-describedby={`suggested-${k.id}`}
                  onInput={(event) => onChange(k.id, { target: event.currentTarget.value })}
                />
                <span class="meta" id={`suggested-${k.id}`}>
                  {format(s.suggested, { target: k.suggestedTarget })}
                </span>
              </td>
              <td>
                <label class="cell-label" for={`kpi-${k.id}-frequency`}>
                  {s.colFrequency}
                </label>
                <select
                  id={`kpi-${k.id}-frequency`}
                  value={k.frequency}
                  aria-label={format(s.frequencyLabel, { kpi: k.name })}
                  onChange={(event) =>
                    onChange(k.id, {
                      frequency: event.currentTarget.value as (typeof FREQUENCIES)[number],
                    })
                  }
                >
                  {FREQUENCIES.map((f) => (
                    <option key={f} value={f}>
                      {s.frequencies[f]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
