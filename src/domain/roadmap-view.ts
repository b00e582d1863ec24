/**
 * The roadmap of one assessment as the results page shows it: generated from the answers and
 * targets, edited by the user (left out, owners, start weeks), joined with its words into the
 * document that the page, the downloads and the PDF all read, and what each table row says.
 */
import type { Assessment } from './assessment/assessment';
import type { PhaseId, ScoringModel } from './scoring/model';
import type { AssessmentScore } from './scoring/score-assessment';
import type { Targets } from './scoring/targets';
import { buildRoadmap } from './roadmap/build-roadmap';
import {
  applyRoadmapEdits,
  type EditedRoadmap,
  type EditedRoadmapItem,
} from './roadmap/apply-edits';
import { toCompanySize } from './roadmap/durations';
import {
  DEFAULT_CHANNEL_ORDER,
  type ChannelId,
  type Roadmap,
  type RoadmapInitiative,
} from './roadmap/model';
import {
  buildRoadmapDocument,
  type InitiativeText,
  type KpiText,
  type RoadmapDocument,
} from './roadmap/roadmap-document';

/** The roadmap's content in one language. */
export interface RoadmapContent {
  readonly initiatives: readonly RoadmapInitiative[];
  /** Each initiative's words by id; one without them is named by its id. */
  readonly texts: Readonly<Record<string, InitiativeText>>;
  readonly kpis: Readonly<Record<string, KpiText>>;
  readonly phaseNames: Readonly<Record<PhaseId, string>>;
  readonly dimensionTitles: Readonly<Record<string, string>>;
  /** Question prompts by id: an initiative says which answers brought it in. */
  readonly prompts: Readonly<Record<string, string>>;
  /** Builds the phase-gate milestone title from a phase name. */
  readonly phaseGateTitle: (phaseName: string) => string;
}

/** Why an initiative is in the plan. */
export type InclusionReason =
  | { readonly kind: 'triggered'; readonly prompts: readonly string[] }
  | { readonly kind: 'channel' }
  | { readonly kind: 'always' };

/** Another initiative named in a row, with its title. */
export interface RelatedInitiative {
  readonly id: string;
  readonly title: string;
}

/** What one row of the initiative table says beyond the document. */
export interface RoadmapRow {
  readonly reason: InclusionReason;
  /** The generated start week, which "reset" goes back to. */
  readonly suggestedStart: number;
  readonly overridden: boolean;
  /** The owner the user typed (empty when none). */
  readonly ownerOverride: string;
  /** The suggested owner role. */
  readonly defaultOwner: string;
  /** Dependencies that end after this row starts, with the week they end. */
  readonly conflicts: readonly (RelatedInitiative & { readonly end: number })[];
  /** Dependencies left out of the plan. */
  readonly excludedDependencies: readonly RelatedInitiative[];
}

/** The roadmap view of one assessment. */
export interface RoadmapView {
  readonly roadmap: Roadmap;
  readonly edited: EditedRoadmap;
  readonly doc: RoadmapDocument;
  /** By initiative id, for every initiative of the document. */
  readonly rows: Readonly<Record<string, RoadmapRow>>;
  /** Initiatives left out by the user, in generated order. */
  readonly excluded: readonly RelatedInitiative[];
  /** Ids of initiatives that start before a dependency ends. */
  readonly conflicted: ReadonlySet<string>;
}

/** Returns true for one of the four channel ids. */
export const isChannel = (value: string): value is ChannelId =>
  (DEFAULT_CHANNEL_ORDER as readonly string[]).includes(value);

/** What the roadmap is derived from besides its content. */
export interface RoadmapSource {
  readonly model: ScoringModel;
  readonly assessment: Assessment;
  readonly score: AssessmentScore;
  readonly targets: Targets;
  /** Week 0 when the plan names no start, yyyy-mm-dd. */
  readonly defaultStart: string;
}

/**
 * The roadmap generated for an assessment, before the user's edits: the longer half of the view's
 * work, which the results page computes in a task of its own (a phone's blocking time, #12).
 */
export function buildGeneratedRoadmap(content: RoadmapContent, source: RoadmapSource): Roadmap {
  const { assessment: a } = source;
  const plan = a.plan;
  return buildRoadmap({
    initiatives: content.initiatives,
    model: source.model,
    answers: a.answers,
    dimensionScores: source.score.dimensions,
    targets: source.targets,
    companySize: toCompanySize(a.profile['company-size']),
    channels: [a.profile['channels'] ?? []].flat().filter(isChannel),
    channelOrder: (plan?.channelOrder ?? []).filter(isChannel),
    include: plan?.carriedOver,
  });
}

/**
 * Builds the roadmap view of an assessment; `roadmap` is its generated roadmap when already built
 * (buildGeneratedRoadmap with the same content and source).
 */
export function buildRoadmapView(
  content: RoadmapContent,
  source: RoadmapSource,
  roadmap: Roadmap = buildGeneratedRoadmap(content, source),
): RoadmapView {
  const plan = source.assessment.plan;
  const edited = applyRoadmapEdits(roadmap, {
    excluded: plan?.excluded ?? [],
    startWeeks: plan?.startWeeks ?? {},
    owners: plan?.owners ?? {},
  });
  const doc = buildRoadmapDocument({
    roadmap: edited,
    planStart: plan?.planStart ?? source.defaultStart,
    initiatives: content.texts,
    kpis: content.kpis,
    kpiSettings: plan?.kpis ?? {},
    phaseNames: content.phaseNames,
    dimensionTitles: content.dimensionTitles,
    phaseGateTitle: content.phaseGateTitle,
  });
  const textOf = (id: string) => (Object.hasOwn(content.texts, id) ? content.texts[id] : undefined);
  const related = (id: string): RelatedInitiative => ({ id, title: textOf(id)?.title ?? id });
  const reasonOf = (item: EditedRoadmapItem): InclusionReason => {
    if (item.triggeredBy.length > 0) {
      return { kind: 'triggered', prompts: item.triggeredBy.map((q) => content.prompts[q] ?? q) };
    }
    return item.channel ? { kind: 'channel' } : { kind: 'always' };
  };
  const generatedStarts = new Map(
    roadmap.items.map((generated) => [generated.id, generated.start]),
  );
  const rows = Object.fromEntries(
    edited.items.map((item): [string, RoadmapRow] => [
      item.id,
      {
        reason: reasonOf(item),
        // Edits only leave items out or move them: every edited item is a generated one.
        suggestedStart: generatedStarts.get(item.id)!,
        overridden: item.startOverridden,
        ownerOverride: plan?.owners[item.id] ?? '',
        defaultOwner: textOf(item.id)?.owner ?? '',
        // In dependency order, each with the week its dependency ends.
        conflicts: edited.conflicts
          .filter((c) => c.id === item.id)
          .flatMap((c) => edited.items.filter((dependency) => dependency.id === c.dependencyId))
          .map((dependency) => ({ ...related(dependency.id), end: dependency.end })),
        excludedDependencies: item.excludedDependencies.map(related),
      },
    ]),
  );
  return {
    roadmap,
    edited,
    doc,
    rows,
    excluded: edited.excluded.map(related),
    conflicted: new Set(edited.conflicts.map((c) => c.id)),
  };
}
