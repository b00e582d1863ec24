/**
 * Naming the next assessment of an organization (issue #16): the name the form suggests, and the
 * check of what a person typed before a new run is started with it.
 */
import { MAX_LABEL_LENGTH, type Assessment } from '../assessment/assessment';

/** Why a typed name was refused. */
export type RunNameIssue =
  /** Nothing but white space. */
  | 'empty'
  /** Longer than a label may be (MAX_LABEL_LENGTH characters, once trimmed). */
  | 'too-long';

/** A name as typed, checked. */
export type RunNameCheck =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: RunNameIssue };

/** Between a run's name and its month: what `suggestRunName` adds and takes away again. */
export const RUN_NAME_SEPARATOR = ' — ';

/**
 * Checks a typed name: white space runs (pasted line breaks, tabs) become one space, other control
 * characters go, the ends are trimmed, and what is left must show something (not only zero-width
 * or direction marks) and be at most MAX_LABEL_LENGTH characters.
 */
export function checkRunName(text: string): RunNameCheck {
  const value = text
    .replace(/\s+/gu, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
  if (value.replace(/\p{Cf}/gu, '').trim() === '') return { ok: false, reason: 'empty' };
  if ([...value].length > MAX_LABEL_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, value };
}

/**
 * The name suggested for the run after `earlier`: its name, a dash and `when` (e.g. "December
 * 2026"). A run that was itself started from another loses its own month first, so the third run
 * is not "Review — June 2026 — December 2026". The name is cut to fit MAX_LABEL_LENGTH.
 * @param when the new run's month and year, as the page's language writes it
 */
export function suggestRunName(
  earlier: Pick<Assessment, 'name' | 'previousId'>,
  when: string,
): string {
  const cut = earlier.name.lastIndexOf(RUN_NAME_SEPARATOR);
  const base =
    earlier.previousId !== undefined && cut > 0 ? earlier.name.slice(0, cut) : earlier.name;
  const suffix = `${RUN_NAME_SEPARATOR}${when}`;
  const room = Math.max(0, MAX_LABEL_LENGTH - [...suffix].length);
  return `${[...base.trim()].slice(0, room).join('').trim()}${suffix}`;
}
