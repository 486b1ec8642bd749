import { useState } from 'react';
import { copyText } from './copy-text';
import './errors.css';

/** What the recovery screen shows and copies: the error, already formatted. */
export interface RecoveryScreenProps {
  details: string;
}

/** Shown instead of the app after a render error: reassurance, a reload, and the details to copy. */
export function RecoveryScreen({ details }: RecoveryScreenProps) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');

  function copy(): void {
    copyText(details).then(
      () => setCopied('done'),
      () => setCopied('failed'),
    );
  }

  return (
    <main className="recovery" data-testid="error-recovery">
      <section className="card recovery__card" role="alert" aria-labelledby="recovery-title">
        <div className="card__body stack">
          <p className="eyebrow">Quarterdeck</p>
          <h1 id="recovery-title">Something went wrong. Your data is safe.</h1>
          <p className="muted">
            This screen stopped because of an unexpected error. Nothing you imported or edited was
            lost: reload to carry on where you were. The error was written to the log on the About
            screen; it never leaves this computer unless you copy it.
          </p>
          <pre className="recovery__details mono">{details}</pre>
          <div className="row">
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => window.location.reload()}
              data-testid="error-reload"
            >
              Reload
            </button>
            <button
              type="button"
              className="btn btn--secondary"
              onClick={copy}
              data-testid="error-copy"
            >
              {copied === 'done' ? 'Copied' : 'Copy details'}
            </button>
            {copied === 'failed' ? (
              <span className="field__error">The clipboard is not available here.</span>
            ) : null}
          </div>
        </div>
      </section>
    </main>
  );
}
