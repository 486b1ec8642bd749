/** A delayed action of which only the newest waits; it can be run early or dropped. */
export interface Debouncer {
  /** Replaces the waiting action with `action` and (re)starts the delay. */
  schedule(action: () => void): void;
  /** Runs the waiting action now, if any (on blur, or when the editor goes away). */
  flush(): void;
  /** Drops the waiting action without running it. */
  cancel(): void;
}

/** Runs the newest scheduled action once `delayMs` pass without another being scheduled. */
export function createDebouncer(delayMs: number): Debouncer {
  let waiting: (() => void) | null = null;
  let handle: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (handle !== null) clearTimeout(handle);
    handle = null;
  };
  const flush = () => {
    stop();
    const action = waiting;
    waiting = null;
    action?.();
  };
  return {
    schedule(action) {
      stop();
      waiting = action;
      handle = setTimeout(flush, delayMs);
    },
    flush,
    cancel() {
      stop();
      waiting = null;
    },
  };
}
