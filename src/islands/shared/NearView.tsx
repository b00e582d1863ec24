/**
 * Draws a part of a long page only when it is worth drawing (near-view.ts): when its place comes
 * near the screen, or once the reader starts using the page. Until then its placeholder stands in:
 * a light element that keeps the part's heading (for headings navigation and finding on the page)
 * and about its height. The part is then drawn in a turn of its own (turns.ts), so parts drawn
 * together still draw one per painted frame, and the page counts as drawn whole only once every
 * part is (`whenAllDrawn`).
 */
import type { ComponentChildren, RefObject, VNode } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { askForTurn, holdDrawing } from './turns';
import { whenEngaged, whenNear } from './near-view';

interface Props {
  /** The stand-in, given the ref the place is watched by. */
  placeholder: (ref: RefObject<HTMLElement>) => VNode;
  /** The part itself, drawn when its time comes. */
  children: () => ComponentChildren;
}

export function NearView({ placeholder, children }: Props) {
  const place = useRef<HTMLElement>(null);
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const element = place.current;
    if (drawn || !element) return undefined;
    const release = holdDrawing();
    let withdraw: (() => void) | undefined;
    // Asks once, whichever comes first; either may call at once (already near, already moved).
    const draw = () => {
      withdraw ??= askForTurn(() => setDrawn(true));
    };
    const stopNearing = whenNear(element, draw);
    const stopWaiting = whenEngaged(draw);
    return () => {
      stopNearing();
      stopWaiting();
      withdraw?.();
      release();
    };
  }, [drawn]);
  return drawn ? <>{children()}</> : placeholder(place);
}
