/**
 * The roadmap of an assessment as the results page shows it: generated, edited by the user, and
 * joined with its words into the document that the page, the downloads and the PDF all read.
 */
import { useMemo, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import type { PhaseId, ScoringModel } from '../../domain/scoring/model';
import type { Targets } from '../../domain/scoring/targets';
import type { KpiText, RoadmapDocument } from '../../domain/roadmap/roadmap-document';
import type { Roadmap } from '../../domain/roadmap/model';
import type { EditedRoadmap } from '../../domain/roadmap/apply-edits';
import type { LocalizedInitiative, WizardDimension } from '../types';
import { buildRoadmap } from '../../domain/roadmap/build-roadmap';
import { applyRoadmapEdits } from '../../domain/roadmap/apply-edits';
import { toCompanySize } from '../../domain/roadmap/durations';
import { DEFAULT_CHANNEL_ORDER, type ChannelId } from '../../domain/roadmap/model';
import { buildRoadmapDocument, getDefaultPlanStart } from '../../domain/roadmap/roadmap-document';
import { format } from '../../i18n/format';

/** What the roadmap is computed from. */
export interface RoadmapSource {
  assessment: Assessment;
  score: AssessmentScore;
  model: ScoringModel;
  targets: Targets;
  dimensions: readonly WizardDimension[];
  initiatives: readonly LocalizedInitiative[];
  kpis: Readonly<Record<string, KpiText>>;
  phaseNames: Readonly<Record<PhaseId, string>>;
  strings: UiStrings['roadmap'];
  lang: string;
}

/** The generated plan, the plan after the user's edits, and its document. */
export interface RoadmapState {
  roadmap: Roadmap;
  edited: EditedRoadmap;
  doc: RoadmapDocument;
}

/** Returns true for one of the four channel ids. */
export const isChannel = (value: string): value is ChannelId =>
  (DEFAULT_CHANNEL_ORDER as readonly string[]).includes(value);

export function useRoadmap(source: RoadmapSource): RoadmapState {
  const { assessment: a, strings: s, lang } = source;
  const plan = a.plan;
  const [today] = useState(() => getDefaultPlanStart(new Date()));
  const roadmap = useMemo(
    () =>
      buildRoadmap({
        initiatives: source.initiatives,
        model: source.model,
        answers: a.answers,
        dimensionScores: source.score.dimensions,
        targets: source.targets,
        companySize: toCompanySize(a.profile['company-size']),
        channels: [a.profile['channels'] ?? []].flat().filter(isChannel),
        channelOrder: (plan?.channelOrder ?? []).filter(isChannel),
      }),
    [
      source.initiatives,
      source.model,
      a.answers,
      a.profile,
      source.score,
      source.targets,
      plan?.channelOrder,
    ],
  );
  const edited = applyRoadmapEdits(roadmap, {
    excluded: plan?.excluded ?? [],
    startWeeks: plan?.startWeeks ?? {},
    owners: plan?.owners ?? {},
  });
  const doc = buildRoadmapDocument({
    roadmap: edited,
    planStart: plan?.planStart ?? today,
    initiatives: Object.fromEntries(source.initiatives.map((i) => [i.id, i])),
    kpis: source.kpis,
    kpiSettings: plan?.kpis ?? {},
    phaseNames: source.phaseNames,
    dimensionTitles: Object.fromEntries(source.dimensions.map((d) => [d.id, d.title])),
    phaseGateTitle: (phase) => format(s.phaseGate, { phase: phase.toLocaleLowerCase(lang) }),
  });
  return { roadmap, edited, doc };
}
