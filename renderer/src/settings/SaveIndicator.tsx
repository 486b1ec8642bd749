import type { SaveStatus } from './use-save-settings';

/** "Saved" beside the page title, announced politely; a failed save is an alert. */
export function SaveIndicator({ status }: { status: SaveStatus }) {
  if (status.kind === 'failed') {
    return (
      <p className="save-indicator save-indicator--failed" role="alert">
        Not saved: {status.message}
      </p>
    );
  }
  return (
    <p className="save-indicator" role="status" aria-live="polite" data-testid="settings-saved">
      {status.kind === 'saving' ? 'Saving…' : null}
      {status.kind === 'saved' ? (
        <>
          <span className="save-indicator__mark" aria-hidden="true">
            ✓
          </span>
          Saved
        </>
      ) : null}
      {status.kind === 'idle' ? 'Changes save as you make them' : null}
    </p>
  );
}
