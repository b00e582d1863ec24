/**
 * Renders its children one at a time, each in a turn of its own after the page has been painted.
 * A long page (results, decision) then draws its first screen without waiting for the parts below
 * it, and one long task becomes several short ones (Lighthouse's Total Blocking Time on a phone,
 * #8, #12). Every AfterFirstPaint on the page takes turns from one queue, so two of them never draw
 * in the same task (turns.ts). Only for content below the first screen, so nothing visible moves.
 */
import { toChildArray, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { askForTurn } from './turns';

interface Props {
  children: ComponentChildren;
}

export function AfterFirstPaint({ children }: Props) {
  const all = toChildArray(children);
  const [shown, setShown] = useState(0);
  // One more child per turn. Once all are shown, a child that appears later (a list that starts
  // empty) shows at once.
  useEffect(() => {
    if (shown < all.length) return askForTurn(() => setShown((count) => count + 1));
    if (shown !== Infinity) setShown(Infinity);
    return undefined;
  }, [shown, all.length]);
  return <>{all.slice(0, shown)}</>;
}
