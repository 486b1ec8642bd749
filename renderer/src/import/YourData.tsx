import { RECORD_KINDS } from '../../../shared/import/kinds';
import type { ImportBatch } from '../data/db';
import { formatImportedAt } from '../history/history-format';
import { UserText } from '../slides/UserText';
import { activeImports } from '../data/active-imports';
import { KIND_LABELS, recordCount } from './labels';

/**
 * "Your data": per kind, the import the deck draws on now (file, date, records) or "none
 * yet", so the user sees what is there before adding more.
 */
export function YourData({ batches }: { batches: readonly ImportBatch[] }) {
  const active = activeImports(batches);
  const imported = RECORD_KINDS.filter((kind) => active[kind] !== undefined).length;
  return (
    <section className="card" aria-labelledby="your-data-title" data-testid="your-data">
      <div className="card__header">
        <div className="card__title">
          <h2 id="your-data-title">Your data</h2>
          <p>
            {imported === 0
              ? 'Nothing imported yet. The deck draws on the newest import of each kind.'
              : 'The deck draws on the newest import of each kind. Importing a kind again keeps the earlier file as a snapshot.'}
          </p>
        </div>
        {imported > 0 ? (
          <a className="btn btn--ghost btn--sm" href="#/history">
            Import history
          </a>
        ) : null}
      </div>
      <ul className="your-data">
        {RECORD_KINDS.map((kind) => {
          const batch = active[kind];
          return (
            <li key={kind} className="your-data__row" data-testid="your-data-row" data-kind={kind}>
              <span className="your-data__kind">{KIND_LABELS[kind]}</span>
              {batch === undefined ? (
                <span className="muted your-data__none">none yet</span>
              ) : (
                <span className="your-data__file">
                  <UserText value={batch.fileName} max={60} clip />
                  {batch.isSample ? <span className="badge badge--sample">Sample</span> : null}
                  <span className="muted your-data__meta">
                    {formatImportedAt(batch.importedAt)} ·{' '}
                    <span data-testid="your-data-count">
                      {recordCount(kind, batch.summary.format, batch.summary.imported)}
                    </span>
                  </span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
