/** One question's alignment: figures, consensus in words, distribution, role groups, individual levels. */
import type { UiStrings } from '../../i18n/types';
import type { QuestionAlignment } from '../../domain/workshop/alignment';
import type { WizardQuestion } from '../types';
import type { ConsensusRuleId } from '../../domain/workshop/consensus-rule';
import { format } from '../../i18n/format';
import { formatFigure } from './workshop-format';
import { describeConsensus, describeExecutiveGap, formatRange } from './alignment-text';
import { DistributionTable } from './DistributionTable';
import { RoleGroupTable } from './RoleGroupTable';

interface Props {
  question: WizardQuestion;
  alignment: QuestionAlignment;
  /** Submissions counted: the length of every bar. */
  submitted: number;
  strings: UiStrings['workshop'];
  roleNames: UiStrings['roles'];
  lang: string;
  /** The workshop's consensus rule, named beside each flag. */
  rule: ConsensusRuleId;
}

const CONSENSUS_MARK = { yes: '✓', no: '⚠', unknown: '–' } as const;

export function QuestionAlignmentCard(props: Props) {
  const { question: q, alignment: a, strings: s, lang } = props;
  const stats = a.statistics;
  const figure = (value: number | null) => formatFigure(value, lang, s.none);
  const kind = a.consensus === null ? 'unknown' : a.consensus ? 'yes' : 'no';
  const headingId = `align-${q.id}`;
  const gap = a.executivesVsOthers
    ? describeExecutiveGap(a.executivesVsOthers.meanDifference, s, lang)
    : null;
  return (
    <article class="q-align" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {q.prompt}
        {q.critical && <span class="critical-tag">{s.critical}</span>}
      </h4>
      <p class={`consensus consensus-${kind}`}>
        <span aria-hidden="true">{CONSENSUS_MARK[kind]} </span>
        {describeConsensus(a.consensus, stats, s, props.rule)}
      </p>
      <dl class="stats">
        <div>
          <dt>{s.colAnswers}</dt>
          <dd>{stats.count}</dd>
        </div>
        <div>
          <dt>{s.colMean}</dt>
          <dd>{figure(stats.mean)}</dd>
        </div>
        <div>
          <dt>{s.colMedian}</dt>
          <dd>{figure(stats.median)}</dd>
        </div>
        <div>
          <dt>{s.colRange}</dt>
          <dd>{formatRange(stats.min, stats.max, lang, s)}</dd>
        </div>
        <div>
          <dt>{s.colSd}</dt>
          <dd>{figure(stats.standardDeviation)}</dd>
        </div>
      </dl>
      <div class="q-align-tables">
        <DistributionTable
          id={`dist-${q.id}`}
          statistics={stats}
          notApplicable={q.notApplicable}
          submitted={props.submitted}
          strings={s}
        />
        {a.byRole.length > 0 && (
          <RoleGroupTable
            id={`roles-${q.id}`}
            questionHeadingId={headingId}
            groups={a.byRole}
            strings={s}
            roleNames={props.roleNames}
            lang={lang}
          />
        )}
      </div>
      {a.executivesVsOthers && (
        <p>
          {format(s.executivesVsOthers, {
            executives: figure(a.executivesVsOthers.executives.mean),
            others: figure(a.executivesVsOthers.others.mean),
          })}{' '}
          {gap}
        </p>
      )}
      {a.individual && (
        <p class="individual">
          {format(s.individualLevels, {
            levels: a.individual.length > 0 ? a.individual.join(', ') : s.none,
          })}
        </p>
      )}
    </article>
  );
}
