/**
 * The parts of the results page a reader jumps between, and what a URL fragment points at.
 * Fragments are the same English ids in both languages, as the site's paths are (`/method/`,
 * `/es/method/`): a link shared from the Spanish page still lands after switching language, and the
 * menu, tests and share links need no table per language.
 */

/** The page's sections, in reading order: verdict first, downloads last. */
export const RESULTS_SECTIONS = ['verdict', 'standing', 'plan', 'kpis', 'downloads'] as const;

/** One section of the results page. */
export type ResultsSection = (typeof RESULTS_SECTIONS)[number];

/**
 * The editors drawn only when asked for: they hold most of the page's elements, and its form fields
 * (a field drawn below the first screen makes Chrome's autofill lay out the whole part it is in).
 */
export type ResultsEditor = 'targets' | 'plan-settings' | 'initiatives' | 'kpis';

/** Where a fragment lands: its section, and the editor it opens (null when none). */
export interface ResultsTarget {
  readonly section: ResultsSection;
  readonly editor: ResultsEditor | null;
}

/**
 * Fragments that name an editor: the ambition and targets in the standing, the plan's start and
 * channel order and its initiative editor inside the plan, and the KPIs, whose section is their
 * editor.
 */
const EDITOR_FRAGMENTS: ReadonlyMap<string, ResultsTarget> = new Map<string, ResultsTarget>([
  ['targets', { section: 'standing', editor: 'targets' }],
  ['plan-settings', { section: 'plan', editor: 'plan-settings' }],
  ['initiatives', { section: 'plan', editor: 'initiatives' }],
  ['kpis', { section: 'kpis', editor: 'kpis' }],
]);

/** Whether a string names one of the sections. */
export function isResultsSection(value: string): value is ResultsSection {
  return (RESULTS_SECTIONS as readonly string[]).includes(value);
}

/**
 * Reads a URL fragment (`#plan`, `plan`, `#initiatives`) as a place on the results page.
 * @returns the section and editor it opens, or null for an empty or unknown fragment
 */
export function toResultsTarget(hash: string): ResultsTarget | null {
  const id = hash.replace(/^#/, '');
  const editor = EDITOR_FRAGMENTS.get(id);
  if (editor) return editor;
  return isResultsSection(id) ? { section: id, editor: null } : null;
}
