/** Props the decision page hands to its island: plain, serialisable, localized to one language. */
import type { StorageBannerStrings } from '../shared/StorageBanner';
import type { Lang } from '../../i18n';
import type { UiStrings } from '../../i18n/types';
import type { OptionId, SizeScores, WeightAdjustment } from '../../domain/decision/model';
import type { Decision } from '../../domain/schemas/content';
import type { QuestionFacts, WizardProfileField } from '../types';

/** One of the four options in one language. */
export interface DecisionOptionText {
  readonly id: OptionId;
  readonly name: string;
  readonly description: string;
}

/** One criterion in one language, with the facts ranking and default weights need. */
export interface DecisionCriterionText {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Integer 1–5. */
  readonly defaultWeight: number;
  readonly scores: Readonly<Record<OptionId, { readonly score: number; readonly reason: string }>>;
  /** As authored: the reasons stay bilingual because the domain passes them through untouched. */
  readonly adjustments: readonly WeightAdjustment[];
  /** Option scores that depend on the organization's size, and why (in this language). */
  readonly sizeScaling?: (SizeScores & { readonly reason: string }) | undefined;
}

/** A dimension as the decision page needs it: to score an assessment and to name it. */
export interface DecisionDimension {
  readonly id: string;
  readonly title: string;
  readonly weight: number;
}

/** Props of the decision island. */
export interface DecisionProps {
  readonly lang: Lang;
  readonly strings: UiStrings['decision'];
  readonly storageStrings: StorageBannerStrings;
  readonly criteria: readonly DecisionCriterionText[];
  readonly options: readonly DecisionOptionText[];
  /** ISO 4217 code of the default figures. */
  readonly currency: string;
  readonly tcoDefaults: Decision['tcoDefaults'];
  readonly dimensions: readonly DecisionDimension[];
  readonly questions: readonly QuestionFacts[];
  readonly profileFieldIds: readonly string[];
  /** The profile questions, asked on the page when no assessment is linked. */
  readonly profileFields: readonly WizardProfileField[];
  /** The words of the profile answers, by field id, then option id. */
  readonly profileOptions: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly contentVersion: number;
  /** URL of the assessments page in this language. */
  readonly listPath: string;
}
