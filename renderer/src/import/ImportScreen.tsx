import { useState } from 'react';
import { AppChrome } from '../chrome/AppChrome';
import { useImportHistory } from '../data/use-workspace';
import { navigate } from '../routing';
import { DropZone } from './DropZone';
import { ImportProgress } from './ImportProgress';
import { ImportReview } from './ImportReview';
import { YourData } from './YourData';
import { activeImports } from '../data/active-imports';
import { listNames, plural, recordCount } from './labels';
import { useImportRun } from './use-import-run';
import { UserText } from '../slides/UserText';
import './import.css';

/** The notice shown after a file was stored, while the screen goes on with the next. */
interface Notice {
  text: string;
  /** Whether opportunities are in the workspace, so the deck can be opened from the notice. */
  deck: boolean;
}

/**
 * Import: choose one CRM export or several of any kind, check what the importer made of each
 * one, and only then store it. Several files are reviewed and confirmed one after another.
 */
export function ImportScreen() {
  const history = useImportHistory();
  const batches = history ?? [];
  const active = activeImports(batches);
  const hasSample = batches.some((b) => b.isSample);
  const runner = useImportRun();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  /** Files chosen together with the one under review, waiting their turn. */
  const [queue, setQueue] = useState<File[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const { stage } = runner;
  const waiting = queue.map((f) => f.name);

  function readFiles(files: readonly File[]): void {
    const [first, ...rest] = files;
    if (first === undefined) return;
    setQueue(rest);
    setSaveError(null);
    void runner.readFile(first);
  }

  function next(): void {
    setNotice(null);
    readFiles(queue);
  }

  function leave(): void {
    // Whatever was staged is discarded; the published data was never touched.
    setQueue([]);
    void runner.cancel().catch(() => undefined);
    navigate(active.opportunities ? 'deck' : 'home');
  }

  async function confirm(): Promise<void> {
    if (stage.kind !== 'review') return;
    const { run } = stage;
    setSaving(true);
    setSaveError(null);
    try {
      await runner.publish({ isSample: false, importedAt: new Date().toISOString() });
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
      setSaving(false);
      return;
    }
    setSaving(false);
    const stored = recordCount(run.kind, run.result.summary.format, run.result.summary.imported);
    const hasDeck = run.kind === 'opportunities' || active.opportunities !== undefined;
    if (queue.length > 0) {
      setNotice({ text: `Imported ${stored} from ${run.fileName}.`, deck: hasDeck });
      readFiles(queue);
    } else if (run.kind === 'opportunities') {
      navigate('deck');
    } else {
      setNotice({ text: `Imported ${stored} from ${run.fileName}.`, deck: hasDeck });
      runner.reset();
    }
  }

  if (stage.kind === 'review') {
    const previous = active[stage.run.kind];
    return (
      <AppChrome>
        <ImportReview
          run={stage.run}
          previous={previous && !previous.isSample ? { fileName: previous.fileName } : null}
          replacesSample={hasSample}
          waiting={waiting}
          done={notice?.text ?? null}
          saving={saving}
          saveError={saveError}
          onKind={runner.setKind}
          onRemap={runner.remap}
          onDateOrder={runner.setDateOrder}
          onEncoding={runner.setEncoding}
          onDropProfile={runner.dropProfile}
          onApplyProfile={runner.applyProfile}
          onConfirm={() => void confirm()}
          onCancel={leave}
          onChooseAnother={() => {
            setQueue([]);
            setNotice(null);
            runner.reset();
          }}
          onSkip={next}
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
            <h1>Import your CRM exports</h1>
            <p>
              Opportunities, leads and contacts, campaign members, meetings, accounts,
              target-account lists, marketing spend and targets are all welcome: drop one file or
              the whole folder. Quarterdeck tells what each file holds from its columns, and you
              check every file before it is stored.
            </p>
          </div>
          <button type="button" className="btn btn--ghost" onClick={leave}>
            Cancel
          </button>
        </header>
        {stage.kind === 'importing' ? (
          <div className="stack">
            {waiting.length > 0 ? <Waiting names={waiting} /> : null}
            <ImportProgress
              fileName={stage.fileName}
              progress={stage.progress}
              onCancel={() => {
                setQueue([]);
                void runner.cancel();
              }}
            />
          </div>
        ) : (
          <div className="stack">
            {notice ? (
              <div className="alert alert--success" role="status" data-testid="import-success">
                <span className="alert__icon" aria-hidden="true">
                  ✓
                </span>
                <div className="alert__body">
                  <p className="alert__title">
                    <UserText value={notice.text} max={300} />
                  </p>
                  <p>
                    It is in <a href="#/history">the import history</a>
                    {notice.deck ? (
                      <>
                        , and <a href="#/deck">the deck</a> draws on it
                      </>
                    ) : null}
                    . Import another file, or the next kind, below.
                  </p>
                </div>
              </div>
            ) : null}
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
            {waiting.length > 0 ? <Waiting names={waiting} onNext={next} /> : null}
            <DropZone
              onFiles={(files) => {
                setNotice(null);
                readFiles(files);
              }}
              busy={false}
            />
            <ul className="import-tips">
              <li>
                <strong>Salesforce:</strong> open the report (Opportunities, Leads, Campaign
                Members, Accounts), choose Export, “Details Only”, format CSV.
              </li>
              <li>
                <strong>HubSpot:</strong> Deals, Contacts or Companies, Export, all properties, CSV.
              </li>
              <li>
                <strong>Meetings, spend, targets and target accounts:</strong> any CSV with one row
                per meeting, channel and period, target or account; you match the columns if they
                are not recognised.
              </li>
              <li>
                <strong>Excel files:</strong> save as CSV (any encoding works, UTF-8 or not).
              </li>
            </ul>
            {history !== null ? <YourData batches={batches} /> : null}
          </div>
        )}
      </div>
    </AppChrome>
  );
}

/** The files chosen together that wait their turn, with a way on when the current one failed. */
function Waiting({ names, onNext }: { names: readonly string[]; onNext?: () => void }) {
  return (
    <div className="alert alert--info" role="status" data-testid="import-waiting">
      <span className="alert__icon" aria-hidden="true">
        i
      </span>
      <div className="alert__body">
        <p className="alert__title">
          {plural(names.length, 'more file', 'more files')} waiting:{' '}
          <UserText value={listNames(names)} max={200} />
        </p>
        {onNext ? (
          <button
            type="button"
            className="btn btn--secondary btn--sm alert__action"
            onClick={onNext}
            data-testid="import-next"
          >
            Go on with {names[0] ?? 'the next file'}
          </button>
        ) : null}
      </div>
    </div>
  );
}
