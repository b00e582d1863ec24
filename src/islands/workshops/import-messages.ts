/**
 * What the facilitator reads after importing a participant's answers: whose answers were added and
 * what was left out, or why they were refused and what to do. Pure, so every reason is tested in
 * both languages.
 */
import type { UiStrings } from '../../i18n/types';
import type { SubmissionImport } from '../../domain/workshop/import-submission';
import type { Participant, Submission, Workshop } from '../../domain/workshop/workshop';
import { format, formatDateTime } from '../../i18n/format';
import { formatDay } from './workshop-format';
import { countGivenAnswers } from '../../domain/assessment/progress';

/** An import's outcome as the page shows it. */
export interface ImportOutcome {
  readonly tone: 'success' | 'danger' | 'warning';
  /** Sentences, shown in order. */
  readonly lines: readonly string[];
  /** Technical detail for a disclosure, on refusal. */
  readonly detail?: string | undefined;
  /** On a duplicate: the checked answers the facilitator may keep instead of the earlier ones. */
  readonly duplicate?: Submission | undefined;
}

/** What the messages need besides the result. */
export interface MessageContext {
  readonly strings: UiStrings['workshop'];
  readonly roleNames: UiStrings['roles'];
  readonly workshop: Pick<Workshop, 'organization' | 'date' | 'participants'>;
  readonly lang: string;
}

/** The participant's name as the page shows it ("Participant without a name" when blank). */
export function getDisplayName(
  participant: Pick<Participant, 'name'> | undefined,
  strings: Pick<UiStrings['workshop'], 'unnamed'>,
): string {
  const name = participant?.name.trim() ?? '';
  return name === '' ? strings.unnamed : name;
}

function findParticipant(context: MessageContext, participantId: string): Participant | undefined {
  return context.workshop.participants.find((p) => p.id === participantId);
}

function describeSuccess(
  result: Extract<SubmissionImport, { ok: true }>,
  context: MessageContext,
): ImportOutcome {
  const { strings: s, roleNames } = context;
  const participant = findParticipant(context, result.submission.participantId);
  const name = getDisplayName(participant, s);
  const lines = [
    format(s.imported, {
      name,
      role: participant ? roleNames[participant.role] : '',
      count: countGivenAnswers(result.submission.answers),
    }),
  ];
  if (result.droppedQuestionIds.length > 0) {
    lines.push(format(s.importDropped, { count: result.droppedQuestionIds.length }));
  }
  if (result.clearedNotApplicableIds.length > 0) {
    lines.push(format(s.importCleared, { count: result.clearedNotApplicableIds.length }));
  }
  if (result.replacedRole !== null && participant) {
    lines.push(
      format(s.importRoleKept, {
        name,
        given: roleNames[result.replacedRole],
        role: roleNames[participant.role],
      }),
    );
  }
  return { tone: 'success', lines };
}

/**
 * Describes an import: success with what was dropped or cleared, or the refusal's reason with
 * what to do about it, followed by the promise that nothing changed.
 */
export function describeImport(result: SubmissionImport, context: MessageContext): ImportOutcome {
  if (result.ok) return describeSuccess(result, context);
  const { strings: s, lang } = context;
  if (result.reason === 'duplicate') {
    const participant = findParticipant(context, result.submission.participantId);
    return {
      tone: 'warning',
      lines: [
        format(s.importErrors.duplicate, {
          name: getDisplayName(participant, s),
          previous: formatDateTime(result.previous.submittedAt, lang),
          current: formatDateTime(result.submission.submittedAt, lang),
        }),
      ],
      detail: result.detail,
      duplicate: result.submission,
    };
  }
  const message = format(s.importErrors[result.reason], {
    organization: context.workshop.organization,
    date: formatDay(context.workshop.date, lang),
  });
  return { tone: 'danger', lines: [message, s.importRefused], detail: result.detail };
}

/** The refusal of a file that could not even be read (too large, or unreadable). */
export function describeFileFailure(
  reason: 'too-large' | 'read-failed',
  strings: UiStrings['workshop'],
): ImportOutcome {
  const message =
    reason === 'too-large' ? strings.importErrors['too-large'] : strings.fileUnreadable;
  return { tone: 'danger', lines: [message, strings.importRefused] };
}
