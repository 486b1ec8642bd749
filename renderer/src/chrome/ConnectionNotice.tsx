import { useConnectionStatus } from '../data/connection';
import './connection-notice.css';

/**
 * Covers the app when another window has upgraded the workspace (this window's connection
 * closed, so it must reload before anything else is written), and says so while this window's
 * own upgrade waits for an older window to close.
 */
export function ConnectionNotice() {
  const status = useConnectionStatus();
  if (status === 'open') return null;
  if (status === 'blocked') {
    return (
      <div
        className="connection-notice connection-notice--bar"
        role="status"
        data-testid="upgrade-blocked"
      >
        Quarterdeck is updating your workspace. Close any other Quarterdeck window to finish.
      </div>
    );
  }
  return (
    <div
      className="connection-notice"
      role="alertdialog"
      aria-labelledby="reload-title"
      data-testid="updated-elsewhere"
    >
      <div className="card connection-notice__card">
        <div className="card__body stack">
          <h2 id="reload-title">Quarterdeck was updated in another window; reload</h2>
          <p className="muted">
            Your workspace now uses a newer format. Reload this window to keep working; nothing was
            lost.
          </p>
          <div className="row">
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => window.location.reload()}
              data-testid="reload-app"
              autoFocus
            >
              Reload
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
