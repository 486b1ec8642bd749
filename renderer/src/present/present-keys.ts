/** What a key does in present mode and in the presenter view. */
export type PresentAction =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'leave'
  | 'black'
  | 'white'
  | 'overview'
  | 'help'
  | 'fullscreen';

/** A step through the deck, the actions `nextIndex` resolves. */
export type StepAction = 'next' | 'previous' | 'first' | 'last';

const KEYS: Readonly<Record<string, PresentAction>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  PageDown: 'next',
  Enter: 'next',
  n: 'next',
  N: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
  b: 'black',
  B: 'black',
  '.': 'black',
  w: 'white',
  W: 'white',
  ',': 'white',
  g: 'overview',
  G: 'overview',
  o: 'overview',
  O: 'overview',
  '?': 'help',
  f: 'fullscreen',
  F: 'fullscreen',
};

/** How the help overlay writes a key; letters in capitals, each written once. */
const KEY_LABELS: Readonly<Record<string, string>> = {
  ArrowRight: '→',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowUp: '↑',
  ' ': 'Space',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  Escape: 'Esc',
};

/** What each action does, in the order the help overlay lists them; a Record, so no action is left out. */
const ACTION_HELP: Readonly<Record<PresentAction, string>> = {
  next: 'Next slide',
  previous: 'Previous slide',
  first: 'First slide',
  last: 'Last slide',
  overview: 'Overview of every slide: arrows to choose, Enter to go',
  black: 'Black screen for the audience (press again to bring the slide back)',
  white: 'White screen for the audience (press again to bring the slide back)',
  fullscreen: 'Full screen on or off (audience window)',
  help: 'Show or hide this list of keys',
  leave: 'Close the overlay, or end the show',
};

/** The keys that do an action, as the help overlay writes them. */
function keysFor(action: PresentAction): string[] {
  const labels = Object.entries(KEYS)
    .filter(([, a]) => a === action)
    .map(([key]) => KEY_LABELS[key] ?? (key.length === 1 ? key.toUpperCase() : key));
  return [...new Set(labels)];
}

/**
 * The keys as the help overlay lists them, one row per action, drawn from the very map the
 * key handler uses, so the list cannot drift from what the keys do.
 */
export const KEY_HELP: readonly { keys: readonly string[]; does: string }[] = (
  Object.entries(ACTION_HELP) as [PresentAction, string][]
).flatMap(([action, does]) => {
  const row = { keys: keysFor(action), does };
  // Typing a number sits with the other ways of moving, after "Last slide".
  return action === 'last'
    ? [row, { keys: ['1 2 3 … then Enter'], does: 'Go to the slide with that number' }]
    : [row];
});

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

/** Fields and editable text use every key themselves. */
const TEXT_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Buttons and links use Enter and Space to activate; every other key still drives the show. */
const PRESS_TAGS = new Set(['BUTTON', 'A']);

/**
 * Whether the key belongs to a control outside the presentation: everything typed into a
 * field, and Enter or Space on a focused button or link (so "Start timer" then → still moves on).
 */
export function belongsToControl(event: PresentKeyEvent): boolean {
  const { target } = event;
  if (!target || event.targetInStage) return false;
  const tag = target.tagName.toUpperCase();
  if (TEXT_TAGS.has(tag) || target.isContentEditable === true) return true;
  return PRESS_TAGS.has(tag) && (event.key === 'Enter' || event.key === ' ');
}

/** Whether a key press is for the show at all: no Alt, Ctrl or Meta shortcut, not a control's own key. */
export function isShowKey(event: PresentKeyEvent): boolean {
  return !(event.altKey || event.ctrlKey || event.metaKey) && !belongsToControl(event);
}

/**
 * The action of a key press, or `null` when present mode must leave it alone: keys it does
 * not use, shortcuts with Alt, Ctrl or Meta (the browser's and the system's), and keys
 * aimed at a field, or Enter and Space aimed at a button or link, outside the presentation stage.
 */
export function presentAction(event: PresentKeyEvent): PresentAction | null {
  if (!isShowKey(event)) return null;
  return KEYS[event.key] ?? null;
}

/** The digit a key types for "go to slide", or `null`. */
export function digitOf(key: string): string | null {
  return /^[0-9]$/.test(key) ? key : null;
}

/** The longest slide number anyone types; more digits are ignored rather than wrapping around. */
const MAX_DIGITS = 4;

/** The typed slide number after one more digit. */
export function typeDigit(typed: string, digit: string): string {
  return typed.length >= MAX_DIGITS ? typed : `${typed}${digit}`;
}

/**
 * The zero-based slide a typed number goes to, or why it cannot: numbers count from 1 and
 * go up to the number of shown slides.
 */
export function typedSlide(
  typed: string,
  count: number,
): { ok: true; index: number } | { ok: false; message: string } {
  const n = Number(typed);
  if (typed === '' || !Number.isInteger(n) || n < 1 || n > count) {
    return { ok: false, message: `There is no slide ${typed}: the deck has slides 1 to ${count}.` };
  }
  return { ok: true, index: n - 1 };
}

/** The slide index an action moves to, kept within the deck. */
export function nextIndex(action: StepAction, index: number, count: number): number {
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

/**
 * The highlighted thumbnail after an arrow, Home or End in the overview grid of `columns`
 * columns, kept within the deck; `null` for a key the grid does not use for moving.
 */
export function moveInGrid(
  key: string,
  selected: number,
  count: number,
  columns: number,
): number | null {
  const last = Math.max(count - 1, 0);
  const clamp = (i: number) => Math.min(Math.max(i, 0), last);
  switch (key) {
    case 'ArrowRight':
      return clamp(selected + 1);
    case 'ArrowLeft':
      return clamp(selected - 1);
    case 'ArrowDown':
      return selected + columns <= last ? selected + columns : selected;
    case 'ArrowUp':
      return selected - columns >= 0 ? selected - columns : selected;
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
