/** Props of the empty state: what its two actions do. */
export interface TargetsEmptyProps {
  currentQuarter: string;
  onAdd: () => void;
  onDownloadTemplate: () => void;
}

/** No targets yet: what a target is, what the deck does with one, and the two ways to set them. */
export function TargetsEmpty({ currentQuarter, onAdd, onDownloadTemplate }: TargetsEmptyProps) {
  return (
    <section
      className="card targets-empty"
      data-testid="targets-empty"
      aria-labelledby="targets-empty-title"
    >
      <div className="targets-empty__body">
        <div className="targets-empty__icon" aria-hidden="true">
          <svg width="28" height="28" viewBox="0 0 24 24">
            <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <circle cx="12" cy="12" r="5" fill="none" stroke="currentColor" strokeWidth="1.6" />
            <circle cx="12" cy="12" r="1.6" fill="currentColor" />
          </svg>
        </div>
        <h2 id="targets-empty-title">No contribution targets yet</h2>
        <p>
          A target is an amount to reach in a fiscal quarter: <strong>pipeline created</strong> or{' '}
          <strong>revenue won</strong>, for one demand source and segment, or for all of them.
        </p>
        <p>
          The deck sets each target beside what happened: pipeline is the amount of opportunities
          created in the quarter, revenue the amount of deals won. Attainment is actual ÷ target,
          and a target is <strong>on pace</strong> when attainment keeps up with the share of the
          quarter that has passed.
        </p>
        <div className="row targets-empty__actions">
          <button
            type="button"
            className="btn btn--primary"
            data-testid="target-add-first"
            onClick={onAdd}
          >
            Add a target for {currentQuarter}
          </button>
          <button
            type="button"
            className="btn btn--secondary"
            data-testid="targets-template-empty"
            onClick={onDownloadTemplate}
          >
            Download CSV template
          </button>
        </div>
        <p className="targets-empty__note">
          Planning in a spreadsheet? Fill in the template and bring it in on{' '}
          <a href="#/import">Import data</a>.
        </p>
      </div>
    </section>
  );
}
