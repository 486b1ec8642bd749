/** What a key does in present mode. */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

const KEYS: Readonly<Record<string, PresentAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/** The action of a key (by `KeyboardEvent.key`), or `null` for keys present mode ignores. */
export function presentAction(key: string): PresentAction | null {
  return KEYS[key] ?? null;
}

/** The slide index an action moves to, kept within the deck. */
export function nextIndex(
  action: Exclude<PresentAction, 'leave'>,
  index: number,
  count: number,
): number {
  const last = Math.max(count - 1, 0);
  switch (action) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}
