import { useState } from 'react';
import { resetWorkspace } from '../data/store';
import { navigate } from '../routing';

/** Deletes the whole workspace, after two deliberate clicks. */
export function ResetCard() {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function reset(): Promise<void> {
    try {
      await resetWorkspace();
      navigate('home');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="card about__danger" aria-labelledby="reset-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="reset-title">Reset workspace</h2>
          <p>
            Deletes every import, setting and deck on this computer, as on the first day. Back up
            first if you may need them again.
          </p>
        </div>
      </div>
      <div className="card__body row">
        {!confirming ? (
          <button
            type="button"
            className="btn btn--danger"
            onClick={() => setConfirming(true)}
            data-testid="reset-workspace"
          >
            Reset workspace…
          </button>
        ) : (
          <span className="row about__confirm" role="alertdialog" aria-label="Confirm reset">
            <span>This cannot be undone. Delete everything?</span>
            <button
              type="button"
              className="btn btn--danger"
              onClick={() => void reset()}
              data-testid="reset-confirm"
            >
              Yes, delete everything
            </button>
            <button
              type="button"
              className="btn btn--ghost"
              onClick={() => setConfirming(false)}
              data-testid="reset-cancel"
              autoFocus
            >
              Keep my workspace
            </button>
          </span>
        )}
        {error ? (
          <p className="field__error" role="alert">
            The workspace could not be reset: {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
