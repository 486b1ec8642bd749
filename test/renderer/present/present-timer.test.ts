import { describe, expect, it } from 'vitest';
import {
  defaultPlannedMinutes,
  describePacing,
  elapsedMs,
  formatClock,
  pacing,
  parsePlannedMinutes,
  pause,
  start,
  STOPPED,
} from '../../../renderer/src/present/present-timer';

const MIN = 60_000;

describe('the presenter stopwatch', () => {
  it('runs from start, holds while paused, resumes, and resets to zero', () => {
    let watch = start(STOPPED, 1_000);
    expect(elapsedMs(watch, 6_000)).toBe(5_000);
    watch = pause(watch, 6_000);
    expect(elapsedMs(watch, 60_000)).toBe(5_000);
    watch = start(watch, 70_000);
    expect(elapsedMs(watch, 72_500)).toBe(7_500);
    // Starting a running watch again does not restart it.
    expect(start(watch, 71_000)).toBe(watch);
    expect(elapsedMs(STOPPED, 99_000)).toBe(0);
  });

  it('shows mm:ss, and h:mm:ss past an hour', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65_999)).toBe('01:05');
    expect(formatClock(59 * MIN + 59_000)).toBe('59:59');
    expect(formatClock(3_600_000 + 2 * MIN + 3_000)).toBe('1:02:03');
  });
});

describe('the planned duration', () => {
  it('defaults to two minutes per shown slide', () => {
    expect(defaultPlannedMinutes(8)).toBe(16);
    expect(defaultPlannedMinutes(0)).toBe(1);
  });

  it('takes whole minutes from 1 to 600 and says what is wrong otherwise', () => {
    expect(parsePlannedMinutes(' 25 ')).toEqual({ ok: true, minutes: 25 });
    expect(parsePlannedMinutes('')).toEqual({
      ok: false,
      message: 'Planned duration: type a whole number of minutes, e.g. 20.',
    });
    expect(parsePlannedMinutes('12.5').ok).toBe(false);
    expect(parsePlannedMinutes('0')).toEqual({
      ok: false,
      message: 'Planned duration: 0 minutes is out of range; use 1 to 600.',
    });
    expect(parsePlannedMinutes('601').ok).toBe(false);
  });
});

describe('pacing against the plan', () => {
  // 8 slides in 16 minutes: slide k (0-based) has the slot from 2k to 2k + 2 minutes.
  it('is on pace while the clock is inside the current slide’s slot', () => {
    const p = pacing(5 * MIN, 16 * MIN, 2, 8);
    expect(p.status).toBe('on-pace');
    expect(p.slotStartShare).toBe(4 / 16);
    expect(p.slotEndShare).toBe(6 / 16);
    expect(p.usedShare).toBe(5 / 16);
    expect(describePacing(p)).toBe('On pace');
  });

  it('is behind when the slot is over, ahead when it has not begun', () => {
    const behind = pacing(7 * MIN + 30_000, 16 * MIN, 2, 8);
    expect(behind.status).toBe('behind');
    expect(describePacing(behind)).toBe('01:30 behind');
    const ahead = pacing(3 * MIN, 16 * MIN, 3, 8);
    expect(ahead.status).toBe('ahead');
    expect(describePacing(ahead)).toBe('03:00 ahead');
  });

  it('says how far over time the talk is, with the bar full', () => {
    const p = pacing(18 * MIN, 16 * MIN, 7, 8);
    expect(p.usedShare).toBe(1);
    expect(describePacing(p)).toBe('02:00 over time');
  });
});
