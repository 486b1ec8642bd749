import { useCallback, useState } from 'react';
import type { Settings } from '../../../shared/settings';
import { saveSettings } from '../data/store';

/** Where the last save is: nothing yet, writing, written, or failed with a message. */
export type SaveStatus =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Saves settings on every change and reports the outcome for the "Saved" indicator. */
export function useSaveSettings(): { status: SaveStatus; save: (settings: Settings) => void } {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const save = useCallback((settings: Settings) => {
    setStatus({ kind: 'saving' });
    saveSettings(settings).then(
      () => setStatus({ kind: 'saved' }),
      (e: unknown) =>
        setStatus({ kind: 'failed', message: e instanceof Error ? e.message : String(e) }),
    );
  }, []);
  return { status, save };
}
