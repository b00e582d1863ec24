/** Alignment: per dimension, then question by question (one disclosure per dimension). */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import type { WorkshopAlignment } from '../../domain/workshop/aggregate-alignment';
import { MIN_LEVELS_TO_COMPARE } from '../../domain/workshop/alignment';
import type { WizardDimension } from '../types';
import { format } from '../../i18n/format';
import { setConsensusRule, setHideDistribution, setShowIndividual } from '../../stores/workshops';
import { getConsensusRule, type ConsensusRuleId } from '../../domain/workshop/consensus-rule';
import { isDistributionHidden } from '../../domain/workshop/distribution-reveal';
import { ConsensusRuleField } from './ConsensusRuleField';
import { DimensionAlignmentTable } from './DimensionAlignmentTable';
import { QuestionAlignmentCard } from './QuestionAlignmentCard';
import { describeDimensionDisputed } from './alignment-text';

interface Props {
  workshop: Workshop;
  alignment: WorkshopAlignment;
  dimensions: readonly WizardDimension[];
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  lang: string;
}

export function AlignmentSection(props: Props) {
  const { workshop, alignment, strings: s } = props;
  const submitted = workshop.submissions.length;
  const rule = getConsensusRule(workshop);
  const hidden = isDistributionHidden(workshop);
  const grouped = alignment.questions.some((q) => q.byRole.length > 0);
  return (
    <section class="stack workshop-section" id="alignment" aria-labelledby="alignment-heading">
      <h2 id="alignment-heading">{s.alignmentHeading}</h2>
      <p class="prose">{s.alignmentLead}</p>
      {submitted < MIN_LEVELS_TO_COMPARE && (
        <p class="banner info">{format(s.alignmentTooFew, { count: submitted })}</p>
      )}
      {/* Declared before the answers, never moved after them: the goalposts stay where they were. */}
      {submitted === 0 ? (
        <ConsensusRuleField
          id="workshop-rule"
          strings={s.rules}
          value={rule}
          onChange={(next) => setConsensusRule(workshop.id, next)}
        />
      ) : (
        <p class="prose consensus-rule">
          <strong>{s.rules.label}.</strong>{' '}
          {format(s.rules.fixed, {
            rule: s.rules.names[rule],
            description: s.rules.descriptions[rule],
          })}
        </p>
      )}
      <p class="prose hint">{grouped ? s.rolesPooledNote : s.rolesHiddenNote}</p>
      <div class="field checkbox">
        <input
          id="show-individual"
          type="checkbox"
          checked={workshop.showIndividual}
          aria-describedby="show-individual-hint"
          onChange={(event) => setShowIndividual(workshop.id, event.currentTarget.checked)}
        />
        <label for="show-individual">{s.showIndividual}</label>
        <p class="hint" id="show-individual-hint">
          {s.showIndividualHint}
        </p>
      </div>
      <div class="field checkbox">
        <input
          id="hide-distribution"
          type="checkbox"
          checked={workshop.hideDistribution === true}
          aria-describedby="hide-distribution-hint"
          onChange={(event) => setHideDistribution(workshop.id, event.currentTarget.checked)}
        />
        <label for="hide-distribution">{s.rounds.hideDistribution}</label>
        <p class="hint" id="hide-distribution-hint">
          {s.rounds.hideDistributionHint}
        </p>
      </div>
      {hidden ? (
        <p class="banner info">
          {format(s.rounds.distributionHidden, {
            handedIn: submitted,
            invited: workshop.participants.length,
          })}
        </p>
      ) : (
        <AlignmentFigures {...props} rule={rule} submitted={submitted} />
      )}
    </section>
  );
}

/** The figures themselves: shown once revealed. */
function AlignmentFigures(props: Props & { rule: ConsensusRuleId; submitted: number }) {
  const { alignment, dimensions, strings: s, lang, rule, submitted } = props;
  // Question cards are drawn only for open dimensions: 60 questions of tables add up.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const titles = Object.fromEntries(dimensions.map((d) => [d.id, d.title]));
  const byQuestion = new Map(alignment.questions.map((q) => [q.questionId, q]));
  const byDimension = new Map(alignment.dimensions.map((d) => [d.dimensionId, d]));
  const toggle = (id: string, isOpen: boolean) =>
    setOpen((all) => {
      const next = new Set(all);
      if (isOpen) next.add(id);
      else next.delete(id);
      return next;
    });
  return (
    <>
      <DimensionAlignmentTable
        dimensions={alignment.dimensions}
        titles={titles}
        strings={s}
        lang={lang}
      />
      <h3>{s.questionsHeading}</h3>
      {dimensions.map((d) => {
        const summary = byDimension.get(d.id);
        return (
          <details
            key={d.id}
            class="dimension-questions"
            onToggle={(event) => toggle(d.id, event.currentTarget.open)}
          >
            <summary>
              <span class="summary-title">{d.title}</span>{' '}
              <span class="summary-meta">
                {describeDimensionDisputed(summary, d.questions.length, s)}
              </span>
            </summary>
            {open.has(d.id) &&
              d.questions.map((q) => {
                const a = byQuestion.get(q.id);
                return a ? (
                  <QuestionAlignmentCard
                    key={q.id}
                    question={q}
                    alignment={a}
                    submitted={submitted}
                    strings={s}
                    roleNames={props.roleNames}
                    lang={lang}
                    rule={rule}
                  />
                ) : null;
              })}
          </details>
        );
      })}
    </>
  );
}
