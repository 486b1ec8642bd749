import { useState } from 'react';
import { AppChrome } from '../chrome/AppChrome';
import { useActiveBatch } from '../data/use-workspace';
import { navigate } from '../routing';
import { DropZone } from './DropZone';
import { ImportProgress } from './ImportProgress';
import { ImportReview } from './ImportReview';
import { useImportRun } from './use-import-run';
import { UserText } from '../slides/UserText';
import './import.css';

/** Import: choose a CRM export, check what the importer made of it, and only then store it. */
export function ImportScreen() {
  const { batch } = useActiveBatch();
  const runner = useImportRun();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const { stage } = runner;

  function leave(): void {
    // Whatever was staged is discarded; the published data was never touched.
    void runner.cancel().catch(() => undefined);
    navigate(batch ? 'deck' : 'home');
  }

  async function confirm(): Promise<void> {
    if (stage.kind !== 'review') return;
    setSaving(true);
    setSaveError(null);
    try {
      await runner.publish({ isSample: false, importedAt: new Date().toISOString() });
      navigate('deck');
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
      setSaving(false);
    }
  }

  if (stage.kind === 'review') {
    return (
      <AppChrome>
        <ImportReview
          run={stage.run}
          previous={batch ? { fileName: batch.fileName, isSample: batch.isSample } : null}
          saving={saving}
          saveError={saveError}
          onRemap={runner.remap}
          onDateOrder={runner.setDateOrder}
          onEncoding={runner.setEncoding}
          onDropProfile={runner.dropProfile}
          onApplyProfile={runner.applyProfile}
          onConfirm={() => void confirm()}
          onCancel={leave}
          onChooseAnother={runner.reset}
        />
      </AppChrome>
    );
  }

  return (
    <AppChrome>
      <div className="page page--narrow">
        <header className="page-header">
          <div className="page-header__text">
            <p className="eyebrow">Import data</p>
            <h1>Import a CRM export</h1>
            <p>
              An opportunities report from Salesforce, a deals export from HubSpot, or any CSV with
              one row per deal. You check everything before it is stored.
            </p>
          </div>
          <button type="button" className="btn btn--ghost" onClick={leave}>
            Cancel
          </button>
        </header>
        {stage.kind === 'importing' ? (
          <ImportProgress
            fileName={stage.fileName}
            progress={stage.progress}
            onCancel={() => void runner.cancel()}
          />
        ) : (
          <div className="stack">
            {stage.readError ? (
              <div className="alert alert--danger" role="alert">
                <span className="alert__icon" aria-hidden="true">
                  !
                </span>
                <div className="alert__body">
                  <p className="alert__title">The file could not be read</p>
                  <p>
                    <UserText value={stage.readError} max={400} />
                  </p>
                </div>
              </div>
            ) : null}
            <DropZone onFile={(file) => void runner.readFile(file)} busy={false} />
            <ul className="import-tips">
              <li>
                <strong>Salesforce:</strong> open the Opportunities report, choose Export, “Details
                Only”, format CSV.
              </li>
              <li>
                <strong>HubSpot:</strong> Deals, Export, all properties, CSV.
              </li>
              <li>
                <strong>Excel files:</strong> save as CSV (any encoding works, UTF-8 or not).
              </li>
            </ul>
          </div>
        )}
      </div>
    </AppChrome>
  );
}
