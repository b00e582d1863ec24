/** The presentation's keyboard: arrows and Page Up/Down move between slides, Home/End jump, F toggles full screen. */
import { useLayoutEffect } from 'preact/hooks';

/** Where a move goes. */
export type SlideMove = 'next' | 'previous' | 'first' | 'last';

/** The keys that move between slides, and where they go. */
const MOVES: Readonly<Record<string, SlideMove>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

/** True when a key press belongs to a control (a button, a link, a field), not to the slides. */
function isControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && target.closest('button, a, input, select, textarea') !== null
  );
}

/** Listens to the keys while there are slides; `onMove` and `onFullScreen` act on them. */
export function useSlideKeys(
  hasSlides: boolean,
  onMove: (move: SlideMove) => void,
  onFullScreen: () => void,
): void {
  // A layout effect, so the keys work from the moment the slide shows: an effect runs a frame
  // later, and a key pressed in between (as a quick presenter or a test does) was lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || !hasSlides) return;
      if ((event.key === 'f' || event.key === 'F') && !isControl(event.target)) {
        event.preventDefault();
        onFullScreen();
        return;
      }
      const move = MOVES[event.key];
      // Arrow keys on a focused button still move slides; only fields keep their keys.
      if (
        !move ||
        (event.target instanceof HTMLElement && event.target.closest('input, select, textarea'))
      )
        return;
      event.preventDefault();
      onMove(move);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });
}
