import { useState } from 'react';
import { AppChrome } from '../chrome/AppChrome';
import { useActiveBatch, useImportHistory } from '../data/use-workspace';
import { MAX_KEPT_IMPORTS, deleteImport } from '../data/store';
import { LoadingState } from '../workspace/LoadingState';
import { navigate } from '../routing';
import { UserText } from '../slides/UserText';
import { ChangesCard } from './ChangesCard';
import { ImportReconciliation } from './ImportReconciliation';
import { ImportsTable } from './ImportsTable';
import { formatImportedAt } from './history-format';
import { fullKinds, kindCount } from './history-kinds';
import { KIND_LABELS, plural } from '../import/labels';
import { useImportChanges } from './use-import-changes';
import './history.css';

/**
 * Import history: every stored import newest first (the newest is the active data, the
 * others snapshots), each one's reconciliation, deleting an import, and what changed in
 * this quarter's pipeline since the previous import.
 */
export function HistoryScreen() {
  const batches = useImportHistory();
  const { settings } = useActiveBatch();
  const [selected, setSelected] = useState<string | null>(null);
  // Only opportunities have a pipeline to bridge: the changes card compares their last two imports.
  const opportunityImports = (batches ?? []).filter((b) => b.kind === 'opportunities');
  const active = opportunityImports[0] ?? null;
  const previous = opportunityImports[1] ?? null;
  const changes = useImportChanges(active, previous, settings);

  if (batches === null) {
    return (
      <AppChrome>
        <LoadingState label="Reading the import history…" />
      </AppChrome>
    );
  }

  const shown = batches.find((b) => b.id === selected) ?? batches[0] ?? null;
  const full = fullKinds(batches, MAX_KEPT_IMPORTS);

  async function remove(id: string): Promise<void> {
    const last = batches?.length === 1;
    await deleteImport(id);
    // Only when no import of any kind is left does the workspace go back to its first run.
    if (last) navigate('home');
  }

  return (
    <AppChrome>
      <div className="page" data-testid="history-screen">
        <header className="page-header">
          <div className="page-header__text">
            <p className="eyebrow">Import history</p>
            <h1>Every import, and what changed</h1>
            <p>
              The newest import of each kind is the data the deck draws on; earlier ones stay as
              snapshots to compare with. Quarterdeck keeps the {MAX_KEPT_IMPORTS} newest imports of
              each kind.
            </p>
          </div>
          <a className="btn btn--secondary" href="#/import">
            Import new data
          </a>
        </header>

        {batches.length === 0 ? (
          <section className="card">
            <div className="card__body history-empty" data-testid="history-empty">
              <p>Nothing has been imported yet.</p>
              <a className="btn btn--primary" href="#/import">
                Import a CRM export
              </a>
            </div>
          </section>
        ) : (
          <div className="stack">
            <section className="card" aria-labelledby="imports-title">
              <div className="card__header">
                <div className="card__title">
                  <h2 id="imports-title">Imports</h2>
                  <p>
                    {batches.length === 1
                      ? 'One import. '
                      : `${batches.length} imports of ${plural(kindCount(batches), 'kind', 'kinds')}, newest first. `}
                    {full.length > 0
                      ? full.map(({ kind, oldest }) => (
                          <span key={kind} data-testid="history-cap-note">
                            The next import of {KIND_LABELS[kind].toLowerCase()} deletes the oldest,{' '}
                            <UserText value={oldest.fileName} max={40} /> (
                            {formatImportedAt(oldest.importedAt)}), with its rows.{' '}
                          </span>
                        ))
                      : `Beyond ${MAX_KEPT_IMPORTS} of one kind, each new import of it deletes the oldest with its rows.`}
                  </p>
                </div>
              </div>
              <ImportsTable
                batches={batches}
                selectedId={shown?.id ?? null}
                onSelect={setSelected}
                onDelete={remove}
              />
            </section>
            {shown ? <ImportReconciliation batch={shown} /> : null}
            {active !== null ? (
              <ChangesCard active={active} previous={previous} state={changes} />
            ) : null}
          </div>
        )}
      </div>
    </AppChrome>
  );
}
