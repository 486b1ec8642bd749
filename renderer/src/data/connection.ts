import { useSyncExternalStore } from 'react';
import type Dexie from 'dexie';

/**
 * The state of this window's database connection: open; closed because another window
 * upgraded the workspace (this window must reload); or waiting for another window to let
 * go so this one can upgrade.
 */
export type ConnectionStatus = 'open' | 'updated-elsewhere' | 'blocked';

/**
 * Makes a connection step aside for a newer one and say so: on `versionchange` it closes at
 * once (so the other window's upgrade is never blocked, and this window never writes with an
 * outdated schema), and a blocked upgrade of its own is reported instead of waiting silently.
 */
export function guardConnection(database: Dexie, report: (status: ConnectionStatus) => void): void {
  database.on('versionchange', () => {
    database.close();
    report('updated-elsewhere');
    // Returning false skips Dexie's default, which would reopen on the next query.
    return false;
  });
  database.on('blocked', () => report('blocked'));
  database.on('ready', () => report('open'), true);
}

let current: ConnectionStatus = 'open';
const listeners = new Set<() => void>();

/** Records the app connection's status and tells the screens that watch it. */
export function setConnectionStatus(status: ConnectionStatus): void {
  if (status === current) return;
  current = status;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The app connection's status, re-rendering when it changes. */
export function useConnectionStatus(): ConnectionStatus {
  return useSyncExternalStore(subscribe, () => current);
}
