/** The packaged-vs-custom section of the PDF report: ranking with its reasons, and cost of ownership. */
import type { OptionId } from '../decision/model';
import { getFlips } from '../decision/sensitivity';
import { describeLead, describeWeightFlip } from '../decision/sensitivity-text';
import type { DecisionSummary } from '../decision/summarize-decision';
import type { ReportSection } from './report-document';
import { fill } from './report-context';
import { getNumberFormat } from '../format/intl-cache';

/** The words the section needs (`UiStrings['decision']` fits). */
export interface DecisionSectionStrings {
  readonly title: string;
  readonly rankingHeading: string;
  readonly rankingLead: string;
  readonly unranked: string;
  readonly rankLabel: string;
  readonly outOf: string;
  readonly tcoHeading: string;
  readonly tcoDefaultsNote: string;
  readonly summaryCaption: string;
  readonly oneOff: string;
  readonly yearly: string;
  readonly total: string;
  readonly horizon: { readonly one: string; readonly other: string };
  readonly colCriterion: string;
  /** e.g. "Why {option} comes first". */
  readonly pdfReasonsHeading: string;
  /** e.g. "{criterion}: {option} {score} / 5, {next} {other} / 5 (weight {weight})". */
  readonly pdfReason: string;
  readonly sensitivityHeading: string;
  /** e.g. "Raise to {weight} (+{change}): {option} would come first". */
  readonly raiseTo: string;
  readonly lowerTo: string;
  /** e.g. "weight now {weight}". */
  readonly weightNow: string;
  /** No single weight changes the recommendation: "{top} leads {next} by {points} points …". */
  readonly sensitivityNoneLead: string;
}

/** What the section is built from. */
export interface DecisionSectionInput {
  readonly summary: DecisionSummary;
  readonly optionNames: Readonly<Record<OptionId, string>>;
  readonly criterionNames: Readonly<Record<string, string>>;
  readonly strings: DecisionSectionStrings;
  readonly lang: string;
}

/** "What would change the answer": each weight that alone would change the first option, or its lead. */
function getSensitivityBlocks({
  summary,
  optionNames,
  criterionNames,
  strings: s,
  lang,
}: DecisionSectionInput) {
  // Only the weights that would change the first option, nearest first, as on the page (#14).
  const flips = getFlips(summary.sensitivity).map(
    (c) =>
      `${criterionNames[c.criterionId] ?? c.criterionId} (${fill(s.weightNow, { weight: c.weight })}): ${describeWeightFlip(c.smallest, optionNames, s)}`,
  );
  if (flips.length > 0) return [{ kind: 'bullets' as const, items: flips }];
  const lead = describeLead(summary.ranking, optionNames, s, lang);
  return lead ? [{ kind: 'paragraph' as const, text: lead }] : [];
}

/** Builds the section; it continues the page flow like the other report sections. */
export function buildDecisionSection(input: DecisionSectionInput): ReportSection {
  const { summary, strings: s, lang } = input;
  const money = getNumberFormat(lang, {
    style: 'currency',
    currency: summary.currency,
    maximumFractionDigits: 0,
  });
  const score = (value: number) => fill(s.outOf, { value: Math.round(value) });
  // A ranking ranks at least one option, so its first option is there exactly when it is ranked.
  const ranked = summary.ranking.status === 'ranked' ? summary.ranking.options : [];
  const [top] = ranked;
  // The option the first is compared with; none when a ranking has a single option.
  const next = top?.comparedWith ? input.optionNames[top.comparedWith] : '';
  const rankingBlocks = top
    ? [
        {
          kind: 'table' as const,
          columns: [
            { header: s.rankingHeading, width: 3 },
            { header: '', width: 1, align: 'right' as const },
          ],
          rows: ranked.map((o) => [
            fill(s.rankLabel, { rank: o.rank, option: input.optionNames[o.optionId] }),
            score(o.percent),
          ]),
        },
        {
          kind: 'heading' as const,
          level: 3 as const,
          text: fill(s.pdfReasonsHeading, { option: input.optionNames[top.optionId] }),
        },
        {
          kind: 'bullets' as const,
          items: top.decidingCriteria.map((c) =>
            fill(s.pdfReason, {
              criterion: input.criterionNames[c.criterionId] ?? c.criterionId,
              option: input.optionNames[top.optionId],
              score: c.score,
              next,
              other: c.otherScore,
              weight: c.weight,
            }),
          ),
        },
        { kind: 'heading' as const, level: 3 as const, text: s.sensitivityHeading },
        ...getSensitivityBlocks(input),
      ]
    : [{ kind: 'paragraph' as const, text: s.unranked }];
  const years = summary.tco.years;
  const horizon = fill(years === 1 ? s.horizon.one : s.horizon.other, { years });
  return {
    id: 'decision',
    blocks: [
      { kind: 'heading', level: 1, text: s.title },
      { kind: 'heading', level: 2, text: s.rankingHeading },
      { kind: 'paragraph', text: s.rankingLead, tone: 'muted' },
      ...rankingBlocks,
      { kind: 'heading', level: 2, text: s.tcoHeading },
      {
        kind: 'table',
        caption: fill(s.summaryCaption, { currency: summary.currency }),
        columns: [
          { header: '', width: 2 },
          { header: s.oneOff, width: 1, align: 'right' },
          { header: s.yearly, width: 1, align: 'right' },
          { header: fill(s.total, { horizon }), width: 1, align: 'right' },
        ],
        rows: summary.tco.options.map((o) => [
          input.optionNames[o.optionId],
          money.format(o.oneOff),
          money.format(o.yearly),
          money.format(o.total),
        ]),
      },
      { kind: 'paragraph', text: s.tcoDefaultsNote, tone: 'muted' },
    ],
  };
}
