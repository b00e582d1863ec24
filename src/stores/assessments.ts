/**
 * The assessments kept in this browser, and every action that changes them.
 *
 * Writes happen inside the actions, not in a `listen` handler as nanostores advises, on purpose:
 * each change is shown at once and queued as a step that the record store applies again to the
 * copy stored at the moment of writing, so two tabs editing one assessment never overwrite each
 * other's newer answers (see record-store.ts). Other tabs' writes arrive as messages.
 */
import { computed } from 'nanostores';
import {
  createAssessment,
  createId,
  duplicateAssessment,
  withAnswer,
  withDetails,
  withNote,
  withPosition,
  withPlan,
  withProfileAnswer,
  type AssessmentPlan,
  type Assessment,
  type NewAssessmentInput,
} from '../domain/assessment/assessment';
import {
  readStoredAssessment,
  toStoredAssessment,
} from '../domain/assessment/read-stored-assessment';
import { reconcileAssessment, type RestoreContext } from '../domain/assessment/restore-assessment';
import type { AnswerValue } from '../domain/scoring/model';
import type { Invitation } from '../domain/workshop/workshop';
import { ASSESSMENT_KEY_PREFIX, type RecordBackend } from '../adapters/storage/record-backend';
import type * as AssessmentCodec from './assessment-codec';
import { createRecordStore, type ParsedRecord } from './record-store';

export type { UnreadableRecord } from './record-store';

const store = createRecordStore<Assessment>({
  prefix: ASSESSMENT_KEY_PREFIX,
  idOf: (assessment) => assessment.id,
  serialize: (assessment) => JSON.stringify(toStoredAssessment(assessment)),
});

/** Every assessment in this browser, by id. */
export const $assessments = store.$records;
/** Assessments, most recently changed first. */
export const $assessmentList = computed($assessments, (all) =>
  // Compare instants, not text: imported timestamps may carry a UTC offset.
  Object.values(all).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)),
);
/** Whether saving works. */
export const $storageHealth = store.$health;
/** Ids of assessments with changes not stored yet. */
export const $unsavedAssessments = store.$unsaved;
/** Records found unreadable at start-up and moved aside. */
export const $unreadable = store.$unreadable;
/** The assessment deleted last, until it is restored or another is deleted. */
export const $lastDeleted = store.$lastRemoved;
/** True once the stored assessments have been read. */
export const $loaded = store.$loaded;

/** The content the stored assessments are read against (its version stamps new ones). */
let content: RestoreContext | null = null;
/** The reading of the stored assessments started last, and how many times the store was opened. */
let reading: Promise<void> = Promise.resolve();
let opened = 0;

/** Options for tests: an injected backend and clock. */
export interface InitOptions {
  readonly backend?: RecordBackend;
  readonly now?: () => Date;
}

/**
 * Reads every stored assessment (once per page), moving unreadable records aside, and starts
 * listening to other tabs. Calling it again re-reads everything.
 */
export function initAssessmentStore(context: RestoreContext, options: InitOptions = {}): void {
  content = context;
  opened += 1;
  let older = false;
  store.open({
    parse: (raw) =>
      parseRecord(raw, context, null, () => {
        older = true;
      }),
    backend: options.backend,
    now: options.now,
  });
  reading = older ? openWithCodec(context, options, opened) : Promise.resolve();
}

/** Resolves once the stored assessments are read, older ones included (they wait for the codec). */
export function whenAssessmentsRead(): Promise<void> {
  return reading;
}

/** The codec that migrates older records: zod/mini and the migrations, about 11 KB gzip. */
type Codec = typeof AssessmentCodec;

/**
 * Reads one stored record (#12). A record of the current schema version is checked without zod
 * and reconciled with the content, so a page shows its assessments without fetching the codec.
 * An older one needs the codec: without it, `onOlder` is told and the record is left alone for
 * now, as a newer one is.
 */
function parseRecord(
  raw: string,
  context: RestoreContext,
  codec: Codec | null,
  onOlder: () => void,
): ParsedRecord<Assessment> {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const read = readStoredAssessment(value);
  if (read === 'older') {
    if (codec) return codec.migrateAssessmentRecord(value, context);
    onOlder();
    return 'newer';
  }
  if (read === null || read === 'newer') return read;
  return reconcileAssessment(read.assessment, context).assessment;
}

/** Loads the codec and reads the stored assessments again with it, older records included. */
async function openWithCodec(
  context: RestoreContext,
  options: InitOptions,
  generation: number,
): Promise<void> {
  const codec = await import('./assessment-codec');
  // Opened again meanwhile (another storage or content, in a test): the later reading stands.
  if (generation !== opened) return;
  // The first reading moved unreadable records aside; reading again must not forget them.
  const unreadable = $unreadable.get();
  store.open({
    parse: (raw) => parseRecord(raw, context, codec, () => undefined),
    backend: options.backend,
    now: options.now,
  });
  $unreadable.set([...unreadable, ...$unreadable.get()]);
}

const { getFresh, save } = store;

/**
 * Resolves true once every change of the assessment made so far is stored, false as soon as a
 * write of it is refused (the change stays in memory and is tried again).
 */
export function assessmentSaved(id: string): Promise<boolean> {
  return store.saved(id);
}

/** Tries every change that storage refused again now. */
export function retrySaving(): void {
  store.retryNow();
}

/**
 * Applies `change` to the freshest copy of an assessment and saves the result. `change` may run
 * again on a copy another tab wrote meanwhile, so it must depend only on its arguments.
 */
export function updateAssessment(
  id: string,
  change: (assessment: Assessment, now: Date) => Assessment,
): void {
  const base = getFresh(id);
  if (!base) return;
  const at = store.now();
  const next = change(base, at);
  if (next !== base) store.change(id, base, next, (stored) => stored && change(stored, at));
}

/** Creates an assessment and returns its id. */
export function startAssessment(input: Omit<NewAssessmentInput, 'contentVersion'>): string {
  const contentVersion = getContentVersion();
  const assessment = createAssessment({ ...input, contentVersion }, store.now());
  save(assessment);
  return assessment.id;
}

/**
 * Starts answering for a workshop (issue #7): an assessment for the invitation's organization,
 * named after the participant, that remembers which workshop to hand the answers back to.
 */
export function startParticipation(invitation: Invitation, name: string): string {
  const assessment: Assessment = {
    ...createAssessment(
      {
        name,
        organization: invitation.organization,
        assessor: invitation.participant.name,
        contentVersion: invitation.contentVersion,
      },
      store.now(),
    ),
    participation: {
      workshopId: invitation.workshopId,
      participant: { ...invitation.participant },
    },
  };
  save(assessment);
  return assessment.id;
}

/** The content version new assessments are stamped with; 1 before the store is opened. */
function getContentVersion(): number {
  return content?.contentVersion ?? 1;
}

/** The store's clock: now, or the time a test injected. */
export function getStoreTime(): Date {
  return store.now();
}

/**
 * Saves an assessment built from the store's clock and content version (the next run of an
 * earlier one, issue #16); returns its id.
 */
export function addAssessment(build: (now: Date, contentVersion: number) => Assessment): string {
  const assessment = build(store.now(), getContentVersion());
  save(assessment);
  return assessment.id;
}

/** Sets or clears the answer to one question. */
export function answerQuestion(
  id: string,
  questionId: string,
  value: AnswerValue | undefined,
): void {
  updateAssessment(id, (a, now) => withAnswer(a, questionId, value, now));
}

/** Sets the note of one question. */
export function setNote(id: string, questionId: string, note: string): void {
  updateAssessment(id, (a, now) => withNote(a, questionId, note, now));
}

/** Sets one organization-profile answer. */
export function setProfileAnswer(
  id: string,
  fieldId: string,
  value: string | readonly string[],
): void {
  updateAssessment(id, (a, now) => withProfileAnswer(a, fieldId, value, now));
}

/** Changes the name, organization or assessor. */
export function setDetails(
  id: string,
  details: Partial<Pick<Assessment, 'name' | 'organization' | 'assessor'>>,
): void {
  updateAssessment(id, (a, now) => withDetails(a, details, now));
}

/** Changes the results page's choices (targets, comparison, roadmap edits). */
export function updatePlan(id: string, change: (plan: AssessmentPlan) => AssessmentPlan): void {
  updateAssessment(id, (a, now) => withPlan(a, change, now));
}

/** Remembers the wizard step, so the assessment reopens there. */
export function goToStep(id: string, step: string): void {
  updateAssessment(id, (a) => withPosition(a, step));
}

/** Copies an assessment under a new name; returns the copy's id. */
export function duplicate(id: string, name: string): string | null {
  const source = getFresh(id);
  if (!source) return null;
  const copy = duplicateAssessment(source, name, store.now());
  save(copy);
  return copy.id;
}

/** Deletes an assessment; it can be brought back with `undoDelete` until the next deletion. */
export function deleteAssessment(id: string): void {
  const assessment = getFresh(id);
  if (assessment) store.remove(assessment);
}

/** Brings back the assessment deleted last. */
export function undoDelete(): Assessment | null {
  return store.undoRemove();
}

/**
 * Adds an imported assessment. `replace` overwrites the one with the same id; `copy` keeps both by
 * giving the imported one a new id. Returns the id it was saved under.
 */
export function addImported(assessment: Assessment, mode: 'replace' | 'copy' = 'replace'): string {
  const toSave = mode === 'copy' ? { ...assessment, id: createId() } : assessment;
  save(toSave);
  return toSave.id;
}
