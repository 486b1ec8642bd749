import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { copyText } from '../errors/copy-text';
import { clearErrorLog, formatErrorDetails, listErrors } from '../errors/error-log';

/** The local error log, newest first, with Copy (for a bug report) and Clear. */
export function ErrorLogCard() {
  const entries = useLiveQuery(() => listErrors(), []);
  const [status, setStatus] = useState<string | null>(null);

  function copy(): void {
    copyText(formatErrorDetails(entries ?? [])).then(
      () => setStatus('Copied to the clipboard.'),
      () => setStatus('The clipboard is not available here.'),
    );
  }

  async function clear(): Promise<void> {
    await clearErrorLog();
    setStatus(null);
  }

  const count = entries?.length ?? 0;
  return (
    <section className="card" aria-labelledby="errors-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="errors-title">Error log</h2>
          <p>
            Unexpected errors are written here, on this computer only (the newest 200). Copy them
            into a message if you report a problem.
          </p>
        </div>
        <div className="row about__actions">
          {status ? <span className="muted about__status">{status}</span> : null}
          <button
            type="button"
            className="btn btn--secondary btn--sm"
            onClick={copy}
            disabled={count === 0}
            data-testid="error-log-copy"
          >
            Copy
          </button>
          <button
            type="button"
            className="btn btn--ghost btn--sm"
            onClick={() => void clear()}
            disabled={count === 0}
            data-testid="error-log-clear"
          >
            Clear
          </button>
        </div>
      </div>
      {count === 0 ? (
        <div className="card__body">
          <p className="muted" data-testid="error-log-empty">
            No errors recorded.
          </p>
        </div>
      ) : (
        <div className="card__body card__body--flush table-scroll">
          <table className="table about__errors" data-testid="error-log">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Screen</th>
                <th scope="col">Error</th>
              </tr>
            </thead>
            <tbody>
              {(entries ?? []).map((entry) => (
                <tr key={entry.id} data-testid="error-log-entry">
                  <td className="about__when">
                    {new Date(entry.time).toLocaleString('en-GB', {
                      dateStyle: 'medium',
                      timeStyle: 'medium',
                    })}
                  </td>
                  <td className="mono">{entry.route || '#/'}</td>
                  <td className="about__message" title={entry.stack ?? entry.message}>
                    {entry.message}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
