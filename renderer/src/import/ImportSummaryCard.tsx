import { ReconciliationFigures } from './ReconciliationFigures';
import type { Reconciliation } from './reconciliation';

/** The validation summary shown before anything is stored: counts, reconciliations and data notes. */
export function ImportSummaryCard({ figures }: { figures: Reconciliation }) {
  return (
    <section className="card" aria-labelledby="summary-title" data-testid="import-summary">
      <div className="card__header">
        <div className="card__title">
          <h2 id="summary-title">What will be imported</h2>
          <p>Every row is accounted for. Nothing is stored until you confirm.</p>
        </div>
      </div>
      <ReconciliationFigures figures={figures} idPrefix="summary" />
    </section>
  );
}
