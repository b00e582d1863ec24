/** The roadmap editor: include or leave out, owner, start week; conflicts are flagged, never moved. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { DocumentInitiative } from '../../domain/roadmap/roadmap-document';
import type { RoadmapRow } from '../../domain/roadmap-view';
import { InitiativeRow } from './InitiativeRow';

interface Props {
  assessmentId: string;
  initiatives: readonly DocumentInitiative[];
  rows: Readonly<Record<string, RoadmapRow>>;
  strings: UiStrings['roadmap'];
}

export function InitiativeTable({ assessmentId, initiatives, rows, strings: s }: Props) {
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
            const row = rows[item.id];
            return row ? (
              <InitiativeRow
                key={item.id}
                assessmentId={assessmentId}
                item={item}
                row={row}
                invalid={invalid.has(item.id)}
                strings={s}
                onValidity={setValidity}
              />
            ) : null;
          })}
        </tbody>
      </table>
    </div>
  );
}
