import { useEffect, useState } from 'react';
import { UserText } from '../slides/UserText';
import { purgeAbandonedStaging } from '../data/staging';

let purge: Promise<string[]> | null = null;

/** Purges what earlier sessions left in staging, once per app session. */
export function purgeOnce(): Promise<string[]> {
  purge ??= purgeAbandonedStaging().catch(() => []);
  return purge;
}

/**
 * Purges imports an earlier session did not finish (a crash, a closed window) and says so
 * in a dismissible banner: the published data was never touched.
 */
export function DiscardedImportsBanner() {
  const [files, setFiles] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void purgeOnce().then((names) => {
      if (live) setFiles(names);
    });
    return () => {
      live = false;
    };
  }, []);
  if (files.length === 0) return null;
  return (
    <div className="alert alert--warning" role="status" data-testid="import-discarded">
      <div className="alert__body">
        {files.map((name, i) => (
          <p key={`${name}-${i}`}>
            An import of <UserText value={name} max={120} /> did not finish and was discarded. Your
            data is unchanged.
          </p>
        ))}
      </div>
      <button
        type="button"
        className="btn btn--ghost"
        onClick={() => setFiles([])}
        data-testid="import-discarded-dismiss"
      >
        Dismiss
      </button>
    </div>
  );
}
