import { useMemo, useState } from 'react';
import { fiscalQuarterOf, shiftQuarter } from '../../../shared/calendar';
import { currencyPrefix } from '../../../shared/format';
import { groupByQuarter } from '../../../shared/targets/target-groups';
import { checkTargetRows } from '../../../shared/targets/target-rows';
import { AppChrome } from '../chrome/AppChrome';
import { saveTargets } from '../data/store';
import { useActiveBatch } from '../data/use-workspace';
import { LoadingState } from '../workspace/LoadingState';
import { SaveBar, type SaveState } from './SaveBar';
import { TargetsEmpty } from './TargetsEmpty';
import { TargetsFilesCard } from './TargetsFilesCard';
import { TargetsSource } from './TargetsSource';
import { TargetsTable } from './TargetsTable';
import { downloadTargets, downloadTemplate } from './target-files';
import { localToday } from './today';
import { useTargetDrafts } from './use-target-drafts';
import { useTargetsData } from './use-targets-data';
import './targets.css';

/** Targets: the contribution targets (metrics.md §9) as an editable table, saved as the active targets import. */
export function TargetsScreen() {
  const data = useTargetsData();
  const { ready, settings } = useActiveBatch();
  const editor = useTargetDrafts(data?.targets);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [confirming, setConfirming] = useState(false);

  const start = settings.fiscalYearStartMonth;
  const reporting = settings.currency.reporting;
  const current = useMemo(
    () => fiscalQuarterOf(settings.asOf ?? localToday(), start),
    [settings.asOf, start],
  );
  // The period input suggests last quarter to a year ahead: where targets are set.
  const quarterOptions = useMemo(
    () => [-1, 0, 1, 2, 3, 4].map((n) => shiftQuarter(current, n, start).id),
    [current, start],
  );
  const check = useMemo(
    () => checkTargetRows(editor.drafts, reporting),
    [editor.drafts, reporting],
  );
  const groups = useMemo(() => groupByQuarter(editor.drafts), [editor.drafts]);

  async function save(): Promise<void> {
    if (check.targets === null) return;
    setConfirming(false);
    setSaveState({ kind: 'saving' });
    try {
      await saveTargets(check.targets);
      setSaveState({ kind: 'saved' });
    } catch (error) {
      setSaveState({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }

  function requestSave(): void {
    if (data?.hasSample) setConfirming(true);
    else void save();
  }

  function edit<A extends unknown[]>(action: (...args: A) => void): (...args: A) => void {
    return (...args) => {
      // An edit after a save makes "Saved" stale, and cancels a pending confirmation.
      if (saveState.kind !== 'idle' && saveState.kind !== 'saving') setSaveState({ kind: 'idle' });
      setConfirming(false);
      action(...args);
    };
  }

  const add = edit(editor.add);
  const empty = editor.drafts.length === 0 && !editor.changed;

  return (
    <AppChrome>
      {!data || !ready ? (
        <LoadingState label="Loading targets…" />
      ) : (
        <div className="page targets-page">
          <header className="page-header">
            <div className="page-header__text">
              <p className="eyebrow">Targets</p>
              <h1>Contribution targets</h1>
              <p>
                What each demand source is to create in pipeline and win in revenue, quarter by
                quarter. The deck measures attainment and pace against these.
              </p>
              <TargetsSource batch={data.batch} />
            </div>
            {!empty ? (
              <button
                type="button"
                className="btn btn--primary"
                data-testid="target-add"
                onClick={() => add(current.id)}
              >
                + Add a target
              </button>
            ) : null}
          </header>
          <div className="stack">
            {data.hasSample ? (
              <div className="alert alert--warning" data-testid="targets-sample-warning">
                <span className="alert__icon" aria-hidden="true">
                  !
                </span>
                <div className="alert__body">
                  <p className="alert__title">This workspace holds the sample pipeline</p>
                  <p>
                    Targets are saved like an import, and any import replaces the sample data:
                    saving here removes the sample opportunities, and the deck waits for your own
                    export. Import your opportunities first to keep a working deck.
                  </p>
                </div>
              </div>
            ) : null}
            {empty ? (
              <TargetsEmpty
                currentQuarter={current.label}
                onAdd={() => add(current.id)}
                onDownloadTemplate={downloadTemplate}
              />
            ) : (
              <section className="card" aria-labelledby="targets-title">
                <div className="card__header">
                  <div className="card__title">
                    <h2 id="targets-title">Targets by quarter</h2>
                    <p>
                      “All” spans every demand source or segment. Amounts accept 1,200,000, 1.2M or
                      800k.
                    </p>
                  </div>
                </div>
                {editor.drafts.length === 0 ? (
                  <div className="card__body muted" data-testid="targets-all-removed">
                    Every target is removed. Save to clear the targets, or discard the changes.
                  </div>
                ) : (
                  <TargetsTable
                    groups={groups}
                    check={check}
                    fiscalYearStartMonth={start}
                    currentQuarter={current.id}
                    currency={reporting}
                    currencyMark={currencyPrefix(reporting).trim()}
                    addedKey={editor.addedKey}
                    quarterOptions={quarterOptions}
                    onAdd={add}
                    onChange={edit(editor.update)}
                    onRemove={edit(editor.remove)}
                  />
                )}
                <SaveBar
                  invalidRows={check.invalidRows}
                  changed={editor.changed}
                  state={saveState}
                  hasSample={data.hasSample}
                  confirming={confirming}
                  onSave={requestSave}
                  onConfirm={() => void save()}
                  onCancelConfirm={() => setConfirming(false)}
                  onDiscard={edit(editor.discard)}
                />
              </section>
            )}
            {/* The empty state offers the template and the import note itself. */}
            {!empty ? (
              <TargetsFilesCard
                targets={check.targets}
                onDownloadTemplate={downloadTemplate}
                onDownloadTargets={downloadTargets}
              />
            ) : null}
          </div>
        </div>
      )}
    </AppChrome>
  );
}
