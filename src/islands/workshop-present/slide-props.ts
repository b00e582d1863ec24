/** What every slide component receives: its slide, the heading to focus, strings and content. */
import type { Ref } from 'preact';
import type { Slide } from '../../domain/workshop/presentation';
import type { WizardDimension, WizardQuestion } from '../types';
import type { SlideStrings } from './slide-text';

/** The props of the component for slides of kind K. */
export interface SlideProps<K extends Slide['kind']> {
  readonly slide: Extract<Slide, { kind: K }>;
  readonly headingRef: Ref<HTMLHeadingElement>;
  readonly strings: SlideStrings;
  readonly lang: string;
  /** A dimension's title by id (the id when the content no longer has it). */
  readonly titleOf: (dimensionId: string) => string;
  /** A question by id, when the content has it. */
  readonly questionOf: (questionId: string) => WizardQuestion | undefined;
  readonly dimensions: readonly WizardDimension[];
}
