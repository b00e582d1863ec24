/**
 * One initiative of the plan: its status in one click or key press (a radio group), its actual
 * dates, a progress note and, when dropped, the reason. A refused value says why under its field
 * and the saved one stays.
 */
import { FollowDetails } from './FollowDetails';
import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import { INITIATIVE_STATUSES, type InitiativeStatus } from '../../domain/assessment/assessment';
import type { FollowInitiative } from '../../domain/follow-view';
import {
  setActualDates,
  setInitiativeStatus,
  setProgressNote,
  type FollowField,
} from '../../stores/follow';
import { format } from '../../i18n/format';
import { formatDay } from '../../i18n/format-day';
import { FieldError } from './FieldError';
import { useRefusal } from './use-refusal';
import { readField } from './read-field';

interface Props {
  assessmentId: string;
  item: FollowInitiative;
  strings: UiStrings['follow'];
  lang: Lang;
}

/** How many initiatives a late one names; the rest are counted (a late start can hold up 20). */
const NAMED = 3;

function toHoldsUpText(titles: readonly string[], p: UiStrings['follow']['page']): string {
  const list = titles.slice(0, NAMED).join('; ');
  return titles.length > NAMED
    ? format(p.holdsUpMore, { count: titles.length, list, more: titles.length - NAMED })
    : format(p.holdsUp, { list });
}

export function InitiativeCard({ assessmentId, item, strings: s, lang }: Props) {
  const { doc, standing, progress } = item;
  const p = s.page;
  const key = `item-${doc.id}`;
  const { refusal, run, errorId, aria } = useRefusal(key);
  const [dropping, setDropping] = useState(false);
  const [saved, setSaved] = useState('');
  const reasonInput = useRef<HTMLInputElement>(null);
  const done = (ok: boolean) => setSaved(ok ? p.saved : '');
  const error = (field: FollowField, kept?: string) =>
    refusal?.field === field && (
      <FieldError id={errorId(field)} strings={s} reason={refusal.reason} kept={kept} />
    );

  const choose = (status: InitiativeStatus) => {
    if (status === 'dropped') {
      setDropping(true);
      setSaved('');
      return;
    }
    setDropping(false);
    done(run(setInitiativeStatus(assessmentId, doc.id, status)));
  };
  const shown = dropping ? 'dropped' : progress.status;
  // Open when something was recorded, so what was written shows at once.
  const hasDetails = Boolean(progress.actualStart ?? progress.actualFinish ?? progress.note);
  return (
    <li class="card follow-item stack" aria-labelledby={`${key}-title`}>
      <h3 id={`${key}-title`}>{doc.title}</h3>
      <p class="meta">
        {format(p.ownerLine, { owner: doc.owner, phase: doc.phaseName })}
        <br />
        {format(p.planned, {
          start: formatDay(standing.plannedStart, lang),
          finish: formatDay(standing.plannedFinish, lang),
        })}
      </p>
      {standing.status === 'late' && (
        <p class="late-note">
          <strong>
            {format(p.lateSince, { finish: formatDay(standing.plannedFinish, lang) })}
          </strong>
          {item.holdsUp.length > 0 && ` ${toHoldsUpText(item.holdsUp, p)}`}
        </p>
      )}
      <fieldset class="status-choices">
        <legend>{format(p.statusLegend, { title: doc.title })}</legend>
        {INITIATIVE_STATUSES.map((status) => (
          <span class="status-choice" key={status}>
            <input
              type="radio"
              id={`${key}-${status}`}
              name={`${key}-status`}
              value={status}
              checked={shown === status}
              onChange={() => choose(status)}
            />
            <label for={`${key}-${status}`}>{s.statuses[status]}</label>
          </span>
        ))}
      </fieldset>
      {error('status')}
      {dropping && (
        <form
          class="follow-form"
          onSubmit={(e) => {
            e.preventDefault();
            const ok = run(
              setInitiativeStatus(
                assessmentId,
                doc.id,
                'dropped',
                readField(e.currentTarget, 'reason'),
              ),
            );
            if (ok) setDropping(false);
            else reasonInput.current?.focus();
            done(ok);
          }}
        >
          <div class="field">
            <label for={`${key}-reason`}>{p.reason}</label>
            <input id={`${key}-reason`} name="reason" ref={reasonInput} {...aria('reason')} />
            {error('reason')}
          </div>
          <button type="submit" class="button secondary">
            {p.drop}
          </button>
        </form>
      )}
      {!dropping && progress.status === 'dropped' && progress.reason && (
        <p>{format(p.reasonShown, { reason: progress.reason })}</p>
      )}
      <FollowDetails summary={p.datesAndNote} open={hasDetails}>
        <form
          class="follow-form dates"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const dates = {
              actualStart: readField(form, 'start'),
              actualFinish: readField(form, 'finish'),
            };
            done(run(setActualDates(assessmentId, doc.id, dates)));
          }}
        >
          <div class="field">
            <label for={`${key}-start`}>{p.actualStart}</label>
            <input
              type="date"
              id={`${key}-start`}
              name="start"
              key={progress.actualStart ?? ''}
              defaultValue={progress.actualStart ?? ''}
              {...aria('actualStart')}
            />
            {error('actualStart', progress.actualStart ?? '')}
          </div>
          <div class="field">
            <label for={`${key}-finish`}>{p.actualFinish}</label>
            <input
              type="date"
              id={`${key}-finish`}
              name="finish"
              key={progress.actualFinish ?? ''}
              defaultValue={progress.actualFinish ?? ''}
              {...aria('actualFinish')}
            />
            {error('actualFinish', progress.actualFinish ?? '')}
          </div>
          <button type="submit" class="button secondary">
            {p.saveDates}
          </button>
        </form>
        <form
          class="follow-form"
          onSubmit={(e) => {
            e.preventDefault();
            done(run(setProgressNote(assessmentId, doc.id, readField(e.currentTarget, 'note'))));
          }}
        >
          <div class="field">
            <label for={`${key}-note`}>{p.note}</label>
            <textarea
              id={`${key}-note`}
              name="note"
              rows={2}
              key={progress.note ?? ''}
              defaultValue={progress.note ?? ''}
              {...aria('note')}
            />
            {error('note')}
          </div>
          <button type="submit" class="button secondary">
            {p.saveNote}
          </button>
        </form>
      </FollowDetails>
      <p role="status" class="status">
        {saved}
      </p>
    </li>
  );
}
