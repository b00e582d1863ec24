/** Turns the results page's props into the content its stores derive the view from. */
import type { ResultsContent } from '../../stores/results';
import type { ResultsPageData } from '../types';
import { format } from '../../i18n/format';
import { toScoringModel } from '../shared/content-facts';

/** The scoring model, dimension order and roadmap words of the page, in its language. */
export function toResultsContent(props: ResultsPageData): ResultsContent {
  const { dimensions, roadmapStrings: s, lang } = props;
  return {
    model: toScoringModel(dimensions),
    dimensionIds: dimensions.map((d) => d.id),
    roadmap: {
      initiatives: props.initiatives,
      texts: Object.fromEntries(props.initiatives.map((i) => [i.id, i])),
      kpis: props.kpis,
      phaseNames: props.phaseNames,
      dimensionTitles: Object.fromEntries(dimensions.map((d) => [d.id, d.title])),
      prompts: Object.fromEntries(
        dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.prompt])),
      ),
      phaseGateTitle: (phase) => format(s.phaseGate, { phase: phase.toLocaleLowerCase(lang) }),
    },
  };
}
