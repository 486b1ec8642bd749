/** The presenter's stopwatch: time banked from earlier runs plus, while running, since it started. */
export interface Stopwatch {
  /** Milliseconds counted before the current run. */
  bankedMs: number;
  /** When the current run started (ms since the epoch), or `null` while paused. */
  runningSince: number | null;
}

/** A stopwatch at zero, not running. */
export const STOPPED: Stopwatch = { bankedMs: 0, runningSince: null };

/** The time on the stopwatch at `now`. */
export function elapsedMs(watch: Stopwatch, now: number): number {
  return watch.bankedMs + (watch.runningSince === null ? 0 : Math.max(now - watch.runningSince, 0));
}

/** Starts the stopwatch (a running one keeps running). */
export function start(watch: Stopwatch, now: number): Stopwatch {
  return watch.runningSince === null ? { ...watch, runningSince: now } : watch;
}

/** Pauses the stopwatch, banking the time run so far. */
export function pause(watch: Stopwatch, now: number): Stopwatch {
  return watch.runningSince === null
    ? watch
    : { bankedMs: elapsedMs(watch, now), runningSince: null };
}

/** `mm:ss` (or `h:mm:ss` past an hour), whole seconds, for the clock and the pacing words. */
export function formatClock(ms: number): string {
  const total = Math.floor(Math.max(ms, 0) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}`
    : `${String(minutes).padStart(2, '0')}:${ss}`;
}

/** The planned minutes per shown slide when the presenter has not set a duration. */
export const DEFAULT_MINUTES_PER_SLIDE = 2;

/** The default plan for a deck: two minutes per shown slide, at least one minute. */
export function defaultPlannedMinutes(shownCount: number): number {
  return Math.max(shownCount * DEFAULT_MINUTES_PER_SLIDE, 1);
}

/** The longest talk the duration field accepts (ten hours). */
export const MAX_PLANNED_MINUTES = 600;

/** A typed planned duration in whole minutes, or what is wrong with it. */
export function parsePlannedMinutes(
  text: string,
): { ok: true; minutes: number } | { ok: false; message: string } {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false, message: 'Planned duration: type a whole number of minutes, e.g. 20.' };
  }
  const minutes = Number(trimmed);
  if (minutes < 1 || minutes > MAX_PLANNED_MINUTES) {
    return {
      ok: false,
      message: `Planned duration: ${minutes} minutes is out of range; use 1 to ${MAX_PLANNED_MINUTES}.`,
    };
  }
  return { ok: true, minutes };
}

/** Where the talk stands against its plan. */
export interface Pacing {
  /** Share of the planned time used, 0..1 (capped for drawing; see `over`). */
  usedShare: number;
  /** Where the current slide's slot starts in the plan, 0..1. */
  slotStartShare: number;
  /** Where the current slide's slot ends in the plan, 0..1. */
  slotEndShare: number;
  /** `ahead`: the current slide's slot has not begun yet; `behind`: it is already over. */
  status: 'ahead' | 'on-pace' | 'behind';
  /** How far ahead or behind, in ms (0 when on pace). */
  offsetMs: number;
  /** Time past the planned duration, in ms (0 within it). */
  overMs: number;
}

/**
 * Compares the elapsed time with an even plan: each of the `count` shown slides gets an
 * equal slot of the planned duration. On slide `index` you are on pace while the clock is
 * inside that slide's slot, ahead before it begins and behind after it ends.
 */
export function pacing(elapsed: number, plannedMs: number, index: number, count: number): Pacing {
  const slots = Math.max(count, 1);
  const plan = Math.max(plannedMs, 1);
  const slot = plan / slots;
  const slotStart = Math.min(Math.max(index, 0), slots - 1) * slot;
  const slotEnd = slotStart + slot;
  const status = elapsed < slotStart ? 'ahead' : elapsed > slotEnd ? 'behind' : 'on-pace';
  return {
    usedShare: Math.min(elapsed / plan, 1),
    slotStartShare: slotStart / plan,
    slotEndShare: slotEnd / plan,
    status,
    offsetMs:
      status === 'ahead' ? slotStart - elapsed : status === 'behind' ? elapsed - slotEnd : 0,
    overMs: Math.max(elapsed - plan, 0),
  };
}

/** The pacing in words, e.g. "1:20 behind", "On pace", "02:00 over time". */
export function describePacing(p: Pacing): string {
  if (p.overMs > 0) return `${formatClock(p.overMs)} over time`;
  if (p.status === 'on-pace') return 'On pace';
  return `${formatClock(p.offsetMs)} ${p.status}`;
}
