/** One saved assessment: what it is, how far it got, and what can be done with it. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import type { Assessment } from '../../domain/assessment/assessment';
import { formatProgress, type ProgressCount } from '../../domain/assessment/progress';
import { MAX_LABEL_LENGTH } from '../../domain/assessment/assessment';
import { format, formatDateTime } from '../../i18n/format';

interface Props {
  assessment: Assessment;
  progress: ProgressCount;
  lang: string;
  strings: UiStrings['assessments'];
  href: string;
  /** The "Follow the plan" page of this assessment (#16). */
  followHref: string;
  /** Where a workshop participant hands their answers back (#7). */
  handBackHref: string;
  onRename: (name: string) => void;
  onDuplicate: () => void;
  onExport: () => void;
  onShare: () => void;
  onDelete: () => void;
  /** Replaces the plain link when the assessment must travel with the navigation (no storage). */
  onOpen?: (() => void) | undefined;
}

export function AssessmentCard(props: Props) {
  const { assessment: a, progress, lang, strings: s } = props;
  const [renaming, setRenaming] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasRenaming = useRef(false);
  useEffect(() => {
    if (renaming) input.current?.focus();
    else if (wasRenaming.current) renameButton.current?.focus();
    wasRenaming.current = renaming;
  }, [renaming]);
  const headingId = `assessment-${a.id}`;
  const keptAside = Object.keys(a.setAside.answers).length;

  const submitRename = (event: Event) => {
    event.preventDefault();
    const name = input.current?.value.trim() ?? '';
    if (name) props.onRename(name);
    setRenaming(false);
  };

  return (
    <li class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{a.name}</h3>
      {a.mode === 'quick' && <p class="meta">{s.quickScanTag}</p>}
      {a.participation ? (
        <p class="org">
          <span class="workshop-tag">{s.workshopBadge}</span> {a.organization}
          {a.participation.participant.name && ` · ${a.participation.participant.name}`}
        </p>
      ) : (
        <p class="org">{a.organization}</p>
      )}
      {a.assessor && !a.participation && (
        <p class="meta">{format(s.assessor, { name: a.assessor })}</p>
      )}
      <p class="meta">
        {format(s.created, { date: formatDateTime(a.createdAt, lang) })} ·{' '}
        {format(s.updated, { date: formatDateTime(a.updatedAt, lang) })}
      </p>
      <div class="card-progress">
        <progress
          max={progress.total}
          value={progress.answered}
          aria-labelledby={`${headingId}-progress`}
        />
        <span id={`${headingId}-progress`}>{formatProgress(progress, s)}</span>
      </div>
      {keptAside > 0 && (
        <p class="meta">
          {format(keptAside === 1 ? s.keptAsideOne : s.keptAside, {
            count: keptAside,
          })}
        </p>
      )}
      {renaming ? (
        <form class="rename" onSubmit={submitRename}>
          <label for={`rename-${a.id}`}>{s.renameLabel}</label>
          <input
            id={`rename-${a.id}`}
            ref={input}
            defaultValue={a.name}
            maxLength={MAX_LABEL_LENGTH}
            required
          />
          <button type="submit" class="button">
            {s.save}
          </button>
          <button type="button" class="button secondary" onClick={() => setRenaming(false)}>
            {s.cancel}
          </button>
        </form>
      ) : (
        <div class="actions" role="group" aria-label={format(s.actionsLabel, { name: a.name })}>
          {a.participation && (
            <a
              class="button"
              href={props.handBackHref}
              aria-label={format(s.handBackLabel, { name: a.name })}
            >
              {s.handBack}
            </a>
          )}
          <a
            class={a.participation ? 'button secondary' : 'button'}
            href={props.href}
            aria-label={format(s.continueLabel, { name: a.name })}
          >
            {s.continue}
          </a>
          {!a.participation && (
            <a
              class="button secondary"
              href={props.followHref}
              aria-label={format(s.followLabel, { name: a.name })}
            >
              {s.follow}
            </a>
          )}
          {!a.participation && (
            <a
              class="button secondary"
              href={`${props.followHref}#next-assessment`}
              aria-label={format(s.reassess.startLabel, { name: a.name })}
            >
              {s.reassess.start}
            </a>
          )}
          <button
            type="button"
            class="button secondary"
            ref={renameButton}
            onClick={() => setRenaming(true)}
          >
            {s.rename}
          </button>
          <button type="button" class="button secondary" onClick={props.onDuplicate}>
            {s.duplicate}
          </button>
          <button type="button" class="button secondary" onClick={props.onExport}>
            {s.export}
          </button>
          <button type="button" class="button secondary" onClick={props.onShare}>
            {s.share}
          </button>
          <button type="button" class="button danger" onClick={props.onDelete}>
            {s.delete}
          </button>
        </div>
      )}
    </li>
  );
}
