import { useCallback, useState } from 'react';
import { updateSettings, type SettingsChange } from '../data/store';

/** Where the last save is: nothing yet, writing, written, or failed with a message. */
export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Saves each settings change as it is made and reports the outcome for the "Saved" indicator. */
export function useSaveSettings(): { status: SaveStatus; save: (change: SettingsChange) => void } {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const save = useCallback((change: SettingsChange) => {
    setStatus({ kind: 'saving' });
    updateSettings(change).then(
      () => setStatus({ kind: 'saved' }),
      (e: unknown) =>
        setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  return { status, save };
}
