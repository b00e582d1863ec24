/**
 * "Trend across runs" (#16): which organization the assessment belongs to (editable), and with
 * two runs or more the readiness index and each area's score over time as a line chart and a
 * table, the areas that moved most and the blockers resolved and new. With one run, a sentence
 * says when the trend appears.
 */
import { useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import type { LeanDimension } from '../types';
import { getAssessedDimensions } from '../../domain/assessment/assessment-mode';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';
import { $organizationChoices, $trendView, openTrend } from '../../stores/follow-trend';
import { toScoringModel } from '../shared/content-facts';
import { OrganizationLink, type LinkAction } from './OrganizationLink';
import { TrendChart } from './TrendChart';
import { TrendTable } from './TrendTable';
import { TrendChanges } from './TrendChanges';

/** What the section is given by the page. */
export interface TrendProps {
  assessmentId: string;
  lang: Lang;
  strings: UiStrings['follow'];
  /** The whole questionnaire: runs are scored over it (a quick scan over its own questions). */
  dimensions: readonly LeanDimension[];
  quickScanIds: readonly string[];
  /** Saves the organization link (the follow store's `setOrganizationLink`). */
  onLink: LinkAction;
}

export function TrendSection(props: TrendProps) {
  const { assessmentId, lang, strings, dimensions, quickScanIds } = props;
  const t = strings.trend;
  const [names] = useState(() => {
    openTrend({
      assessmentId,
      models: {
        full: toScoringModel(dimensions),
        quick: toScoringModel(getAssessedDimensions(dimensions, 'quick', quickScanIds)),
      },
      areaOrder: dimensions.map((d) => d.id),
    });
    return {
      titles: Object.fromEntries(dimensions.map((d) => [d.id, d.title])),
      prompts: Object.fromEntries(
        dimensions.flatMap((d) => d.questions.map((q) => [q.id, q.prompt])),
      ),
    };
  });
  const view = useStore($trendView);
  const choices = useStore($organizationChoices);
  const day = (d: string) => formatDay(d, lang);
  const span = view && {
    count: view.runs.length,
    from: day(view.runs[0]?.day ?? ''),
    to: day(view.runs.at(-1)?.day ?? ''),
  };
  return (
    <section class="stack trend" aria-labelledby="trend">
      <h2 id="trend">{t.heading}</h2>
      <p class="hint">{t.lead}</p>
      {choices && (
        <OrganizationLink
          assessmentId={assessmentId}
          choices={choices}
          onLink={props.onLink}
          strings={strings}
          lang={lang}
        />
      )}
      {view && span ? (
        <>
          <p>{format(t.summary, span)}</p>
          <TrendChart view={view} titles={names.titles} strings={t} lang={lang} span={span} />
          <TrendTable view={view} titles={names.titles} strings={t} lang={lang} span={span} />
          <TrendChanges view={view} names={names} strings={t} lang={lang} />
        </>
      ) : (
        <p>{t.oneRun}</p>
      )}
    </section>
  );
}
