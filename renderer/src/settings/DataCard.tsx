import { useState } from 'react';
import type { ImportBatch } from '../data/db';
import { clearWorkspace } from '../data/store';
import { navigate } from '../routing';
import { formatCount } from '../../../shared/format';

/** The active dataset: where it came from, ways to replace or back it up, and a two-step way to remove it. */
export function DataCard({ batch }: { batch: ImportBatch | null }) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove(): Promise<void> {
    try {
      await clearWorkspace();
      navigate('home');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <section className="card" aria-labelledby="data-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="data-title">Data</h2>
          <p>
            {batch
              ? `${batch.fileName}: ${formatCount(batch.summary.imported)} opportunities, imported ${new Date(batch.importedAt).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}.`
              : 'No data imported yet.'}
          </p>
        </div>
        {batch?.isSample ? <span className="badge badge--sample">Sample data</span> : null}
      </div>
      <div className="card__body row">
        <a className="btn btn--secondary" href="#/import">
          {batch ? 'Import new data' : 'Import data'}
        </a>
        <a className="btn btn--ghost" href="#/about" data-testid="settings-backup">
          Back up or restore…
        </a>
        {batch && !confirming ? (
          <button type="button" className="btn btn--danger" onClick={() => setConfirming(true)}>
            Remove data…
          </button>
        ) : null}
        {batch && confirming ? (
          <span className="row danger-confirm">
            <span>
              Remove every imported opportunity, and the deck written about it, from this computer?
            </span>
            <button
              type="button"
              className="btn btn--danger"
              onClick={() => void remove()}
              data-testid="settings-remove-data"
            >
              Remove
            </button>
            <button type="button" className="btn btn--ghost" onClick={() => setConfirming(false)}>
              Keep
            </button>
          </span>
        ) : null}
        {error ? (
          <p className="field__error" role="alert">
            The data could not be removed: {error}
          </p>
        ) : null}
      </div>
    </section>
  );
}
