/** The discussion agenda: most disputed (× weight) first; the facilitator records each agreement. */
import { whenAllSaved } from '../../stores/record-store';
import { reportOnceStored } from './report-once-stored';
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { AgreedAnswer, Workshop } from '../../domain/workshop/workshop';
import type { AgendaItem } from '../../domain/workshop/agenda';
import { getConsensusAgreements, getSuggestedLevel } from '../../domain/workshop/consolidate';
import type { WizardQuestion } from '../types';
import { getConsensusRule } from '../../domain/workshop/consensus-rule';
import { format, formatCount } from '../../i18n/format';
import { recordAgreement, recordAgreements } from '../../stores/workshops';
import { describeAnswer, describeConsensus, describeSpread } from './alignment-text';
import { AgreementForm } from './AgreementForm';
import { StatusMessage, useStatus } from './StatusMessage';

interface Props {
  workshop: Workshop;
  agenda: readonly AgendaItem[];
  questions: ReadonlyMap<string, { question: WizardQuestion; dimension: string }>;
  /** Whether agreements flow into an existing consolidated assessment. */
  consolidated: boolean;
  strings: UiStrings['workshop'];
  lang: string;
  presentHref: string;
}

export function AgendaSection(props: Props) {
  const { workshop, agenda, questions, strings: s, lang } = props;
  const rule = getConsensusRule(workshop);
  // The most disputed question is open from the start; the rest open on demand.
  const [open, setOpen] = useState<ReadonlySet<string>>(
    () => new Set(agenda[0] ? [agenda[0].questionId] : []),
  );
  const agreedCount = agenda.filter((item) => workshop.agreed[item.questionId]).length;
  const consensus = getConsensusAgreements(agenda, workshop.agreed);
  const consensusCount = Object.keys(consensus).length;
  const [status, report] = useStatus();
  const acceptConsensus = () => {
    recordAgreements(workshop.id, consensus);
    const text = formatCount(s.acceptConsensusDone, consensusCount);
    reportOnceStored(
      report,
      { text: props.consolidated ? `${text} ${s.agreementSynced}` : text, focus: true },
      s.changeNotStored,
    );
  };
  const save = (item: AgendaItem, agreed: AgreedAnswer | null) => {
    recordAgreement(workshop.id, item.questionId, agreed);
    const text = agreed
      ? format(s.agreementSaved, { rank: item.rank, answer: describeAnswer(agreed.value, s) })
      : format(s.agreementCleared, { rank: item.rank });
    const done = props.consolidated ? `${text} ${s.agreementSynced}` : text;
    return whenAllSaved().then((stored) =>
      stored ? { text: done } : { text: s.changeNotStored, error: true },
    );
  };

  return (
    <section class="stack workshop-section" id="agenda" aria-labelledby="agenda-heading">
      <h2 id="agenda-heading">{s.agendaHeading}</h2>
      <p class="prose">{s.agendaLead}</p>
      <p>
        <a href={props.presentHref}>{s.presentLink}</a>
      </p>
      <div class="agenda-progress">
        <label for="agenda-progress">{s.agendaProgressLabel}</label>
        <progress id="agenda-progress" max={agenda.length} value={agreedCount} />
        <span>{format(s.agendaProgress, { agreed: agreedCount, total: agenda.length })}</span>
      </div>
      {consensusCount > 0 && (
        <div class="agenda-bulk">
          <p class="prose">{formatCount(s.acceptConsensusLead, consensusCount)}</p>
          <button type="button" class="button secondary" onClick={acceptConsensus}>
            {formatCount(s.acceptConsensus, consensusCount)}
          </button>
        </div>
      )}
      <StatusMessage status={status} strings={s} />
      <ol class="agenda">
        {agenda.map((item) => {
          const found = questions.get(item.questionId);
          if (!found) return null;
          const agreed = workshop.agreed[item.questionId];
          const stats = item.alignment.statistics;
          const isOpen = open.has(item.questionId);
          return (
            <li key={item.questionId} id={`agenda-${item.questionId}`}>
              <details
                open={isOpen}
                onToggle={(event) => {
                  const now = event.currentTarget.open;
                  setOpen((all) => {
                    const next = new Set(all);
                    if (now) next.add(item.questionId);
                    else next.delete(item.questionId);
                    return next;
                  });
                }}
              >
                <summary>
                  <span class="agenda-rank">{format(s.rank, { rank: item.rank })}</span>{' '}
                  <span class="summary-title">{found.question.prompt}</span>
                  <span class="summary-meta">
                    {found.dimension} · {describeSpread(stats, s, lang)} ·{' '}
                    {describeConsensus(item.alignment.consensus, stats, s, rule)}
                  </span>
                  <span class={agreed ? 'agenda-state done' : 'agenda-state'}>
                    {agreed
                      ? format(s.agreedState, { answer: describeAnswer(agreed.value, s) })
                      : s.notAgreedState}
                  </span>
                </summary>
                {isOpen && (
                  <AgreementForm
                    question={found.question}
                    rank={item.rank}
                    agreed={agreed}
                    suggested={getSuggestedLevel(stats)}
                    statistics={stats}
                    strings={s}
                    onSave={(value) => save(item, value)}
                  />
                )}
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
