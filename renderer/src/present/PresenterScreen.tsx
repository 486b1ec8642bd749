import { useCallback, useEffect, useRef, useState } from 'react';
import { useDeck, useReport } from '../data/use-report';
import { navigate } from '../routing';
import { SlideCanvas } from '../slides/SlideCanvas';
import { useComposedDeck } from '../slides/use-composed-deck';
import { KeyHelp } from './KeyHelp';
import { openAudienceWindow } from './open-show';
import { OverviewGrid } from './OverviewGrid';
import { PresenterClock } from './PresenterClock';
import { defaultPlannedMinutes, start, STOPPED, type Stopwatch } from './present-timer';
import { ShowPrompt } from './ShowPrompt';
import { useShow } from './use-show';
import { showMessage } from './show-message';
import './present.css';
import './presenter.css';

/**
 * The presenter view: the current slide large, the next one smaller, the speaker notes, the
 * clock against the plan, and every control of the show; the audience window follows it.
 */
export function PresenterScreen({ startSlide }: { startSlide: number }) {
  const state = useReport();
  const { deck } = useDeck();
  const ready = state.status === 'ready' ? state : null;
  const { shown: slides, frame } = useComposedDeck(deck, ready);
  const count = slides.length;
  const root = useRef<HTMLDivElement>(null);
  const [watch, setWatch] = useState<Stopwatch>(STOPPED);
  const [plannedMinutes, setPlannedMinutes] = useState<number | null>(null);
  const [audienceMessage, setAudienceMessage] = useState<string | null>(null);

  const onLeave = useCallback(() => navigate('deck'), []);
  const show = useShow({ route: 'presenter', role: 'presenter', slides, startSlide, onLeave });
  const { index } = show;

  useEffect(() => {
    if (state.status === 'empty') navigate('home');
  }, [state.status]);

  useEffect(() => root.current?.focus(), []);

  // The clock starts by itself with the first move away from the opening slide, if nobody started it.
  const firstIndex = useRef<number | null>(null);
  useEffect(() => {
    if (count === 0) return;
    if (firstIndex.current === null) firstIndex.current = index;
    else if (index !== firstIndex.current) {
      setWatch((w) => (w.bankedMs === 0 && w.runningSince === null ? start(w, Date.now()) : w));
    }
  }, [index, count]);

  const reopenAudience = () => {
    setAudienceMessage(null);
    void openAudienceWindow(index + 1).then((outcome) =>
      setAudienceMessage(outcome.status === 'opened' ? null : outcome.message),
    );
  };

  const slide = slides[index];
  const next = slides[index + 1];
  const planned = plannedMinutes ?? defaultPlannedMinutes(count);

  return (
    <div ref={root} className="qd-presenter" data-testid="presenter-screen" tabIndex={-1}>
      <header className="qd-presenter__bar">
        <div className="qd-presenter__where">
          <span className="qd-presenter__position" data-testid="presenter-position">
            Slide <strong>{count === 0 ? 0 : index + 1}</strong> of {count}
          </span>
          <span
            className={`qd-presenter__audience${show.peerOpen ? ' is-open' : ''}`}
            data-testid="audience-status"
          >
            <span className="qd-presenter__dot" aria-hidden="true" />
            {show.peerOpen ? 'Audience window open' : 'No audience window'}
          </span>
          {show.peerOpen ? null : (
            <button
              type="button"
              className="qd-show-btn"
              data-testid="open-audience"
              onClick={reopenAudience}
            >
              Open audience window
            </button>
          )}
          {audienceMessage === null ? null : (
            <span className="qd-presenter__warning" role="alert">
              {audienceMessage}
            </span>
          )}
        </div>
        <nav className="qd-presenter__actions" aria-label="Show controls">
          <button
            type="button"
            className="qd-show-btn"
            data-testid="previous-slide"
            disabled={count === 0}
            aria-label="Previous slide"
            onClick={() => show.step('previous')}
          >
            ←
          </button>
          <button
            type="button"
            className="qd-show-btn"
            data-testid="next-slide"
            disabled={count === 0}
            aria-label="Next slide"
            onClick={() => show.step('next')}
          >
            →
          </button>
          <button
            type="button"
            className={`qd-show-btn${show.blank === 'black' ? ' is-on' : ''}`}
            data-testid="toggle-black"
            aria-pressed={show.blank === 'black'}
            onClick={() => show.toggleBlank('black')}
          >
            Black screen <kbd>B</kbd>
          </button>
          <button
            type="button"
            className="qd-show-btn"
            data-testid="open-overview"
            disabled={count === 0}
            onClick={show.toggleOverview}
          >
            Overview <kbd>G</kbd>
          </button>
          <button
            type="button"
            className="qd-show-btn"
            data-testid="open-help"
            aria-label="Keys: keyboard shortcuts"
            onClick={show.toggleHelp}
          >
            Keys <kbd>?</kbd>
          </button>
          <button
            type="button"
            className="qd-show-btn qd-show-btn--end"
            data-testid="end-show"
            onClick={show.leave}
          >
            End show
          </button>
        </nav>
      </header>

      {slide && frame ? (
        <main className="qd-presenter__body">
          <section className="qd-presenter__main" aria-label="Current slide">
            <h2 className="qd-presenter__label">Now showing</h2>
            <div
              className="qd-presenter__current"
              data-testid="presenter-current"
              data-slide-id={slide.state.id}
            >
              <SlideCanvas key={slide.state.id} slide={slide} frame={frame} fit="contain" />
              {show.blank === 'none' ? null : (
                <div
                  className={`qd-presenter__blanked qd-presenter__blanked--${show.blank}`}
                  data-testid="presenter-blanked"
                >
                  The audience sees a {show.blank} screen · press{' '}
                  {show.blank === 'black' ? 'B' : 'W'} or → to bring the slide back
                </div>
              )}
            </div>
            <PresenterClock
              watch={watch}
              onWatch={setWatch}
              plannedMinutes={planned}
              onPlannedMinutes={setPlannedMinutes}
              index={index}
              count={count}
            />
          </section>
          <aside className="qd-presenter__side">
            <section className="qd-presenter__next" aria-label="Next slide">
              <h2 className="qd-presenter__label">Next</h2>
              <div className="qd-presenter__next-frame" data-testid="presenter-next">
                {next ? (
                  <SlideCanvas key={next.state.id} slide={next} frame={frame} fit="contain" />
                ) : (
                  <div className="qd-presenter__end">End of deck</div>
                )}
              </div>
            </section>
            <section className="qd-presenter__notes-box" aria-labelledby="qd-presenter-notes">
              <h2 className="qd-presenter__label" id="qd-presenter-notes">
                Speaker notes
              </h2>
              <div className="qd-presenter__notes" data-testid="presenter-notes" tabIndex={0}>
                {slide.notes.trim() === '' ? (
                  <p className="qd-presenter__no-notes">No notes for this slide.</p>
                ) : (
                  slide.notes.split(/\n{2,}/).map((paragraph, i) => <p key={i}>{paragraph}</p>)
                )}
              </div>
            </section>
          </aside>
        </main>
      ) : (
        <div className="qd-presenter__message">{showMessage(state, count, deck !== null)}</div>
      )}

      <ShowPrompt typed={show.typed} notice={show.notice} />
      {show.overview !== null && frame ? (
        <OverviewGrid
          slides={slides}
          frame={frame}
          current={index}
          selected={show.overview}
          onPick={show.goTo}
          onHighlight={show.highlight}
          onClose={show.toggleOverview}
        />
      ) : null}
      {show.help ? <KeyHelp onClose={show.toggleHelp} /> : null}
    </div>
  );
}
