import { useEffect, useState } from 'react';
import { createDebouncer, type Debouncer } from './debounce';

/** How long typing pauses before the words are written to the deck. */
export const TEXT_SAVE_DELAY_MS = 400;

/**
 * A debouncer for one component's lifetime, flushed when it unmounts, so switching slides
 * or leaving the editor never loses words still waiting to be saved.
 */
export function useDebouncer(delayMs = TEXT_SAVE_DELAY_MS): Debouncer {
  const [debouncer] = useState(() => createDebouncer(delayMs));
  useEffect(() => () => debouncer.flush(), [debouncer]);
  return debouncer;
}
