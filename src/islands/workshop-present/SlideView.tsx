/** One slide of the presentation view, in large type; colour never carries meaning alone. */
import type { Ref } from 'preact';
import type { Slide } from '../../domain/workshop/presentation';
import type { PresentationProps, WizardDimension } from '../types';
import { OverviewSlide } from './OverviewSlide';
import { QuestionSlide } from './QuestionSlide';
import { SummarySlide } from './SummarySlide';
import { TitleSlide } from './TitleSlide';

interface Props {
  slide: Slide;
  headingRef: Ref<HTMLHeadingElement>;
  strings: PresentationProps['strings'];
  roles: PresentationProps['roles'];
  dimensions: readonly WizardDimension[];
  lang: string;
}

export function SlideView({ slide, roles, ...rest }: Props) {
  const questions = rest.dimensions.flatMap((d) => d.questions);
  const common = {
    ...rest,
    questionOf: (id: string) => questions.find((q) => q.id === id),
    titleOf: (id: string) => rest.dimensions.find((d) => d.id === id)?.title ?? id,
  };
  switch (slide.kind) {
    case 'title':
      return <TitleSlide {...common} slide={slide} roles={roles} />;
    case 'overview':
      return <OverviewSlide {...common} slide={slide} />;
    case 'question':
      return <QuestionSlide {...common} slide={slide} />;
    case 'summary':
      return <SummarySlide {...common} slide={slide} />;
  }
}
