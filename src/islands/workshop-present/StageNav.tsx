/** The buttons under the slide: previous, where we are, next, and full screen. */
import { format } from '../../i18n/format';
import type { SlideStrings } from './slide-text';

interface Props {
  strings: SlideStrings;
  current: number;
  total: number;
  fullScreen: boolean;
  onGo: (index: number) => void;
  onFullScreen: () => void;
}

export function StageNav({ strings: s, current, total, fullScreen, onGo, onFullScreen }: Props) {
  return (
    <div class="stage-nav">
      <button
        type="button"
        class="button secondary"
        onClick={() => onGo(current - 1)}
        disabled={current === 0}
      >
        {s.previous}
      </button>
      <p class="slide-count" aria-live="polite">
        {format(s.slideOf, { n: current + 1, total })}
      </p>
      <button
        type="button"
        class="button"
        onClick={() => onGo(current + 1)}
        disabled={current >= total - 1}
      >
        {s.next}
      </button>
      <button
        type="button"
        class="button secondary"
        onClick={onFullScreen}
        aria-pressed={fullScreen}
      >
        {s.enterFullScreen}
      </button>
    </div>
  );
}
