import { useSyncExternalStore } from 'react';

/** Where the id of the deck the user last opened is kept: this machine's choice, not workspace data. */
const KEY = 'quarterdeck.currentDeck';
/** Told to this window's listeners; other windows hear the `storage` event. */
const CHANGED = 'quarterdeck:current-deck';

/** The id of the deck last opened here, or `null` before any was chosen (the newest deck shows). */
export function currentDeckId(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    // Storage can be refused (a locked-down profile): every window then shows the newest deck.
    return null;
  }
}

/** Opens a deck: every window of the app (the audience window too) switches to it. */
export function chooseDeck(id: string): void {
  try {
    window.localStorage.setItem(KEY, id);
  } catch {
    // Without storage the choice lasts until the window closes, through the event below.
  }
  window.dispatchEvent(new CustomEvent(CHANGED, { detail: id }));
}

let chosenHere: string | null = null;

function subscribe(onChange: () => void): () => void {
  const onLocal = (event: Event) => {
    chosenHere =
      event instanceof CustomEvent && typeof event.detail === 'string' ? event.detail : null;
    onChange();
  };
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) onChange();
  };
  window.addEventListener(CHANGED, onLocal);
  window.addEventListener('storage', onStorage);
  return () => {
    window.removeEventListener(CHANGED, onLocal);
    window.removeEventListener('storage', onStorage);
  };
}

/** The id of the chosen deck, re-rendering when any window chooses another. */
export function useCurrentDeckId(): string | null {
  return useSyncExternalStore(subscribe, () => currentDeckId() ?? chosenHere);
}
