/** After a step change, focus moves to the new heading (or the question asked for) and to the top. */
import { useEffect, useRef, type MutableRef } from 'preact/hooks';

/**
 * Returns the heading's ref and a function that says where focus goes after the next step change:
 * `'heading'`, or a question id.
 */
export function useStepFocus(step: string | undefined) {
  const heading = useRef<HTMLHeadingElement>(null);
  const focusTarget: MutableRef<string | null> = useRef<string | null>(null);
  useEffect(() => {
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target === null) return;
    if (target === 'heading') {
      heading.current?.focus();
      globalThis.scrollTo({ top: 0 });
      return;
    }
    const fieldset = document.getElementById(`q-${target}`);
    const input = fieldset?.querySelector<HTMLInputElement>('input:checked, input');
    fieldset?.scrollIntoView({ block: 'start' });
    input?.focus();
  }, [step]);
  return {
    heading,
    focusNext: (target: string) => {
      focusTarget.current = target;
    },
  };
}
