/** The review: what is still open (with links to each), and where the organization stands so far. */
import type { UiStrings } from '../../i18n/types';
import type { WizardDimension } from '../types';
import type { AssessmentScore } from '../../domain/scoring/score-assessment';
import type { Answers } from '../../domain/scoring/model';
import { buildReviewView } from '../../domain/review-view';
import { format } from '../../i18n/format';
import { ReviewSummary } from './ReviewSummary';
import { QuestionLinks } from './QuestionLinks';

interface Props {
  dimensions: readonly WizardDimension[];
  answers: Answers;
  score: AssessmentScore;
  strings: UiStrings['wizard'];
  verdicts: UiStrings['verdicts'];
  maturity: Readonly<Record<string, { readonly name: string; readonly meaning: string }>>;
  hrefOf: (step: string, questionId?: string) => string;
  onGo: (step: string, questionId?: string) => void;
  /** Opening sentence and closing action: results, or for a workshop participant, hand-back. */
  lead: string;
  finalHref: string;
  finalLabel: string;
}

export function ReviewStep(props: Props) {
  const { dimensions, strings: s } = props;
  const view = buildReviewView(dimensions, props.answers, props.score);
  const links = { numbers: view.numbers, hrefOf: props.hrefOf, onGo: props.onGo };
  const heading = {
    blank: format(s.unansweredHeading, { count: view.unansweredCount }),
    'dont-know': format(s.noneBlankSomeUnknown, { count: view.dontKnow.length }),
    complete: s.allAnswered,
  }[view.status];
  return (
    <div class="stack-lg">
      <p>{props.lead}</p>
      <section aria-labelledby="summary-heading" class="panel stack">
        <h3 id="summary-heading">{s.summaryHeading}</h3>
        <ReviewSummary
          score={props.score}
          strings={s}
          verdicts={props.verdicts}
          maturity={props.maturity}
        />
        <p>
          <a class="button" href={props.finalHref}>
            {props.finalLabel}
          </a>
        </p>
        {view.blockers.length > 0 && (
          <div class="banner danger">
            <h4>{s.blockersHeading}</h4>
            {/* A blocker is answered already (level 0 or 1): resolved, then changed (#14). */}
            <QuestionLinks questions={view.blockers} template={s.blockerLink} {...links} />
          </div>
        )}
        {view.openCriticals.length > 0 && (
          <div class="banner warning">
            <h4>{s.openCriticalHeading}</h4>
            <QuestionLinks questions={view.openCriticals} template={s.answerLink} {...links} />
          </div>
        )}
      </section>
      <section aria-labelledby="unanswered-heading" class="stack">
        <h3 id="unanswered-heading">{heading}</h3>
        {view.unanswered.map((group) => (
          <div key={group.dimensionId} class="stack">
            <h4>{dimensions.find((d) => d.id === group.dimensionId)?.title}</h4>
            <QuestionLinks
              questions={group.questions}
              template={s.answerLink}
              class="link-list"
              {...links}
            />
          </div>
        ))}
      </section>
      {view.dontKnow.length > 0 && (
        <section aria-labelledby="dont-know-heading" class="stack">
          <h3 id="dont-know-heading">
            {format(s.dontKnowHeading, { count: view.dontKnow.length })}
          </h3>
          <QuestionLinks
            questions={view.dontKnow}
            template={s.answerLink}
            class="link-list"
            {...links}
          />
        </section>
      )}
    </div>
  );
}
