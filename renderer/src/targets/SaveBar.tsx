import { formatCount } from '../../../shared/format';

/** Where saving stands: nothing yet, writing, written, or failed with the reason. */
export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/** Props of the save bar under the table. */
export interface SaveBarProps {
  invalidRows: number;
  changed: boolean;
  state: SaveState;
  hasSample: boolean;
  /** Whether the user asked to save over the sample and is being asked to confirm. */
  confirming: boolean;
  onSave: () => void;
  onConfirm: () => void;
  onCancelConfirm: () => void;
  onDiscard: () => void;
}

/** The table's footer: what stands in the way of saving, Discard changes and Save (confirmed over the sample). */
export function SaveBar({
  invalidRows,
  changed,
  state,
  hasSample,
  confirming,
  onSave,
  onConfirm,
  onCancelConfirm,
  onDiscard,
}: SaveBarProps) {
  if (confirming) {
    return (
      <div
        className="card__footer targets-savebar targets-savebar--confirm"
        data-testid="targets-confirm"
      >
        <p className="targets-savebar__status">
          Saving removes the sample pipeline from this workspace. The deck then waits for your own
          opportunities export.
        </p>
        <button type="button" className="btn btn--ghost" onClick={onCancelConfirm}>
          Keep editing
        </button>
        <button
          type="button"
          className="btn btn--primary"
          data-testid="targets-confirm-save"
          onClick={onConfirm}
        >
          Save and remove the sample
        </button>
      </div>
    );
  }
  const canSave = changed && invalidRows === 0 && state.kind !== 'saving';
  return (
    <div className="card__footer targets-savebar">
      <p
        className="targets-savebar__status"
        role="status"
        aria-live="polite"
        data-testid="targets-status"
      >
        {invalidRows > 0 ? (
          <span className="targets-savebar__problem">
            {invalidRows === 1 ? '1 row needs' : `${formatCount(invalidRows)} rows need`} fixing
            before you can save
          </span>
        ) : state.kind === 'failed' ? (
          <span className="targets-savebar__problem">Not saved: {state.message}</span>
        ) : state.kind === 'saving' ? (
          'Saving…'
        ) : changed ? (
          'Unsaved changes'
        ) : state.kind === 'saved' ? (
          <>
            <span className="targets-savebar__mark" aria-hidden="true">
              ✓
            </span>{' '}
            Saved
          </>
        ) : (
          'No unsaved changes'
        )}
      </p>
      <button
        type="button"
        className="btn btn--ghost"
        disabled={!changed || state.kind === 'saving'}
        data-testid="targets-discard"
        onClick={onDiscard}
      >
        Discard changes
      </button>
      <button
        type="button"
        className="btn btn--primary"
        disabled={!canSave}
        data-testid="targets-save"
        title={hasSample && canSave ? 'Saving replaces the sample data' : undefined}
        onClick={onSave}
      >
        Save targets
      </button>
    </div>
  );
}
