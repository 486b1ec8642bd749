import { displayText } from '../../../shared/text/display';
import type { ProgressMessage } from './worker/protocol';

/** Props of the progress panel: the file, the worker's last report, and Cancel. */
export interface ImportProgressProps {
  fileName: string;
  progress: ProgressMessage | null;
  onCancel: () => void;
}

const MB = 1024 * 1024;

/** Seconds left from the share done so far and the time it took; `null` until it can be told. */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || total <= 0 || elapsedMs < 500) return null;
  return Math.max(0, ((total - done) / done) * (elapsedMs / 1000));
}

/** "about 12 s" / "about 2 min". */
function formatLeft(seconds: number | null): string {
  if (seconds === null) return 'estimating…';
  if (seconds < 60) return `about ${Math.ceil(seconds)} s left`;
  return `about ${Math.ceil(seconds / 60)} min left`;
}

/**
 * The import's progress: a bar, rows and megabytes read, time left, and Cancel. Reading
 * counts bytes; storing the records in the staging batch counts records.
 */
export function ImportProgress({ fileName, progress, onCancel }: ImportProgressProps) {
  const storing = progress?.phase === 'writing';
  const done = storing ? progress.recordsWritten : (progress?.bytesRead ?? 0);
  const total = storing ? progress.recordsTotal : (progress?.totalBytes ?? 0);
  // Reading is most of the work; storing fills the last fifth of the bar.
  const share = total > 0 ? done / total : 0;
  const percent = Math.round(storing ? 80 + share * 20 : share * 80);
  const rows = progress?.rowsParsed ?? 0;
  const left = progress
    ? storing
      ? null
      : secondsLeft(progress.bytesRead, progress.totalBytes, progress.elapsedMs)
    : null;
  const phase =
    progress === null
      ? 'Starting…'
      : progress.phase === 'reading'
        ? 'Reading rows'
        : progress.phase === 'settling'
          ? 'Checking every row'
          : 'Writing records for the review';
  return (
    <div className="import-progress" data-testid="import-progress" aria-live="polite">
      <p className="import-progress__file">
        Importing <strong>{displayText(fileName, 80)}</strong>
      </p>
      <div
        className="import-progress__bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        data-testid="import-progress-bar"
      >
        <div className="import-progress__fill" style={{ width: `${percent}%` }} />
      </div>
      <p className="import-progress__facts">
        <span>{phase}</span> ·{' '}
        <span data-testid="import-progress-rows">{rows.toLocaleString('en-GB')} rows</span> ·{' '}
        <span data-testid="import-progress-mb">
          {((progress?.bytesRead ?? 0) / MB).toFixed(1)} of{' '}
          {((progress?.totalBytes ?? 0) / MB).toFixed(1)} MB
        </span>
        {storing ? (
          <>
            {' '}
            · {progress.recordsWritten.toLocaleString('en-GB')} of{' '}
            {progress.recordsTotal.toLocaleString('en-GB')} records staged
          </>
        ) : (
          <>
            {' '}
            · <span data-testid="import-progress-left">{formatLeft(left)}</span>
          </>
        )}
      </p>
      <p className="import-progress__note">
        Nothing is stored in your workspace until you confirm the review.
      </p>
      <button
        type="button"
        className="btn btn--ghost"
        onClick={onCancel}
        data-testid="import-progress-cancel"
      >
        Cancel import
      </button>
    </div>
  );
}
