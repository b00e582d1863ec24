/**
 * Moving between the wizard's steps: each step has its own address (`?id=…&step=…#q-…`), a move
 * is remembered in the history and in the assessment, and the browser's back and forward buttons
 * show the step they land on, with focus on its heading.
 */
import { useEffect } from 'preact/hooks';
import { goToWizardStep, showStep } from '../../stores/wizard';

/** Reads `?id=` and `?step=` from the address. */
export function readLocation(): { id: string; step: string | null } {
  const params = new URLSearchParams(globalThis.location.search);
  return { id: params.get('id') ?? '', step: params.get('step') };
}

/** The address of a step of assessment `id`, and the move to it. */
export function useWizardNavigation(id: string, focusNext: (target: string) => void) {
  const hrefOf = (target: string, questionId?: string) =>
    `?id=${encodeURIComponent(id)}&step=${encodeURIComponent(target)}${questionId ? `#q-${questionId}` : ''}`;

  const go = (target: string, questionId?: string) => {
    focusNext(questionId ?? 'heading');
    globalThis.history.pushState(null, '', hrefOf(target, questionId));
    goToWizardStep(target);
  };

  useEffect(() => {
    const onPop = () => {
      focusNext('heading');
      showStep(readLocation().step);
    };
    globalThis.addEventListener('popstate', onPop);
    return () => globalThis.removeEventListener('popstate', onPop);
  }, []);

  return { hrefOf, go };
}
