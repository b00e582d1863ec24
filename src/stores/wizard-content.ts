/**
 * The wizard's content in the page's language: what its steps and its score read. Its own module,
 * shared by wizard.ts and wizard-score.ts, so that the review step's code (fetched later) reads it
 * without bringing the wizard's other stores into its own chunk.
 */
import { atom } from 'nanostores';
import type { ScoringModel } from '../domain/scoring/model';
import type { WizardDimensionFacts } from '../domain/wizard-view';

/** What the wizard reads from its content, in one language. */
export interface WizardContent {
  readonly dimensions: readonly WizardDimensionFacts[];
  readonly labels: { readonly profile: string; readonly review: string };
  readonly model: ScoringModel;
}

/** The page's content; null until the page opens. */
export const $wizardContent = atom<WizardContent | null>(null);
