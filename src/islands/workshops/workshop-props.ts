/** Props the workshop pages hand to their islands: plain, serialisable, one language's words. */
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import type { QuestionFacts, WizardDimension } from '../types';

/** Props of the workshops list island (/workshops/). */
export interface WorkshopsProps {
  readonly lang: Lang;
  readonly strings: UiStrings['workshop'];
  readonly roleNames: UiStrings['roles'];
  /** The facts of every question: importing needs the ids, the list counts them. */
  readonly questions: readonly QuestionFacts[];
  readonly contentVersion: number;
  /** URL of the one-workshop page in this language. */
  readonly workshopPath: string;
}

/** Props of the one-workshop island (/workshop/?id=). */
export interface WorkshopProps {
  readonly lang: Lang;
  readonly strings: UiStrings['workshop'];
  /** The QR codes' words: joining, scanning answers (#18). */
  readonly qrStrings: UiStrings['qr'];
  readonly roleNames: UiStrings['roles'];
  /** The questionnaire in this language: question texts, level descriptions, dimension titles. */
  readonly dimensions: readonly WizardDimension[];
  readonly profileFieldIds: readonly string[];
  readonly contentVersion: number;
  /** URLs in this language. */
  readonly listPath: string;
  readonly wizardPath: string;
  readonly joinPath: string;
  readonly resultsPath: string;
  readonly presentPath: string;
}
