/** The plan's KPIs as a section of their own: what they are for, and their editor on demand. */
import type { UiStrings } from '../../i18n/types';
import type { DocumentKpi } from '../../domain/roadmap/roadmap-document';
import type { KpiSetting } from '../../domain/assessment/assessment';
import { format } from '../../i18n/format';
import { setKpiSetting } from '../../stores/plan';
import { EditorDisclosure } from '../roadmap/EditorDisclosure';
import { LoadedPart } from '../shared/LoadedPart';

/** The editor's code is fetched when it is first opened: most readers never open it. */
const loadTable = () => import('../roadmap/KpiTable').then((m) => m.KpiTable);

interface Props {
  assessmentId: string;
  kpis: readonly DocumentKpi[];
  strings: UiStrings['results'];
  roadmapStrings: UiStrings['roadmap'];
  /** The fragment named the KPIs: open their editor. */
  wanted: boolean;
}

export function KpiSection({ assessmentId, kpis, strings: s, roadmapStrings: r, wanted }: Props) {
  return (
    <section id="kpis" class="stack results-part" aria-labelledby="kpis-heading">
      <h2 id="kpis-heading">{s.kpisHeading}</h2>
      <p>{r.kpiLead}</p>
      {kpis.length > 0 && (
        <EditorDisclosure
          id="kpi-editor"
          summary={format(s.editKpis, { count: kpis.length })}
          wanted={wanted}
        >
          <h3 id="kpi-heading" class="visually-hidden">
            {r.kpiHeading}
          </h3>
          <LoadedPart
            load={loadTable}
            failed={s.editorFailed}
            props={{
              kpis,
              strings: r,
              onChange: (kpiId: string, change: Partial<KpiSetting>) =>
                setKpiSetting(assessmentId, kpiId, change),
            }}
          />
        </EditorDisclosure>
      )}
    </section>
  );
}
