import { formatDate } from '../../../shared/format';
import type { ImportBatch } from '../data/db';
import { IN_APP_TARGETS_FILE } from '../data/store';
import { UserText } from '../slides/UserText';

/** Where the active targets came from: a file and the day it was imported, or this screen. */
export function TargetsSource({ batch }: { batch: ImportBatch | null }) {
  if (batch === null) return null;
  const inApp = batch.fileName === IN_APP_TARGETS_FILE;
  return (
    <p className="targets-source" data-testid="targets-source">
      {inApp ? (
        <>
          <span className="targets-source__dot targets-source__dot--app" aria-hidden="true" />
          Entered here, first saved {formatDate(batch.importedAt.slice(0, 10))}
        </>
      ) : (
        <>
          <span className="targets-source__dot" aria-hidden="true" />
          From <UserText value={batch.fileName} max={80} className="targets-source__file" />,
          imported {formatDate(batch.importedAt.slice(0, 10))}
        </>
      )}
      {' · '}
      <a href="#/history">Import history</a>
    </p>
  );
}
