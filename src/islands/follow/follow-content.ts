/** Turns the follow page's data into the content its stores derive the plan from. */
import type { ResultsContent } from '../../stores/results';
import type { FollowPageData } from '../types';
import { format } from '../../i18n/format';
import { toScoringModel } from '../shared/content-facts';

/**
 * The scoring model, dimension order and roadmap words, as the results page builds them: both
 * pages must show the same plan.
 */
export function toFollowContent(props: FollowPageData): ResultsContent {
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
