import { useCallback, useEffect, useRef } from 'react';
import { useDeck, useReport } from '../data/use-report';
import { navigate, parseHash } from '../routing';
import { SlideCanvas } from '../slides/SlideCanvas';
import { useComposedDeck } from '../slides/use-composed-deck';
import { nextIndex, presentAction } from './present-keys';
import './present.css';

/** Leaves full screen if we are in it; a browser that refuses is not an error worth showing. */
function exitFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

/** Goes to a slide by replacing the hash, so the address always names the slide on screen. */
function goTo(slideNumber: number): void {
  window.location.replace(`#/present?slide=${slideNumber}`);
}

/** The slide index the address names right now, kept within the deck. */
function currentIndex(count: number): number {
  const n = Number(parseHash(window.location.hash).params.get('slide') ?? '1');
  return Math.min(
    Math.max((Number.isFinite(n) ? Math.trunc(n) : 1) - 1, 0),
    Math.max(count - 1, 0),
  );
}

/** Present mode: the visible slides full screen, one at a time, driven by keys or clicks. */
export function PresentScreen({ startSlide }: { startSlide: number }) {
  const state = useReport();
  const { deck } = useDeck();
  const root = useRef<HTMLDivElement>(null);
  const ready = state.status === 'ready' ? state : null;
  const composed = useComposedDeck(deck, ready);
  const { shown: slides, frame } = composed;
  const count = slides.length;
  const index = Math.min(
    Math.max((Number.isFinite(startSlide) ? startSlide : 1) - 1, 0),
    Math.max(count - 1, 0),
  );

  const leave = useCallback(() => {
    exitFullscreen();
    navigate('deck');
  }, []);

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
    // Esc in full screen is taken by the browser to leave full screen; treat that as leaving.
    let wasFull = Boolean(document.fullscreenElement);
    const onChange = () => {
      const full = Boolean(document.fullscreenElement);
      if (wasFull && !full) navigate('deck');
      wasFull = full;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      const action = presentAction({
        key: event.key,
        altKey: event.altKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        target,
        targetInStage: target !== null && (root.current?.contains(target) ?? false),
      });
      if (!action) return;
      event.preventDefault();
      if (action === 'leave') leave();
      // Read the slide from the address, not the render: keys pressed faster than React renders still count.
      else if (count > 0) goTo(nextIndex(action, currentIndex(count), count) + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [count, leave]);

  const slide = slides[index];
  return (
    <div
      ref={root}
      className="qd-present"
      data-testid="present-screen"
      tabIndex={-1}
      onClick={() => count > 0 && goTo(nextIndex('next', currentIndex(count), count) + 1)}
    >
      {slide && frame ? (
        <>
          <div className="qd-present__stage">
            <SlideCanvas key={slide.state.id} slide={slide} frame={frame} fit="contain" />
          </div>
          <div className="qd-present__counter" data-testid="slide-counter" aria-live="polite">
            {index + 1} / {count}
          </div>
        </>
      ) : (
        <div className="qd-present__message">
          {state.status === 'error'
            ? state.message
            : count === 0 && deck
              ? 'Every slide is hidden.'
              : 'Loading…'}
        </div>
      )}
    </div>
  );
}
