import { formatMoneyFull } from '../../../shared/format';
import type { MappingProfile } from '../../../shared/import/mapping-profile';
import type {
  CurrencyConversion,
  DateOrder,
  RecordKind,
  TextEncoding,
} from '../../../shared/import/types';
import { DateOrderQuestion } from './DateOrderQuestion';
import { FatalPanel } from './FatalPanel';
import { FileFacts } from './FileFacts';
import { ImportSummaryCard } from './ImportSummaryCard';
import { KindChoice } from './KindChoice';
import { MappingEditor } from './MappingEditor';
import { MappingProfiles } from './MappingProfiles';
import { PreviewTable } from './PreviewTable';
import { RejectedRows } from './RejectedRows';
import { UserText } from '../slides/UserText';
import { confirmLabel, listNames, plural, recordCount } from './labels';
import { mappedDateColumns } from './mapping-fields';
import { reconciliationOf } from './reconciliation';
import type { AnyMapping, ImportRun } from './use-import-run';

/** Props of the review: the run under review and what the user can do with it. */
export interface ImportReviewProps {
  run: ImportRun;
  /** The active import of the run's kind, which a confirmation keeps as a snapshot; `null` when none. */
  previous: { fileName: string } | null;
  /** Whether the workspace shows the sample data, which confirming any real file replaces. */
  replacesSample: boolean;
  /** Files chosen with this one that wait their turn. */
  waiting: readonly string[];
  /** What the file before this one stored, when several were chosen together. */
  done: string | null;
  saving: boolean;
  saveError: string | null;
  onKind: (kind: RecordKind) => void;
  onRemap: (mapping: AnyMapping) => void;
  onDateOrder: (order: DateOrder) => void;
  onEncoding: (encoding: TextEncoding | null) => void;
  /** Goes back to detecting the columns instead of the saved profile applied automatically. */
  onDropProfile: () => void;
  onApplyProfile: (profile: MappingProfile) => void;
  onConfirm: () => void;
  onCancel: () => void;
  onChooseAnother: () => void;
  /** Leaves this file out and goes on with the next one waiting. */
  onSkip: () => void;
}

/** Everything the importer made of a file, shown before anything is stored, with confirm and cancel. */
export function ImportReview(props: ImportReviewProps) {
  const { run, previous, saving, saveError, waiting } = props;
  const { result } = run;
  const { summary } = result;
  const mapping = summary.mapping as AnyMapping;
  const figures = reconciliationOf(run.kind, summary);
  const ambiguous = summary.ambiguousDateColumns ?? [];
  const dateColumns =
    ambiguous.length > 0
      ? ambiguous
      : // Once the user has answered, keep the question on screen so the answer can be changed.
        run.dateOrder
        ? mappedDateColumns(run.kind, mapping)
        : [];
  const canConfirm = result.fatal === null && summary.imported > 0 && !saving;

  return (
    <div className="import-review">
      <div className="page">
        <header className="page-header">
          <div className="page-header__text">
            <p className="eyebrow">Check the import</p>
            <h1 className="import-review__file" data-testid="import-file-name">
              <UserText value={run.fileName} max={120} />
            </h1>
          </div>
          <button type="button" className="btn btn--secondary" onClick={props.onChooseAnother}>
            Choose another file
          </button>
        </header>

        <div className="stack">
          {props.done !== null ? (
            <div className="alert alert--success" role="status" data-testid="import-success">
              <span className="alert__icon" aria-hidden="true">
                ✓
              </span>
              <div className="alert__body">
                <p className="alert__title">
                  <UserText value={props.done} max={300} />
                </p>
              </div>
            </div>
          ) : null}
          {waiting.length > 0 ? (
            <div className="alert alert--info" role="status" data-testid="import-waiting">
              <span className="alert__icon" aria-hidden="true">
                i
              </span>
              <div className="alert__body">
                <p className="alert__title">
                  {plural(waiting.length, 'more file', 'more files')} waiting:{' '}
                  <UserText value={listNames(waiting)} max={200} />
                </p>
                <p>Each is checked here before anything is stored.</p>
                <button
                  type="button"
                  className="btn btn--secondary btn--sm alert__action"
                  onClick={props.onSkip}
                  data-testid="import-skip"
                >
                  Skip this file
                </button>
              </div>
            </div>
          ) : null}
          <KindChoice kind={run.kind} detectedKind={run.detectedKind} onChange={props.onKind} />
          {summary.headers.length > 0 ? (
            <FileFacts
              summary={summary}
              detected={run.detected}
              detectedEncoding={run.detectedEncoding}
              forcedEncoding={run.encoding}
              onEncoding={props.onEncoding}
            />
          ) : null}
          {run.profileName !== undefined ? (
            <div className="alert alert--info" role="status" data-testid="mapping-profile-applied">
              <span className="alert__icon" aria-hidden="true">
                i
              </span>
              <div className="alert__body">
                <p className="alert__title">
                  Using your saved mapping “<UserText value={run.profileName} max={80} />”
                </p>
                <p>This file has the same columns as the one the mapping was saved for.</p>
                <button
                  type="button"
                  className="btn btn--ghost btn--sm alert__action"
                  onClick={props.onDropProfile}
                  data-testid="mapping-profile-drop"
                >
                  Don’t use it
                </button>
              </div>
            </div>
          ) : null}
          {result.fatal !== null ? (
            <FatalPanel message={result.fatal} canRemap={summary.headers.length > 0} />
          ) : null}
          {result.fatal === null ? <ImportSummaryCard figures={figures} /> : null}
          {result.fatal === null && summary.converted !== undefined ? (
            <ConvertedNote conversions={summary.converted} />
          ) : null}
          {dateColumns.length > 0 ? (
            <DateOrderQuestion
              columns={dateColumns}
              preview={result.preview}
              value={summary.dateOrder}
              onChange={props.onDateOrder}
            />
          ) : null}
          <RejectedRows errors={result.errors} fileName={run.fileName} file={run.file} />
          {summary.headers.length > 0 ? (
            <MappingEditor
              kind={run.kind}
              headers={summary.headers}
              mapping={mapping}
              preview={result.preview}
              onChange={props.onRemap}
            />
          ) : null}
          {summary.headers.length > 0 ? (
            <MappingProfiles
              key={run.kind}
              kind={run.kind}
              fileName={run.fileName}
              headers={summary.headers}
              mapping={mapping}
              dateOrder={run.dateOrder}
              onApply={props.onApplyProfile}
            />
          ) : null}
          <PreviewTable preview={result.preview} />
        </div>
      </div>

      <div className="confirm-bar" role="region" aria-label="Confirm import">
        <div className="confirm-bar__inner">
          <div className="confirm-bar__text" data-testid="import-confirm-text">
            {saveError ? (
              <span className="field__error" role="alert">
                Nothing was stored: {saveError}
              </span>
            ) : result.fatal !== null ? (
              <span>This file cannot be imported as it is.</span>
            ) : summary.imported === 0 ? (
              <span>No row could be imported.</span>
            ) : (
              <span>
                <strong>{recordCount(run.kind, summary.format, summary.imported)}</strong> ready
                {props.replacesSample ? <> · replaces the sample data</> : null}
                {previous && !props.replacesSample ? (
                  <>
                    {' '}
                    · <UserText value={previous.fileName} max={60} /> stays in the import history
                  </>
                ) : null}
              </span>
            )}
          </div>
          <button type="button" className="btn btn--ghost" onClick={props.onCancel}>
            Cancel
          </button>
          <button
            type="button"
            className="btn btn--primary"
            disabled={!canConfirm}
            onClick={props.onConfirm}
            data-testid="import-confirm"
          >
            {confirmLabel(run.kind, saving, waiting.length)}
          </button>
        </div>
      </div>
    </div>
  );
}

/** What converting a file that mixed currencies did, currency by currency, with the rates used. */
function ConvertedNote({ conversions }: { conversions: readonly CurrencyConversion[] }) {
  const to = conversions[0]?.to ?? '';
  return (
    <div className="alert alert--info" role="status" data-testid="import-converted">
      <span className="alert__icon" aria-hidden="true">
        i
      </span>
      <div className="alert__body">
        <p className="alert__title">Amounts converted to {to}</p>
        <ul>
          {conversions.map((c) => (
            <li key={c.from}>
              {plural(c.rows, 'row', 'rows')} in {c.from}: {formatMoneyFull(c.amount, c.from)} at{' '}
              {c.rate} = {formatMoneyFull(c.converted, c.to)}
            </li>
          ))}
        </ul>
        <p className="muted">
          Each amount was converted with the rates in Settings → Currencies and rounded to cents;
          every record is stored in {to}.
        </p>
      </div>
    </div>
  );
}
