/**
 * The assessments kept in this browser, and every action that changes them.
 *
 * Writes happen inside the actions, not in a `listen` handler as nanostores advises, on purpose:
 * each change is applied to the freshest stored copy of its assessment and written at once, in the
 * same synchronous step, so two tabs editing one assessment never overwrite each other's newer
 * answers. Other tabs' writes arrive through storage events.
 */
import { atom, computed, map } from 'nanostores';
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
import type { RestoreContext } from '../domain/assessment/restore-assessment';
import {
  restoreStoredAssessment,
  toStoredAssessment,
} from '../domain/assessment/stored-assessment';
import type { AnswerValue } from '../domain/scoring/model';
import type { Invitation } from '../domain/workshop/workshop';
import {
  ASSESSMENT_KEY_PREFIX,
  createMemoryStorage,
  listKeys,
  moveAside,
  onOtherTabChange,
  openLocalStorage,
  readKey,
  removeKey,
  writeKey,
  type KeyValueStorage,
  type StorageHealth,
} from '../adapters/storage/browser-storage';

/** A stored record that could not be read, kept under a backup key. */
export interface UnreadableRecord {
  readonly backupKey: string | null;
  readonly raw: string;
}

/** Every assessment in this browser, by id. */
export const $assessments = map<Record<string, Assessment>>({});
/** Assessments, most recently changed first. */
export const $assessmentList = computed($assessments, (all) =>
  // Compare instants, not text: imported timestamps may carry a UTC offset.
  Object.values(all).sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt)),
);
/** Whether saving works. */
export const $storageHealth = atom<StorageHealth>('ok');
/** Records found unreadable at start-up and moved aside. */
export const $unreadable = atom<readonly UnreadableRecord[]>([]);
/** The assessment deleted last, until it is restored or another is deleted. */
export const $lastDeleted = atom<Assessment | null>(null);
/** True once the stored assessments have been read. */
export const $loaded = atom(false);

interface StoreState {
  storage: KeyValueStorage;
  context: RestoreContext;
  now: () => Date;
  /** The last raw text read or written per id: a different text in storage means another tab wrote. */
  lastRaw: Map<string, string>;
  unsubscribe: () => void;
}
let state: StoreState | null = null;

/** Options for tests: an injected storage and clock. */
export interface InitOptions {
  readonly storage?: KeyValueStorage | null;
  readonly now?: () => Date;
}

function keyOf(id: string): string {
  return `${ASSESSMENT_KEY_PREFIX}${id}`;
}

function parseRecord(raw: string, context: RestoreContext): Assessment | 'newer' | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const restored = restoreStoredAssessment(value, context);
  if (restored.ok) return restored.assessment;
  return restored.reason === 'newer-version' ? 'newer' : null;
}

/**
 * Reads every stored assessment (once per page), moving unreadable records aside, and starts
 * listening to other tabs. Calling it again re-reads everything.
 */
export function initAssessmentStore(context: RestoreContext, options: InitOptions = {}): void {
  state?.unsubscribe();
  const opened = options.storage === undefined ? openLocalStorage() : options.storage;
  const storage = opened ?? createMemoryStorage();
  const now = options.now ?? (() => new Date());
  const unsubscribe = onOtherTabChange(ASSESSMENT_KEY_PREFIX, (key, raw) =>
    key === null ? loadAll() : applyOtherTabChange(key.slice(ASSESSMENT_KEY_PREFIX.length), raw),
  );
  state = { storage, context, now, lastRaw: new Map(), unsubscribe };
  $lastDeleted.set(null);
  $unreadable.set([]);
  $storageHealth.set(opened ? 'ok' : 'unavailable');
  loadAll();
  $loaded.set(true);
}

/** Reads every stored assessment into the store, moving unreadable records aside (mutates storage). */
function loadAll(): void {
  if (!state) return;
  const { storage, context, now, lastRaw } = state;
  lastRaw.clear();
  const all: Record<string, Assessment> = {};
  const unreadable: UnreadableRecord[] = [...$unreadable.get()];
  for (const key of listKeys(storage, ASSESSMENT_KEY_PREFIX)) {
    const raw = readKey(storage, key);
    if (raw === null) continue;
    const parsed = parseRecord(raw, context);
    if (parsed === 'newer') continue; // Written by a newer version of the site: leave it untouched.
    const rightKey = parsed === null ? key : keyOf(parsed.id);
    // Unreadable, or filed under a key that another record already holds: keep it aside.
    if (
      parsed === null ||
      (rightKey !== key && (all[parsed.id] || readKey(storage, rightKey) !== null))
    ) {
      unreadable.push({ backupKey: moveAside(storage, key, raw, now()), raw });
      continue;
    }
    if (rightKey !== key && writeKey(storage, rightKey, raw) === 'ok') removeKey(storage, key);
    all[parsed.id] = parsed;
    lastRaw.set(parsed.id, raw);
  }
  $assessments.set(all);
  $unreadable.set(unreadable);
}

/** Applies a change another tab made to one assessment. */
function applyOtherTabChange(id: string, raw: string | null): void {
  if (!state) return;
  if (raw === null) {
    state.lastRaw.delete(id);
    $assessments.setKey(id, undefined);
    return;
  }
  const parsed = parseRecord(raw, state.context);
  if (parsed === null || parsed === 'newer' || parsed.id !== id) return;
  state.lastRaw.set(id, raw);
  $assessments.setKey(id, parsed);
}

/**
 * The freshest copy of an assessment: storage's if another tab wrote since we last looked (and then
 * the store is updated too). Undefined when another tab deleted it or a newer version rewrote it.
 */
function getFresh(id: string): Assessment | undefined {
  const known = $assessments.get()[id];
  if (!state) return known;
  const raw = readKey(state.storage, keyOf(id));
  if (raw === state.lastRaw.get(id)) return known;
  if (raw === null) {
    // It was stored and is gone: another tab deleted it. Do not bring it back by editing it.
    if (state.lastRaw.has(id)) {
      state.lastRaw.delete(id);
      $assessments.setKey(id, undefined);
      return undefined;
    }
    return known;
  }
  const parsed = parseRecord(raw, state.context);
  if (parsed === null) return known;
  if (parsed === 'newer') {
    // A newer version of the site owns this record now: never overwrite it with an older shape.
    $assessments.setKey(id, undefined);
    return undefined;
  }
  state.lastRaw.set(id, raw);
  $assessments.setKey(id, parsed);
  return parsed;
}

/** Puts an assessment in the store and writes it (mutates storage). */
function save(assessment: Assessment): void {
  $assessments.setKey(assessment.id, assessment);
  if (!state) return;
  const raw = JSON.stringify(toStoredAssessment(assessment));
  const result = writeKey(state.storage, keyOf(assessment.id), raw);
  if (result === 'ok') {
    state.lastRaw.set(assessment.id, raw);
    if ($storageHealth.get() === 'full') $storageHealth.set('ok');
  } else if ($storageHealth.get() !== 'unavailable') {
    $storageHealth.set('full');
  }
}

/** Applies `change` to the freshest copy of an assessment and saves the result. */
export function updateAssessment(
  id: string,
  change: (assessment: Assessment, now: Date) => Assessment,
): void {
  const base = getFresh(id);
  if (!base) return;
  const next = change(base, state?.now() ?? new Date());
  if (next !== base) save(next);
}

/** Creates an assessment and returns its id. */
export function startAssessment(input: Omit<NewAssessmentInput, 'contentVersion'>): string {
  const contentVersion = state?.context.contentVersion ?? 1;
  const assessment = createAssessment({ ...input, contentVersion }, state?.now() ?? new Date());
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
      state?.now() ?? new Date(),
    ),
    participation: {
      workshopId: invitation.workshopId,
      participant: { ...invitation.participant },
    },
  };
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
  const copy = duplicateAssessment(source, name, state?.now() ?? new Date());
  save(copy);
  return copy.id;
}

/** Deletes an assessment; it can be brought back with `undoDelete` until the next deletion. */
export function deleteAssessment(id: string): void {
  const assessment = getFresh(id);
  if (!assessment) return;
  if (state) {
    removeKey(state.storage, keyOf(id));
    state.lastRaw.delete(id);
  }
  $assessments.setKey(id, undefined);
  $lastDeleted.set(assessment);
}

/** Brings back the assessment deleted last. */
export function undoDelete(): Assessment | null {
  const assessment = $lastDeleted.get();
  if (!assessment) return null;
  save(assessment);
  $lastDeleted.set(null);
  return assessment;
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
