/**
 * The workshop's presentation view (issue #7): one slide at a time in large type, full screen on
 * demand, driven by the keyboard; no participant names (the slides cannot hold any).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { buildPresentation, type Slide } from '../../domain/workshop/presentation';
import { format } from '../../i18n/format';
import { $workshops, initWorkshopStore } from '../../stores/workshops';
import { MissingAssessment } from '../shared/MissingAssessment';
import { toScoringModel } from '../shared/content-facts';
import type { PresentationProps } from '../types';
import { SlideView } from './SlideView';
import { findById } from '../../domain/assessment/find-by-id';

/** The keys that move between slides, and where they go. */
const MOVES: Readonly<Record<string, 'next' | 'previous' | 'first' | 'last'>> = {
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

export default function PresentationApp(props: PresentationProps) {
  const { strings: s } = props;
  const model = useMemo(() => toScoringModel(props.dimensions), [props.dimensions]);
  const [id] = useState(() => {
    initWorkshopStore({
      contentVersion: props.contentVersion,
      // The presentation never imports answers.
      importContext: { questionIds: new Set(), notApplicableAllowed: new Set() },
    });
    return new URLSearchParams(globalThis.location.search).get('id') ?? '';
  });
  const workshop = findById(useStore($workshops), id);
  const slides: Slide[] = useMemo(
    () => (workshop ? buildPresentation(model, workshop) : []),
    [model, workshop],
  );
  const [index, setIndex] = useState(0);
  const [fullScreen, setFullScreen] = useState(false);
  const stage = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const last = Math.max(slides.length - 1, 0);
  const current = Math.min(index, last);

  const go = (target: number) => {
    moved.current = true;
    setIndex(Math.min(Math.max(target, 0), last));
  };

  const toggleFullScreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void stage.current?.requestFullscreen().catch(() => undefined);
  };

  useEffect(() => {
    const onChange = () => setFullScreen(document.fullscreenElement === stage.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  // A layout effect, so the keys work from the moment the slide shows: an effect runs a frame
  // later, and a key pressed in between (as a quick presenter or a test does) was lost.
  useLayoutEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || slides.length === 0) return;
      if ((event.key === 'f' || event.key === 'F') && !isControl(event.target)) {
        event.preventDefault();
        toggleFullScreen();
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
      if (move === 'next') go(current + 1);
      else if (move === 'previous') go(current - 1);
      else go(move === 'first' ? 0 : last);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  // After a move, the new slide's heading takes focus so a screen reader reads it; in a layout
  // effect, so focus never rests on the page's body for a frame in between.
  useLayoutEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
  }, [current]);

  if (!workshop) {
    return <MissingAssessment message={s.notFound} linkText={s.toList} listPath={props.listPath} />;
  }
  const slide = slides[current]!;
  return (
    <div class="presentation">
      <div class="presentation-tools">
        <a href={`${props.workshopPath}?id=${encodeURIComponent(id)}`}>{s.toWorkshop}</a>
        <p class="presentation-keys">{s.keys}</p>
      </div>
      <section
        ref={stage}
        class={`stage${fullScreen ? ' is-full' : ''}`}
        aria-roledescription={s.slidesLabel}
        aria-label={workshop.organization}
      >
        <div class="slide">
          <SlideView
            slide={slide}
            headingRef={heading}
            strings={s}
            roles={props.roles}
            dimensions={props.dimensions}
            lang={props.lang}
          />
        </div>
        <div class="stage-nav">
          <button
            type="button"
            class="button secondary"
            onClick={() => go(current - 1)}
            disabled={current === 0}
          >
            {s.previous}
          </button>
          <p class="slide-count" aria-live="polite">
            {format(s.slideOf, { n: current + 1, total: slides.length })}
          </p>
          <button
            type="button"
            class="button"
            onClick={() => go(current + 1)}
            disabled={current === last}
          >
            {s.next}
          </button>
          <button
            type="button"
            class="button secondary"
            onClick={toggleFullScreen}
            aria-pressed={fullScreen}
          >
            {s.enterFullScreen}
          </button>
        </div>
      </section>
    </div>
  );
}
