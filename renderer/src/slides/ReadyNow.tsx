import { useEffect } from 'react';

/** Calls `onReady` after mount: a slide part drawn with the DOM has nothing asynchronous to wait for. */
export function ReadyNow({ onReady }: { onReady: () => void }) {
  useEffect(() => onReady(), [onReady]);
  return null;
}
