/** The list of steps, to jump anywhere; the current one is marked for assistive technology. */
import { useState } from 'preact/hooks';
import type { UiStrings } from '../../i18n/types';
import { format } from '../../i18n/format';
import { formatProgress } from '../../domain/assessment/progress';

/** One step as the navigation shows it. */
export interface StepItem {
  readonly id: string;
  readonly label: string;
  readonly answered?: number;
  readonly dontKnow?: number;
  readonly total?: number;
}

interface Props {
  steps: readonly StepItem[];
  current: string;
  strings: UiStrings['wizard'];
  hrefOf: (step: string) => string;
  onGo: (step: string) => void;
}

export function SectionNav({ steps, current, strings: s, hrefOf, onGo }: Props) {
  const index = steps.findIndex((step) => step.id === current);
  // Open beside the questions on wide screens; folded above them on a phone.
  const [open] = useState(() => globalThis.matchMedia('(min-width: 60rem)').matches);
  return (
    <nav class="section-nav" aria-label={s.sectionsLabel}>
      <details open={open}>
        <summary>{format(s.sectionsSummary, { n: index + 1, total: steps.length })}</summary>
        <ol>
          {steps.map((step) => {
            const done = step.total !== undefined && step.answered === step.total;
            return (
              <li key={step.id} class={done ? 'done' : undefined}>
                <a
                  href={hrefOf(step.id)}
                  aria-current={step.id === current ? 'step' : undefined}
                  onClick={(event) => {
                    event.preventDefault();
                    onGo(step.id);
                  }}
                >
                  <span class="step-label">{step.label}</span>
                  {step.total !== undefined && (
                    <span class="step-status">
                      {formatProgress(
                        {
                          answered: step.answered ?? 0,
                          dontKnow: step.dontKnow ?? 0,
                          total: step.total,
                        },
                        { progress: s.stepStatus, progressDontKnow: s.stepStatusDontKnow },
                      )}
                    </span>
                  )}
                </a>
              </li>
            );
          })}
        </ol>
      </details>
    </nav>
  );
}
