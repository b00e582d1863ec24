/**
 * The workshop-alignment section of the PDF report (issue #7): who answered (as counts by role,
 * never names), the spread of the answers per dimension as a heat map, and the questions the team
 * disputed most with what it agreed. Pure, like the other section builders.
 */
import { isLevel } from '../scoring/model';
import type { WorkshopAlignment } from '../workshop/aggregate-alignment';
import type { AgendaItem } from '../workshop/agenda';
import { getDistinctSubmissions } from '../workshop/role-groups';
import type { ConsensusRuleId } from '../workshop/consensus-rule';
import type { QuestionMovement } from '../workshop/round-two';
import { ROLE_IDS, type AgreedAnswer, type RoleId, type Submission } from '../workshop/workshop';
import {
  buildAlignmentHeatMap,
  type AlignmentPalette,
  type HeatMapStrings,
} from './alignment-heat-map';
import type { ReportBlock, ReportSection } from './report-document';
import { fill, heading, paragraph } from './report-context';
import { getNumberFormat, getDateTimeFormat } from '../format/intl-cache';

export type { AlignmentPalette } from './alignment-heat-map';

/** How many disputed questions the table lists. */
export const MAX_DISPUTED = 10;
/** Fewer submissions than this have no spread to show. */
export const MIN_SUBMISSIONS = 2;

/** The words the section needs (see getAlignmentStrings). */
export interface AlignmentSectionStrings extends HeatMapStrings {
  readonly title: string;
  /** e.g. "Workshop of {date}. Participants who answered: {submissions} of {participants} invited." */
  readonly intro: string;
  /** e.g. "Roles represented: {roles}." */
  readonly roles: string;
  /** e.g. "{role} ({count})". */
  readonly roleCount: string;
  readonly roleNames: Readonly<Record<RoleId, string>>;
  readonly tooFew: string;
  readonly heatMapHeading: string;
  readonly heatMapLead: string;
  readonly disputedHeading: string;
  readonly disputedLead: string;
  readonly noDisputes: string;
  readonly colRank: string;
  readonly colQuestion: string;
  readonly colRange: string;
  readonly colQuestionDeviation: string;
  readonly colAgreed: string;
  /** e.g. "{min}–{max}". */
  readonly levelRange: string;
  /** e.g. "Level {level}". */
  readonly agreedLevel: string;
  readonly notAgreed: string;
  /** e.g. "Note: {note}". */
  readonly agreedNote: string;
  readonly dontKnow: string;
  readonly notApplicable: string;
  /** The consensus rules' names and meanings (#18). */
  readonly rules: {
    /** e.g. "Consensus rule: {rule}." */
    readonly stated: string;
    readonly names: Readonly<Record<ConsensusRuleId, string>>;
    readonly descriptions: Readonly<Record<ConsensusRuleId, string>>;
  };
  /** The second round's words (#18). */
  readonly rounds: {
    /** e.g. "A second round asked {count} questions again; {reached} reached consensus by the rule." */
    readonly summary: string;
    readonly minorityHeading: string;
    readonly minorityLead: string;
    /** e.g. "Level {level}: {reason}". */
    readonly reason: string;
  };
}

/** The report's words the section's strings are composed from (`UiStrings['report']` fits). */
export interface ReportAlignmentText {
  readonly alignment: Omit<
    AlignmentSectionStrings,
    'percent' | 'dontKnow' | 'notApplicable' | 'roleNames'
  >;
  readonly percent: string;
  readonly dontKnow: string;
  readonly notApplicable: string;
}

/**
 * The section's words: `report.alignment`, with the report's percent, don't know and N/A and the
 * shared role names (`UiStrings['roles']`).
 */
export function getAlignmentStrings(
  report: ReportAlignmentText,
  roleNames: Readonly<Record<RoleId, string>>,
): AlignmentSectionStrings {
  const { alignment, percent, dontKnow, notApplicable } = report;
  return { ...alignment, percent, dontKnow, notApplicable, roleNames };
}

/** How many participants of one role handed in answers. */
export interface RoleCount {
  readonly role: RoleId;
  readonly count: number;
}

/** What the section is built from: no names, only counts. */
export interface AlignmentSectionInput {
  readonly alignment: WorkshopAlignment;
  /** The dimensions in the report's language and order. */
  readonly dimensions: readonly { readonly id: string; readonly title: string }[];
  /** The questions' prompts in the report's language. */
  readonly questions: readonly { readonly id: string; readonly prompt: string }[];
  /** Participants invited. */
  readonly participants: number;
  /** Participants who handed in answers (one submission each). */
  readonly submissions: number;
  readonly roles: readonly RoleCount[];
  /** The workshop's date, yyyy-mm-dd. */
  readonly date: string;
  readonly agreed: Readonly<Record<string, AgreedAnswer>>;
  /** The consensus rule the workshop declared (#18); every flag of the section follows it. */
  readonly rule: ConsensusRuleId;
  /** Round 1 against round 2 of the questions asked again (#18); empty without a second round. */
  readonly movement?: readonly QuestionMovement[] | undefined;
  readonly strings: AlignmentSectionStrings;
  readonly lang: 'en' | 'es';
  readonly palette: AlignmentPalette;
}

/** How many distinct participants of each role handed in answers, in ROLE_IDS order. */
export function getRoleCounts(submissions: readonly Submission[]): RoleCount[] {
  const distinct = getDistinctSubmissions(submissions);
  return ROLE_IDS.map((role) => ({
    role,
    count: distinct.filter((s) => s.role === role || (role === 'other' && !isRole(s.role))).length,
  })).filter((r) => r.count > 0);
}

function isRole(value: unknown): value is RoleId {
  return (ROLE_IDS as readonly unknown[]).includes(value);
}

/** A `yyyy-mm-dd` day in words, or the text as it is when it is not one. */
function formatDay(iso: string, lang: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : null;
  if (date === null || Number.isNaN(date.getTime())) return iso;
  return getDateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The opening paragraphs: date and how many answered, then the roles as counts. */
function introBlocks(input: AlignmentSectionInput): ReportBlock[] {
  const { strings: s, lang } = input;
  const whole = getNumberFormat(lang, { maximumFractionDigits: 0 });
  const blocks = [
    paragraph(
      fill(s.intro, {
        date: formatDay(input.date, lang),
        submissions: whole.format(input.submissions),
        participants: whole.format(input.participants),
      }),
    ),
  ];
  const roles = input.roles.filter((r) => r.count > 0);
  if (roles.length > 0) {
    const list = new Intl.ListFormat(lang, { type: 'conjunction' }).format(
      roles.map((r) =>
        fill(s.roleCount, { role: s.roleNames[r.role], count: whole.format(r.count) }),
      ),
    );
    blocks.push(paragraph(fill(s.roles, { roles: list })));
  }
  blocks.push(
    paragraph(
      `${fill(s.rules.stated, { rule: s.rules.names[input.rule] })} ${s.rules.descriptions[input.rule]}`,
    ),
  );
  return blocks;
}

/** The agreed answer in words, with its note on a line of its own. */
function agreedText(agreed: AgreedAnswer | undefined, s: AlignmentSectionStrings): string {
  const value = agreed?.value;
  const answer = isLevel(value)
    ? fill(s.agreedLevel, { level: value })
    : value === 'dont-know'
      ? s.dontKnow
      : value === 'not-applicable'
        ? s.notApplicable
        : s.notAgreed;
  const note = typeof agreed?.note === 'string' ? agreed.note.trim() : '';
  return note === '' ? answer : `${answer}\n${fill(s.agreedNote, { note })}`;
}

/** An agenda item with a disagreement, so with a range and a deviation (it took two levels or more). */
export type DisputedItem = AgendaItem & {
  readonly alignment: AgendaItem['alignment'] & {
    readonly statistics: AgendaItem['alignment']['statistics'] & {
      readonly min: number;
      readonly max: number;
      readonly standardDeviation: number;
    };
  };
};

/** The questions with a disagreement, most disputed first, at most MAX_DISPUTED. */
export function getMostDisputed(agenda: readonly AgendaItem[]): DisputedItem[] {
  return agenda
    .filter(
      // The figures are there whenever a disagreement is; checking them narrows their types.
      (item): item is DisputedItem =>
        item.disagreement !== null &&
        item.disagreement > 0 &&
        item.alignment.statistics.min !== null &&
        item.alignment.statistics.max !== null &&
        item.alignment.statistics.standardDeviation !== null,
    )
    .slice(0, MAX_DISPUTED);
}

/** The table of the most disputed questions, or a sentence when nobody disagreed. */
function disputedBlock(input: AlignmentSectionInput, titleOf: (id: string) => string) {
  const { strings: s, lang } = input;
  const items = getMostDisputed(input.alignment.agenda);
  if (items.length === 0) return paragraph(s.noDisputes, 'muted');
  const prompts = new Map(input.questions.map((q) => [q.id, q.prompt]));
  const one = getNumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  return {
    kind: 'table' as const,
    columns: [
      { header: s.colRank, width: 0.6, align: 'right' as const },
      { header: s.colQuestion, width: 4 },
      { header: s.colDimension, width: 2 },
      { header: s.colRange, width: 1.1, align: 'right' as const },
      { header: s.colQuestionDeviation, width: 1.1, align: 'right' as const },
      { header: s.colAgreed, width: 2.6 },
    ],
    rows: items.map((item) => {
      const { min, max, standardDeviation } = item.alignment.statistics;
      return [
        String(item.rank),
        prompts.get(item.questionId) ?? item.questionId,
        titleOf(item.alignment.dimensionId),
        fill(s.levelRange, { min, max }),
        one.format(standardDeviation),
        agreedText(input.agreed[item.questionId], s),
      ];
    }),
  };
}

/** The second round: how many questions were asked again, and the minority's reasons kept (#18). */
function roundBlocks(input: AlignmentSectionInput): ReportBlock[] {
  const movement = input.movement ?? [];
  if (movement.length === 0) return [];
  const { strings: s } = input;
  const prompts = new Map(input.questions.map((q) => [q.id, q.prompt]));
  const reached = movement.filter((m) => m.consensusAfter === true).length;
  const blocks: ReportBlock[] = [
    paragraph(fill(s.rounds.summary, { count: movement.length, reached })),
  ];
  const kept = movement.filter((m) => m.minorityReasons.length > 0);
  if (kept.length === 0) return blocks;
  blocks.push(heading(2, s.rounds.minorityHeading), paragraph(s.rounds.minorityLead, 'muted'));
  for (const m of kept) {
    blocks.push(paragraph(prompts.get(m.questionId) ?? m.questionId));
    for (const r of m.minorityReasons) {
      blocks.push(paragraph(fill(s.rounds.reason, { level: r.level, reason: r.reason }), 'muted'));
    }
  }
  return blocks;
}

/** Builds the section; like the other extra sections, it starts on a new page. */
export function buildAlignmentSection(input: AlignmentSectionInput): ReportSection {
  const { strings: s } = input;
  const titles = new Map(input.dimensions.map((d) => [d.id, d.title]));
  const titleOf = (id: string) => titles.get(id) ?? id;
  const head = [heading(1, s.title), ...introBlocks(input)];
  if (input.submissions < MIN_SUBMISSIONS) {
    return { id: 'alignment', blocks: [...head, paragraph(s.tooFew, 'muted')] };
  }
  return {
    id: 'alignment',
    blocks: [
      ...head,
      heading(2, s.heatMapHeading),
      paragraph(s.heatMapLead, 'muted'),
      buildAlignmentHeatMap({
        heatMap: input.alignment.heatMap,
        dimensions: input.alignment.dimensions,
        titleOf,
        strings: s,
        lang: input.lang,
        palette: input.palette,
      }),
      heading(2, s.disputedHeading),
      paragraph(s.disputedLead, 'muted'),
      disputedBlock(input, titleOf),
      ...roundBlocks(input),
    ],
  };
}
