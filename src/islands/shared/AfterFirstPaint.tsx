/**
 * Renders its children one at a time, each after the previous render has been painted, in a task
 * of its own. A long page (results, decision) then draws its first screen without waiting for the
 * sections below it, and one long task becomes several short ones (Lighthouse's Total Blocking
 * Time on a phone, #8). Only for content below the first screen, so nothing visible moves.
 */
import { toChildArray, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  children: ComponentChildren;
}

export function AfterFirstPaint({ children }: Props) {
  const all = toChildArray(children);
  const [shown, setShown] = useState(0);
  // Preact runs effects after the browser has painted: one more child per painted frame. Once all
  // are shown, a child that appears later (a list that starts empty) shows at once.
  useEffect(() => {
    if (shown < all.length) setShown(shown + 1);
    else if (shown !== Infinity) setShown(Infinity);
  }, [shown, all.length]);
  return <>{all.slice(0, shown)}</>;
}
