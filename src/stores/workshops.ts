/**
 * The workshops a facilitator keeps in this browser (issue #7), and every action that changes
 * them. Each workshop is stored as its own backup file's text (`crm-readiness/workshop` format),
 * so what storage holds is read back exactly as a restored backup is: validated and checked
 * for consistency, and moved aside (never deleted) when it cannot be read.
 *
 * As in assessments.ts, each change is queued as a step applied to the copy stored at the moment of
 * writing, so two tabs never silently overwrite each other; other tabs' writes arrive as messages.
 *
 * Agreed answers flow into the workshop's consolidated assessment, an ordinary assessment in the
 * assessments store, so results, roadmap and the PDF work on it unchanged.
 */
import { computed } from 'nanostores';
import {
  createAssessment,
  createId,
  toLabel,
  withAnswer,
  withNote,
  withPosition,
  type Assessment,
} from '../domain/assessment/assessment';
import { createWorkshop, type NewWorkshopInput } from '../domain/workshop/create-workshop';
import type {
  SubmissionImport,
  SubmissionImportContext,
} from '../domain/workshop/import-submission';
import type {
  AgreedAnswer,
  Participant,
  RoleId,
  Submission,
  Workshop,
} from '../domain/workshop/workshop';
import { getConsensusRule, type ConsensusRuleId } from '../domain/workshop/consensus-rule';
import type { RecordBackend } from '../adapters/storage/record-backend';
import { $assessments, addImported, updateAssessment } from './assessments';
import { createRecordStore, pageBackend } from './record-store';
import { findById } from '../domain/assessment/find-by-id';

/** Where each workshop is kept: this prefix, then its id. */
export const WORKSHOP_KEY_PREFIX = 'crm-readiness/workshop/';

// Reading, writing and importing validate (zod/mini, migrations), as in assessments.ts: loaded
// while this module is evaluated, out of a page's first download (#12).
const codec = await import('./workshop-codec');
const { parseWorkshopRecord: parseRecord, replaceSubmission, applySubmission } = codec;

const store = createRecordStore<Workshop>({
  prefix: WORKSHOP_KEY_PREFIX,
  idOf: (workshop) => workshop.id,
  serialize: codec.serializeWorkshopFile,
});

/** Every workshop in this browser, by id. */
export const $workshops = store.$records;
/** Workshops, most recently changed first. */
export const $workshopList = computed($workshops, (all) =>
  Object.values(all).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)),
);
/** Whether saving workshops works. */
export const $workshopStorageHealth = store.$health;
/** Ids of workshops with changes not stored yet. */
export const $unsavedWorkshops = store.$unsaved;
/** Workshop records found unreadable at start-up and moved aside. */
export const $unreadableWorkshops = store.$unreadable;
/** The workshop deleted last, until it is restored or another is deleted. */
export const $lastDeletedWorkshop = store.$lastRemoved;
/** True once the stored workshops have been read. */
export const $workshopsLoaded = store.$loaded;

/** The content version new workshops are set up with: the current content's once the store opens. */
let contentVersion = 1;
/** What imports accept; null until the store is opened with the current content. */
let importContext: SubmissionImportContext | null = null;

/** What the store needs to know about the content, plus an injected backend and clock for tests. */
export interface WorkshopStoreOptions {
  readonly contentVersion: number;
  readonly importContext: SubmissionImportContext;
  readonly backend?: RecordBackend;
  readonly now?: () => Date;
}

/**
 * Reads every stored workshop (once per page), moving unreadable records aside, and starts
 * listening to other tabs. Calling it again re-reads everything.
 */
export function initWorkshopStore(options: WorkshopStoreOptions): void {
  contentVersion = options.contentVersion;
  importContext = options.importContext;
  store.open({
    parse: parseRecord,
    backend: options.backend,
    now: options.now,
  });
}

/**
 * Resolves true once every change of the workshop made so far is stored, false as soon as a write
 * of it is refused (the change stays in memory and is tried again).
 */
export function workshopSaved(id: string): Promise<boolean> {
  return store.saved(id);
}

/** Tries every workshop change that storage refused again now. */
export function retryWorkshopSaving(): void {
  store.retryNow();
}

const { getFresh, save } = store;

function now(): Date {
  return store.now();
}

/**
 * Applies `change` to the freshest copy of a workshop and saves the result, stamped now. `change`
 * may run again on a copy another tab wrote meanwhile, so it must depend only on its arguments.
 */
export function updateWorkshop(
  id: string,
  change: (workshop: Workshop, now: Date) => Workshop,
): Workshop | undefined {
  const base = getFresh(id);
  if (!base) return undefined;
  const at = now();
  const stamp = (workshop: Workshop): Workshop => {
    const next = change(workshop, at);
    return next === workshop ? workshop : { ...next, updatedAt: at.toISOString() };
  };
  const stamped = stamp(base);
  if (stamped === base) return base;
  store.change(id, base, stamped, (stored) => stored && stamp(stored));
  return stamped;
}

/** Sets up a workshop against the current content; returns its id. */
export function setUpWorkshop(input: Omit<NewWorkshopInput, 'contentVersion'>): string {
  const workshop = createWorkshop({ ...input, contentVersion }, now());
  save(workshop);
  return workshop.id;
}

/** Changes the organization, date or facilitator. */
export function setWorkshopDetails(
  id: string,
  details: Partial<Pick<Workshop, 'organization' | 'date' | 'facilitator'>>,
): void {
  updateWorkshop(id, (w) => ({ ...w, ...details }));
}

/** Invites one more participant; returns the new participant, or null when there is no workshop. */
export function addParticipant(
  id: string,
  person: { readonly name: string; readonly role: RoleId },
): Participant | null {
  // Made once, outside the change, which may run again on another tab's copy.
  const participant = { id: createId(), name: toLabel(person.name), role: person.role };
  const saved = updateWorkshop(id, (w) => ({
    ...w,
    participants: [...w.participants, participant],
  }));
  return saved ? participant : null;
}

/** Takes a participant off the list, with their answers if they handed any in. */
export function removeParticipant(id: string, participantId: string): void {
  updateWorkshop(id, (w) => ({
    ...w,
    participants: w.participants.filter((p) => p.id !== participantId),
    submissions: w.submissions.filter((s) => s.participantId !== participantId),
  }));
}

/**
 * Imports a participant's answers (a code or a file's text) into the freshest copy of the
 * workshop; the workshop changes only on success. Never throws.
 */
export async function importSubmission(id: string, input: string): Promise<SubmissionImport> {
  const base = getFresh(id);
  if (!base || !importContext) {
    return { ok: false, reason: 'other-workshop', detail: 'The workshop is no longer here.' };
  }
  const result = await codec.tryImportSubmission(base, input, importContext, now());
  // Reading a code is asynchronous: apply the result to whatever is freshest now.
  if (result.ok) updateWorkshop(id, (w, at) => applySubmission(w, result.submission, at));
  return result;
}

/** Keeps `submission` instead of the participant's earlier answers (after a `duplicate` refusal). */
export function keepNewerSubmission(id: string, submission: Submission): void {
  updateWorkshop(id, (w, at) => replaceSubmission(w, submission, at));
}

/** Removes one participant's answers (they stay invited). */
export function removeSubmission(id: string, participantId: string): void {
  updateWorkshop(id, (w) => ({
    ...w,
    submissions: w.submissions.filter((s) => s.participantId !== participantId),
  }));
}

/** Shows or hides individual answers on the facilitator's screens. */
export function setShowIndividual(id: string, showIndividual: boolean): void {
  updateWorkshop(id, (w) => ({ ...w, showIndividual }));
}

/** Hides the live distribution until everyone has handed in, or reveals it (#18). */
export function setHideDistribution(id: string, hideDistribution: boolean): void {
  updateWorkshop(id, (w) => ({ ...w, hideDistribution }));
}

/** Changes the consensus rule (#18): every consensus flag follows it at once. */
export function setConsensusRule(id: string, consensusRule: ConsensusRuleId): void {
  // Declared before the answers: once one has come in, the rule stays (the page shows it fixed).
  updateWorkshop(id, (w) =>
    getConsensusRule(w) === consensusRule || w.submissions.length > 0 ? w : { ...w, consensusRule },
  );
}

/**
 * Starts (or starts again) the second round on the chosen questions, sharing the notes given
 * (#18). Starting again makes answers to the earlier start stale.
 */
export function startSecondRound(
  id: string,
  questionIds: readonly string[],
  sharedNotes: Readonly<Record<string, string>>,
): void {
  updateWorkshop(id, (w, at) => codec.startRoundTwo(w, questionIds, sharedNotes, at));
}

/** Ends the second round and drops its answers; round 1 stays as it was. */
export function cancelSecondRound(id: string): void {
  updateWorkshop(id, (w, at) => codec.cancelRoundTwo(w, at));
}

/** Applies agreements (or, with null, their removal) to the consolidated assessment, if there is one. */
function syncAgreements(
  assessmentId: string,
  changes: Readonly<Record<string, AgreedAnswer | null>>,
): void {
  if (!findById($assessments.get(), assessmentId)) return;
  updateAssessment(assessmentId, (assessment, at) => {
    let next = assessment;
    for (const [questionId, agreed] of Object.entries(changes)) {
      next = withAnswer(next, questionId, agreed?.value, at);
      next = withNote(next, questionId, agreed?.note ?? '', at);
    }
    return next;
  });
}

/**
 * Records what the team agreed for several questions at once (null clears one), in one write, and
 * carries it into the consolidated assessment when the facilitator has made one.
 */
export function recordAgreements(
  id: string,
  changes: Readonly<Record<string, AgreedAnswer | null>>,
): void {
  const saved = updateWorkshop(id, (w) => {
    const next: Record<string, AgreedAnswer> = { ...w.agreed };
    for (const [questionId, agreed] of Object.entries(changes)) {
      // Assigning `__proto__` would replace the object's prototype instead of adding a key.
      if (questionId === '__proto__') continue;
      if (agreed === null) delete next[questionId];
      else next[questionId] = { value: agreed.value, note: agreed.note.trim() };
    }
    return { ...w, agreed: next };
  });
  if (saved?.assessmentId) syncAgreements(saved.assessmentId, changes);
}

/** Records what the team agreed for one question (null clears it); see `recordAgreements`. */
export function recordAgreement(id: string, questionId: string, agreed: AgreedAnswer | null): void {
  recordAgreements(id, { [questionId]: agreed });
}

/** The consolidated assessment's answers and notes: the agreed ones, over whatever else it has. */
function withAgreements(assessment: Assessment, workshop: Workshop, at: Date): Assessment {
  let next = assessment;
  for (const [questionId, agreed] of Object.entries(workshop.agreed)) {
    next = withAnswer(next, questionId, agreed.value, at);
    next = withNote(next, questionId, agreed.note, at);
  }
  return next;
}

/**
 * Makes (or brings up to date) the workshop's consolidated assessment from the agreed answers and
 * returns its id; null when there is no such workshop. Answers the facilitator gave there to
 * questions without agreement are kept.
 * @param name the new assessment's name, in the UI's language
 */
export function consolidateWorkshop(id: string, name: string): string | null {
  const workshop = getFresh(id);
  if (!workshop) return null;
  const at = now();
  const existing = findById($assessments.get(), workshop.assessmentId);
  if (existing) {
    updateAssessment(existing.id, (a) => withAgreements(a, workshop, at));
    return existing.id;
  }
  const fresh = createAssessment(
    {
      name,
      organization: workshop.organization,
      assessor: workshop.facilitator,
      contentVersion: workshop.contentVersion,
    },
    at,
  );
  const assessmentId = addImported(withPosition(withAgreements(fresh, workshop, at), 'review'));
  updateWorkshop(id, (w) => ({ ...w, assessmentId }));
  return assessmentId;
}

/** Deletes a workshop; `undoDeleteWorkshop` brings it back until the next deletion. */
export function deleteWorkshop(id: string): void {
  const workshop = getFresh(id);
  if (workshop) store.remove(workshop);
}

/** Brings back the workshop deleted last. */
export function undoDeleteWorkshop(): Workshop | null {
  return store.undoRemove();
}

/** Adds a workshop read from a backup file, replacing the one with the same id. */
export function restoreWorkshop(workshop: Workshop): void {
  save(workshop);
}

/**
 * The workshop whose consolidated assessment `assessmentId` is, read straight from storage (the
 * results page does not load the workshop store); null when there is none. Changes nothing.
 */
export function findWorkshopOf(assessmentId: string): Workshop | null {
  const loaded = Object.values($workshops.get()).find((w) => w.assessmentId === assessmentId);
  if (loaded) return loaded;
  const backend = store.backend() ?? pageBackend;
  for (const key of backend.keys(WORKSHOP_KEY_PREFIX)) {
    const raw = backend.peek(key);
    const parsed = raw === null ? null : parseRecord(raw);
    if (parsed && parsed !== 'newer' && parsed.assessmentId === assessmentId) return parsed;
  }
  return null;
}
