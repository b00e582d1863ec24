/**
 * The second round (#18): choose the disputed questions to ask again and the notes to share, hand
 * out round-2 invitations, then see round 1 against round 2. Fetched after first paint (see
 * WorkshopApp), so the workshop page's first load does not carry it.
 */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Workshop } from '../../domain/workshop/workshop';
import type { AgendaItem } from '../../domain/workshop/agenda';
import { getConsensusRule } from '../../domain/workshop/consensus-rule';
import { buildRoundTwoInvitation, getRoundMovement } from '../../domain/workshop/round-two';
import { format, formatCount, formatDateTime } from '../../i18n/format';
import { cancelSecondRound, startSecondRound } from '../../stores/workshops';
import { copyInvitation } from './workshop-actions';
import { RoundMovementTable } from './RoundMovementTable';
import { StatusMessage, useStatus } from './StatusMessage';

/** How many of the most disputed questions are chosen to start with. */
const FIRST_CHOICE = 5;

export interface RoundTwoProps {
  workshop: Workshop;
  agenda: readonly AgendaItem[];
  prompts: ReadonlyMap<string, string>;
  strings: UiStrings['workshop'];
  lang: string;
  joinPath: string;
}

export function RoundTwoSection(props: RoundTwoProps) {
  const { workshop, strings: s } = props;
  const r = s.rounds;
  return (
    <section class="stack workshop-section" id="round-two" aria-labelledby="round-two-heading">
      <h2 id="round-two-heading">{r.heading}</h2>
      <p class="prose">{r.lead}</p>
      {workshop.roundTwo ? <RoundRunning {...props} /> : <RoundSetup {...props} />}
    </section>
  );
}

function RoundSetup({ workshop, agenda, prompts, strings: s }: RoundTwoProps) {
  const r = s.rounds;
  const disputed = agenda.filter((item) => item.alignment.consensus === false);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(disputed.slice(0, FIRST_CHOICE).map((item) => item.questionId)),
  );
  const [shared, setShared] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState(false);
  if (workshop.submissions.length < 2) return <p class="banner info">{r.tooEarly}</p>;
  if (disputed.length === 0) return <p class="banner info">{r.noDisputed}</p>;
  const toggle = (set: ReadonlySet<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  const start = (event: Event) => {
    event.preventDefault();
    const ids = disputed.map((item) => item.questionId).filter((id) => chosen.has(id));
    setError(ids.length === 0);
    if (ids.length === 0) return;
    const notes: Record<string, string> = {};
    for (const id of ids) {
      const note = workshop.agreed[id]?.note ?? '';
      if (shared.has(id) && note !== '') notes[id] = note;
    }
    startSecondRound(workshop.id, ids, notes);
  };
  return (
    <form class="stack" onSubmit={start} noValidate>
      <fieldset class="stack-sm round-questions" aria-describedby="round-questions-hint">
        <legend>{r.questionsLegend}</legend>
        <p class="hint" id="round-questions-hint">
          {r.questionsHint}
        </p>
        {disputed.map((item) => {
          const id = item.questionId;
          const note = workshop.agreed[id]?.note ?? '';
          return (
            <div key={id} class="stack-sm">
              <div class="field checkbox">
                <input
                  id={`round-q-${id}`}
                  type="checkbox"
                  checked={chosen.has(id)}
                  onChange={(e) => setChosen((all) => toggle(all, id, e.currentTarget.checked))}
                />
                <label for={`round-q-${id}`}>{prompts.get(id) ?? id}</label>
              </div>
              {note !== '' && chosen.has(id) && (
                <div class="field checkbox round-note">
                  <input
                    id={`round-note-${id}`}
                    type="checkbox"
                    checked={shared.has(id)}
                    onChange={(e) => setShared((all) => toggle(all, id, e.currentTarget.checked))}
                  />
                  <label for={`round-note-${id}`}>{format(r.shareNote, { note })}</label>
                </div>
              )}
            </div>
          );
        })}
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {r.chooseOne}
        </p>
      )}
      <p>
        <button type="submit" class="button">
          {r.start}
        </button>
      </p>
    </form>
  );
}

function RoundRunning(props: RoundTwoProps) {
  const { workshop, strings: s, lang } = props;
  const r = s.rounds;
  const round = workshop.roundTwo!;
  const [status, report] = useStatus();
  const [manual, setManual] = useState<string | null>(null);
  const movement = getRoundMovement(workshop, getConsensusRule(workshop));
  const copy = (participantId: string, name: string, kind: 'link' | 'code') => {
    const invitation = buildRoundTwoInvitation(workshop, participantId);
    if (!invitation) return;
    void copyInvitation(invitation, kind, props.joinPath).then((result) => {
      setManual(result.copied ? null : result.text);
      report({ text: result.copied ? format(r.copied, { name }) : r.copyFailed });
    });
  };
  return (
    <div class="stack">
      <p>
        {formatCount(r.started, round.questionIds.length, {
          date: formatDateTime(round.startedAt, lang),
        })}{' '}
        {formatCount(r.received, round.submissions.length, {
          invited: workshop.participants.length,
        })}
      </p>
      <h3>{r.invitationsHeading}</h3>
      <ul class="round-invitations">
        {workshop.participants.map((p) => {
          const name = p.name.trim() === '' ? p.id : p.name;
          return (
            <li key={p.id}>
              <span>{name}</span>{' '}
              <button
                type="button"
                class="button secondary"
                onClick={() => copy(p.id, name, 'link')}
              >
                {format(r.copyLink, { name })}
              </button>{' '}
              <button
                type="button"
                class="button secondary"
                onClick={() => copy(p.id, name, 'code')}
              >
                {format(r.copyCode, { name })}
              </button>
            </li>
          );
        })}
      </ul>
      <StatusMessage status={status} strings={s} />
      {manual !== null && (
        <textarea class="round-manual" readOnly rows={3} aria-label={r.copyFailed}>
          {manual}
        </textarea>
      )}
      <RoundMovementTable
        movement={movement}
        workshop={workshop}
        prompts={props.prompts}
        strings={s}
        lang={lang}
      />
      <p>
        <button
          type="button"
          class="button secondary"
          onClick={() => {
            cancelSecondRound(workshop.id);
            report({ text: r.cancelled });
          }}
        >
          {r.cancel}
        </button>
      </p>
    </div>
  );
}
