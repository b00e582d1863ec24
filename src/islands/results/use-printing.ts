/** Whether the page is being printed: parts drawn on demand draw themselves for the paper too. */
import { useEffect, useState } from 'preact/hooks';

/**
 * True between `beforeprint` and `afterprint`. Preact renders the change in the microtask that
 * follows the event's listener, before the browser lays the page out for printing.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => setPrinting(true);
    const after = () => setPrinting(false);
    globalThis.addEventListener('beforeprint', before);
    globalThis.addEventListener('afterprint', after);
    return () => {
      globalThis.removeEventListener('beforeprint', before);
      globalThis.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
