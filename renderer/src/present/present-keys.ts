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

/** The part of an event target the key filter looks at (an `HTMLElement` fits). */
export interface PresentKeyTarget {
  tagName: string;
  isContentEditable?: boolean;
}

/** The part of a `KeyboardEvent` the key filter looks at, plus where its target sits. */
export interface PresentKeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element the key went to; `null` for the window or a non-element. */
  target: PresentKeyTarget | null;
  /** The target is inside the presentation itself, not a dialog or control on top of it. */
  targetInStage: boolean;
}

/** Elements that use Enter, Space and the arrows themselves. */
const INTERACTIVE_TAGS = new Set(['BUTTON', 'A', 'INPUT', 'TEXTAREA', 'SELECT']);

/** Whether the key belongs to a control outside the presentation (e.g. a dialog's button). */
function belongsToControl(event: PresentKeyEvent): boolean {
  const { target } = event;
  if (!target || event.targetInStage) return false;
  return INTERACTIVE_TAGS.has(target.tagName.toUpperCase()) || target.isContentEditable === true;
}

/**
 * The action of a key press, or `null` when present mode must leave it alone: keys it does
 * not use, shortcuts with Alt, Ctrl or Meta (the browser's and the system's), and keys
 * aimed at a button, link, field or editable text outside the presentation stage.
 */
export function presentAction(event: PresentKeyEvent): PresentAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  if (belongsToControl(event)) return null;
  return KEYS[event.key] ?? null;
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
