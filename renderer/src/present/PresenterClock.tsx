import { useEffect, useId, useState } from 'react';
import {
  describePacing,
  elapsedMs,
  formatClock,
  pacing,
  parsePlannedMinutes,
  pause,
  start,
  STOPPED,
  type Stopwatch,
} from './present-timer';

/** Props of the presenter's clock: the stopwatch (owned by the screen, so a first move can start it) and the plan. */
export interface PresenterClockProps {
  watch: Stopwatch;
  onWatch: (watch: Stopwatch) => void;
  plannedMinutes: number;
  onPlannedMinutes: (minutes: number) => void;
  index: number;
  count: number;
}

/** How often the clock redraws while it runs; a quarter second keeps the seconds on time. */
const TICK_MS = 250;

/**
 * Elapsed time with start, pause and reset, and a pacing bar that compares it with the
 * planned duration: the filled part is time used, the bracket is the current slide's slot.
 */
export function PresenterClock({
  watch,
  onWatch,
  plannedMinutes,
  onPlannedMinutes,
  index,
  count,
}: PresenterClockProps) {
  const [now, setNow] = useState(() => Date.now());
  const [draft, setDraft] = useState(String(plannedMinutes));
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const running = watch.runningSince !== null;

  // A paused stopwatch does not read the clock, so only a running one needs ticks.
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), TICK_MS);
    return () => window.clearInterval(timer);
  }, [running]);

  // A plan set from outside (the deck's default) replaces what the field shows.
  const [shownPlan, setShownPlan] = useState(plannedMinutes);
  if (shownPlan !== plannedMinutes) {
    setShownPlan(plannedMinutes);
    setDraft(String(plannedMinutes));
  }

  const elapsed = elapsedMs(watch, now);
  const p = pacing(elapsed, plannedMinutes * 60_000, index, count);
  const status = p.overMs > 0 ? 'over' : p.status;

  const commit = (text: string) => {
    const parsed = parsePlannedMinutes(text);
    if (parsed.ok) {
      setError(null);
      onPlannedMinutes(parsed.minutes);
    } else setError(parsed.message);
  };

  return (
    <section className="qd-clock" aria-label="Timer and pacing">
      <div className="qd-clock__row">
        <div className="qd-clock__time">
          <span className="qd-clock__label">Elapsed</span>
          {/* role=timer is not announced on every tick; the pacing word below is the polite announcement. */}
          <span className="qd-clock__elapsed" role="timer" data-testid="elapsed">
            {formatClock(elapsed)}
          </span>
        </div>
        <div className="qd-clock__buttons">
          <button
            type="button"
            className="qd-show-btn qd-show-btn--primary"
            data-testid="timer-toggle"
            onClick={() => onWatch(running ? pause(watch, Date.now()) : start(watch, Date.now()))}
          >
            {running ? 'Pause' : elapsed > 0 ? 'Resume' : 'Start'}
          </button>
          <button
            type="button"
            className="qd-show-btn"
            data-testid="timer-reset"
            disabled={elapsed === 0 && !running}
            onClick={() => onWatch(STOPPED)}
          >
            Reset
          </button>
        </div>
        <div className="qd-clock__plan">
          <label className="qd-clock__label" htmlFor={inputId}>
            Planned
          </label>
          <span className="qd-clock__plan-field">
            <input
              id={inputId}
              className="qd-clock__input"
              data-testid="planned-minutes"
              inputMode="numeric"
              value={draft}
              aria-invalid={error !== null}
              aria-describedby={error === null ? undefined : errorId}
              onChange={(event) => {
                setDraft(event.target.value);
                commit(event.target.value);
              }}
              onBlur={() => {
                // Leave the field showing the plan in force, not a number that was refused.
                if (error !== null) {
                  setDraft(String(plannedMinutes));
                  setError(null);
                }
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === 'Escape') event.currentTarget.blur();
              }}
            />
            <span className="qd-clock__unit">min</span>
          </span>
        </div>
      </div>
      <div
        className={`qd-pace qd-pace--${status}`}
        data-testid="pacing"
        data-status={status}
        role="img"
        aria-label={`Time used ${Math.round(p.usedShare * 100)}% of ${plannedMinutes} minutes; ${describePacing(p)}`}
      >
        <div className="qd-pace__track">
          <div className="qd-pace__used" style={{ width: `${p.usedShare * 100}%` }} />
          <div
            className="qd-pace__slot"
            style={{
              left: `${p.slotStartShare * 100}%`,
              width: `${(p.slotEndShare - p.slotStartShare) * 100}%`,
            }}
          />
        </div>
      </div>
      <div className="qd-clock__status-row">
        <span className={`qd-clock__status qd-clock__status--${status}`} data-testid="pacing-text">
          {describePacing(p)}
        </span>
        {/* Announced politely, and only when the word changes: never every second. */}
        <span className="visually-hidden" aria-live="polite">
          {status === 'over'
            ? 'Over time'
            : status === 'on-pace'
              ? 'On pace'
              : status === 'ahead'
                ? 'Ahead of plan'
                : 'Behind plan'}
        </span>
        <span className="qd-clock__planned">of {formatClock(plannedMinutes * 60_000)} planned</span>
      </div>
      {error === null ? null : (
        <p className="qd-clock__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
