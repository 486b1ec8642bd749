import { useRef, useState, type ChangeEvent } from 'react';
import { formatCount } from '../../../shared/format';
import { todayIsoDate } from '../workspace/format';
import { navigate } from '../routing';
import {
  BACKUP_EXTENSION,
  MAX_BACKUP_BYTES,
  backupFileName,
  parseBackup,
  type ValidBackup,
} from './backup-file';
import { downloadBlob } from './download';
import { createBackup, restoreBackup } from './workspace-backup';

type RestoreStage =
  | { kind: 'idle' }
  | { kind: 'confirm'; fileName: string; backup: ValidBackup }
  | { kind: 'restoring' }
  | { kind: 'error'; message: string };

/** How many records a backup holds across every import. */
function recordCount(backup: ValidBackup): number {
  return backup.recordPages.reduce((sum, page) => sum + page.count, 0);
}

function describe(backup: ValidBackup): string {
  const imports = backup.imports.length;
  const sample = backup.imports.some((batch) => batch.isSample);
  const data =
    imports === 0
      ? 'no imported data'
      : sample && imports === 1
        ? `${formatCount(recordCount(backup))} records of the sample data`
        : `${formatCount(recordCount(backup))} records from ${formatCount(imports)} ${imports === 1 ? 'import' : 'imports'}`;
  return `${data}, ${backup.settings.length > 0 ? 'your settings' : 'default settings'} and ${formatCount(backup.decks.length)} ${backup.decks.length === 1 ? 'deck' : 'decks'}`;
}

/** Backs the whole workspace up to one file, and restores one after checking it and asking. */
export function BackupCard() {
  const input = useRef<HTMLInputElement>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [stage, setStage] = useState<RestoreStage>({ kind: 'idle' });

  async function backUp(): Promise<void> {
    setSaving(true);
    setSaveError(null);
    try {
      downloadBlob(await createBackup(), backupFileName(todayIsoDate()));
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  async function choose(event: ChangeEvent<HTMLInputElement>): Promise<void> {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setStage({
        kind: 'error',
        message: `${file.name} is too large to be a Quarterdeck backup. Nothing was changed.`,
      });
      return;
    }
    try {
      setStage({
        kind: 'confirm',
        fileName: file.name,
        backup: parseBackup(await file.text(), file.name),
      });
    } catch (e) {
      setStage({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  async function restore(backup: ValidBackup): Promise<void> {
    setStage({ kind: 'restoring' });
    try {
      await restoreBackup(backup);
      navigate(backup.imports.length > 0 ? 'deck' : 'home');
    } catch (e) {
      setStage({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  return (
    <section className="card" aria-labelledby="backup-title">
      <div className="card__header">
        <div className="card__title">
          <h2 id="backup-title">Backup and restore</h2>
          <p>
            One file holds your imported data, settings and deck. Keep it somewhere safe; restoring
            it replaces everything in this workspace.
          </p>
        </div>
      </div>
      <div className="card__body stack about__tight">
        <div className="row">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => void backUp()}
            disabled={saving}
            data-testid="backup-download"
          >
            {saving ? 'Preparing backup…' : 'Back up workspace'}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => input.current?.click()}
            disabled={stage.kind === 'restoring'}
            data-testid="restore-choose"
          >
            Restore from a backup…
          </button>
          <input
            ref={input}
            type="file"
            accept={`${BACKUP_EXTENSION},.json,application/json`}
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(e) => void choose(e)}
            data-testid="restore-file"
          />
        </div>
        {saveError ? (
          <p className="field__error" role="alert">
            The backup could not be made: {saveError}
          </p>
        ) : null}
        {stage.kind === 'confirm' ? (
          <div className="alert alert--warning" role="alertdialog" aria-labelledby="restore-q">
            <span className="alert__icon" aria-hidden="true">
              !
            </span>
            <div className="alert__body stack about__tight">
              <p id="restore-q">
                <strong>Replace this workspace with {stage.fileName}?</strong> It holds{' '}
                {describe(stage.backup)}. Everything now in this workspace will be replaced.
              </p>
              <div className="row">
                <button
                  type="button"
                  className="btn btn--danger"
                  onClick={() => void restore(stage.backup)}
                  data-testid="restore-confirm"
                >
                  Replace workspace
                </button>
                <button
                  type="button"
                  className="btn btn--ghost"
                  onClick={() => setStage({ kind: 'idle' })}
                  data-testid="restore-cancel"
                >
                  Cancel
                </button>
              </div>
            </div>
          </div>
        ) : null}
        {stage.kind === 'restoring' ? <p className="muted">Restoring…</p> : null}
        {stage.kind === 'error' ? (
          <div className="alert alert--danger" role="alert" data-testid="restore-error">
            <span className="alert__icon" aria-hidden="true">
              !
            </span>
            <div className="alert__body">{stage.message}</div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
