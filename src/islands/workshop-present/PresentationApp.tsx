/**
 * The workshop's presentation view (issue #7): one slide at a time in large type, full screen on
 * demand, driven by the keyboard; no participant names (the slides cannot hold any).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { buildPresentation, type Slide } from '../../domain/workshop/presentation';
import { $workshops, initWorkshopStore } from '../../stores/workshops';
import { MissingAssessment } from '../shared/MissingAssessment';
import { toScoringModel } from '../shared/content-facts';
import type { PresentationProps } from '../types';
import { SlideView } from './SlideView';
import { StageNav } from './StageNav';
import { useSlideKeys } from './use-slide-keys';
import { findById } from '../../domain/assessment/find-by-id';
import { useLazy } from '../shared/use-lazy';

/** The join codes load when first shown (#18). */
const loadJoinQr = () => import('../workshops/JoinQrPanel').then((m) => m.JoinQrPanel);
import { HandInTally } from './HandInTally';

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
  // The join codes (#18) take the slide's place while shown.
  const [joining, setJoining] = useState(false);
  const [joinFor, setJoinFor] = useState<string | null>(null);
  const JoinQrPanel = useLazy(loadJoinQr, joining);
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

  useSlideKeys(
    slides.length > 0,
    (move) => {
      if (move === 'next') go(current + 1);
      else if (move === 'previous') go(current - 1);
      else go(move === 'first' ? 0 : last);
    },
    toggleFullScreen,
  );

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
        <button
          type="button"
          class="button secondary"
          aria-pressed={joining}
          onClick={() => setJoining(!joining)}
        >
          {props.qrStrings.joinToggle}
        </button>
      </div>
      <section
        ref={stage}
        class={`stage${fullScreen ? ' is-full' : ''}`}
        aria-roledescription={s.slidesLabel}
        aria-label={workshop.organization}
      >
        <div class="slide">
          {joining && JoinQrPanel ? (
            <JoinQrPanel
              workshop={workshop}
              strings={props.qrStrings}
              roleNames={props.roles}
              unnamed={props.unnamed}
              joinPath={props.joinPath}
              participantId={joinFor}
              onChoose={setJoinFor}
              headingLevel="h2"
              headingRef={heading}
              showLink={false}
            />
          ) : (
            <SlideView
              slide={slide}
              headingRef={heading}
              strings={s}
              roles={props.roles}
              dimensions={props.dimensions}
              lang={props.lang}
            />
          )}
        </div>
        {joining && (
          <HandInTally workshop={workshop} strings={props.qrStrings} roles={props.roles} />
        )}
        <StageNav
          strings={s}
          current={current}
          total={slides.length}
          fullScreen={fullScreen}
          onGo={go}
          onFullScreen={toggleFullScreen}
        />
      </section>
    </div>
  );
}
