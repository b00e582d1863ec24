/**
 * Turns a page's data into the content the results stores derive the view from: the results page
 * and the follow page build their plan with it, so both show the same plan.
 */
import type { ResultsContent } from '../../stores/results';
import type { UiStrings } from '../../i18n/types';
import type { ResultsPageData } from '../types';
import { format } from '../../i18n/format';
import { toScoringModel } from '../shared/content-facts';

/** What the content is made of: the questionnaire and the plan's library, in the page's language. */
export type ContentSource = Pick<
  ResultsPageData,
  'lang' | 'dimensions' | 'initiatives' | 'kpis' | 'phaseNames'
> & { readonly roadmapStrings: Pick<UiStrings['roadmap'], 'phaseGate'> };

/** The scoring model, dimension order and roadmap words of the page, in its language. */
export function toResultsContent(props: ContentSource): ResultsContent {
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
