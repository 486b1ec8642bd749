import { useCallback, useEffect, useRef, useState } from 'react';
import { useDeck, useReport } from '../data/use-report';
import { navigate, parseHash } from '../routing';
import { SlideCanvas } from '../slides/SlideCanvas';
import { useComposedDeck } from '../slides/use-composed-deck';
import { KeyHelp } from './KeyHelp';
import { OverviewGrid } from './OverviewGrid';
import { ShowPrompt } from './ShowPrompt';
import { useShow } from './use-show';
import { showMessage } from './show-message';
import './present.css';

/** Leaves full screen if we are in it; a browser that refuses is not an error worth showing. */
function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** How long the audience window's "F for full screen" hint stays up. */
const HINT_MS = 5000;

/**
 * Present mode, which is also the audience window of the presenter view: the shown slides
 * full screen, one at a time, driven by keys or clicks here or from the presenter view.
 */
export function PresentScreen({ startSlide }: { startSlide: number }) {
  const state = useReport();
  const { deck } = useDeck();
  const root = useRef<HTMLDivElement>(null);
  const ready = state.status === 'ready' ? state : null;
  const { shown: slides, frame } = useComposedDeck(deck, ready);
  const count = slides.length;
  // Opened by the presenter view (`audience=1`): ending the show closes this window.
  const [audienceWindow] = useState(
    () => parseHash(window.location.hash).params.get('audience') === '1',
  );
  const [hint, setHint] = useState(audienceWindow);
  // Set while F takes us out of full screen, so that is not read as Esc leaving the show.
  const leavingFullscreenOnPurpose = useRef(false);

  const onLeave = useCallback(() => {
    exitFullscreen();
    // A window the presenter view opened closes; one the browser will not close goes back to the editor.
    if (audienceWindow) window.close();
    navigate('deck');
  }, [audienceWindow]);

  const onFullscreen = useCallback(() => {
    if (document.fullscreenElement) {
      leavingFullscreenOnPurpose.current = true;
      exitFullscreen();
    } else if (document.fullscreenEnabled) {
      void document.documentElement.requestFullscreen().catch(() => undefined);
    }
  }, []);

  const show = useShow({
    route: 'present',
    role: 'audience',
    slides,
    startSlide,
    onLeave,
    onFullscreen,
  });
  const { leave } = show;

  useEffect(() => {
    if (state.status === 'empty') navigate('home');
  }, [state.status]);

  useEffect(() => {
    root.current?.focus();
    // Full screen needs the click that opened present mode; without it we still present in the window.
    if (!document.fullscreenElement && document.fullscreenEnabled) {
      void document.documentElement.requestFullscreen().catch(() => undefined);
    }
    return exitFullscreen;
  }, []);

  useEffect(() => {
    if (!hint) return;
    const timer = window.setTimeout(() => setHint(false), HINT_MS);
    return () => window.clearTimeout(timer);
  }, [hint]);

  useEffect(() => {
    // Esc in full screen is taken by the browser to leave full screen; treat that as leaving.
    let wasFull = Boolean(document.fullscreenElement);
    const onChange = () => {
      const full = Boolean(document.fullscreenElement);
      if (wasFull && !full && !leavingFullscreenOnPurpose.current) leave();
      if (!full) leavingFullscreenOnPurpose.current = false;
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave]);

  const slide = slides[show.index];
  return (
    <div
      ref={root}
      className="qd-present"
      data-testid="present-screen"
      data-blank={show.blank}
      tabIndex={-1}
      onClick={() => count > 0 && show.step('next')}
    >
      {slide && frame ? (
        <>
          <div
            className="qd-present__stage"
            data-testid="present-slide"
            data-slide-id={slide.state.id}
          >
            <SlideCanvas key={slide.state.id} slide={slide} frame={frame} fit="contain" />
          </div>
          <div className="qd-present__counter" data-testid="slide-counter" aria-live="polite">
            {show.index + 1} / {count}
          </div>
          {show.blank === 'none' ? null : (
            <div
              className={`qd-present__blank qd-present__blank--${show.blank}`}
              data-testid="blank-screen"
              role="img"
              aria-label={`${show.blank === 'black' ? 'Black' : 'White'} screen: press B, W or → to bring the slide back`}
            />
          )}
          <ShowPrompt typed={show.typed} notice={show.notice} />
          {hint && show.blank === 'none' ? (
            <div className="qd-present__hint" aria-hidden="true">
              Press <kbd>F</kbd> for full screen · <kbd>?</kbd> for keys
            </div>
          ) : null}
          {show.overview === null ? null : (
            <OverviewGrid
              slides={slides}
              frame={frame}
              current={show.index}
              selected={show.overview}
              onPick={show.goTo}
              onHighlight={show.highlight}
              onClose={show.toggleOverview}
            />
          )}
          {show.help ? <KeyHelp onClose={show.toggleHelp} /> : null}
        </>
      ) : (
        <div className="qd-present__message">{showMessage(state, count, deck !== null)}</div>
      )}
    </div>
  );
}
