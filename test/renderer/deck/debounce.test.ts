import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDebouncer } from '../../../renderer/src/deck/debounce';

describe('the debounced text save', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves once, with the newest words, 400 ms after typing stops', () => {
    const saved: string[] = [];
    const debouncer = createDebouncer(400);
    for (const text of ['Q', 'Q3', 'Q3 l', 'Q3 landed']) {
      debouncer.schedule(() => saved.push(text));
      vi.advanceTimersByTime(100);
    }
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(299);
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(saved).toEqual(['Q3 landed']);
    vi.advanceTimersByTime(1000);
    expect(saved).toEqual(['Q3 landed']);
  });

  it('saves at once on flush (blur, unmount) and not again when the delay ends', () => {
    const saved: string[] = [];
    const debouncer = createDebouncer(400);
    debouncer.schedule(() => saved.push('typed'));
    debouncer.flush();
    expect(saved).toEqual(['typed']);
    vi.advanceTimersByTime(400);
    debouncer.flush();
    expect(saved).toEqual(['typed']);
  });

  it('drops the waiting words on cancel (reset to draft)', () => {
    const saved: string[] = [];
    const debouncer = createDebouncer(400);
    debouncer.schedule(() => saved.push('typed'));
    debouncer.cancel();
    vi.advanceTimersByTime(400);
    debouncer.flush();
    expect(saved).toEqual([]);
  });
});
