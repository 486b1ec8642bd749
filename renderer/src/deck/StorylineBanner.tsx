import type { StorylineWarning } from '../../../shared/deck/storyline';

/** The warning shown when a reorder breaks the landings-first storyline, with a one-click fix. */
export function StorylineBanner({
  warnings,
  onFix,
}: {
  warnings: StorylineWarning[];
  onFix: () => void;
}) {
  if (warnings.length === 0) return null;
  return (
    <div
      className="alert alert--warning qd-storyline"
      role="status"
      data-testid="storyline-warning"
    >
      <span className="alert__icon" aria-hidden="true">
        !
      </span>
      <div className="alert__body">
        <span className="alert__title">The storyline is out of order</span>
        {warnings.map((w) => (
          <span key={w.slideId}>{w.message}</span>
        ))}
      </div>
      <button
        type="button"
        className="btn btn--secondary btn--sm"
        onClick={onFix}
        data-testid="fix-order"
      >
        Fix order
      </button>
    </div>
  );
}
