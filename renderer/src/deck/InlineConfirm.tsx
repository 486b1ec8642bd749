/** Props of a question asked in place before a destructive action. */
export interface InlineConfirmProps {
  question: string;
  confirmLabel: string;
  /** For tests: the confirm button's `data-testid`. */
  testId: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Delete this?" with the destructive button and Keep, in place of the button that asked. */
export function InlineConfirm({
  question,
  confirmLabel,
  testId,
  onConfirm,
  onCancel,
}: InlineConfirmProps) {
  return (
    <span className="qd-inline-confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="btn btn--danger btn--sm"
        data-testid={testId}
        onClick={onConfirm}
      >
        {confirmLabel}
      </button>
      <button type="button" className="btn btn--ghost btn--sm" onClick={onCancel}>
        Keep
      </button>
    </span>
  );
}
