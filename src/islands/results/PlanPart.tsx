/**
 * The plan section of the results page (drawn into its frame, `#plan`, by ResultsBody): the roadmap,
 * then its initiative editor on demand.
 */
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { RoadmapView } from '../../domain/roadmap-view';
import { format } from '../../i18n/format';
import { RoadmapSection } from '../roadmap/RoadmapSection';
import { EditorDisclosure } from '../roadmap/EditorDisclosure';
import { LoadedPart } from '../shared/LoadedPart';
import type { ResultsEditor } from '../../domain/results/results-sections';

/** The editor's code is fetched when it is first opened: most readers never open it. */
const loadTable = () => import('../roadmap/InitiativeTable').then((m) => m.InitiativeTable);

interface Props {
  assessment: Assessment;
  view: RoadmapView;
  strings: UiStrings['results'];
  roadmapStrings: UiStrings['roadmap'];
  /** The editor the fragment named: the plan's settings or its initiatives open when named. */
  wanted: ResultsEditor | null;
}

export function PlanPart({ assessment, view, strings: s, roadmapStrings: r, wanted }: Props) {
  const initiatives = view.doc.initiatives;
  return (
    <>
      <RoadmapSection
        assessment={assessment}
        view={view}
        strings={r}
        settingsWanted={wanted === 'plan-settings'}
      />
      {initiatives.length > 0 && (
        <EditorDisclosure
          id="initiatives"
          summary={format(s.editInitiatives, { count: initiatives.length })}
          wanted={wanted === 'initiatives'}
        >
          <h3 id="initiatives-heading" class="visually-hidden">
            {r.tableHeading}
          </h3>
          <LoadedPart
            load={loadTable}
            failed={s.editorFailed}
            props={{
              assessmentId: assessment.id,
              initiatives,
              rows: view.rows,
              strings: r,
            }}
          />
        </EditorDisclosure>
      )}
    </>
  );
}
