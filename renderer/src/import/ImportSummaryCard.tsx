import type { ImportSummary } from '../../../shared/import/types';
import { ReconciliationFigures } from './ReconciliationFigures';

/** The validation summary shown before anything is stored: counts, reconciliations and data notes. */
export function ImportSummaryCard({ summary }: { summary: ImportSummary }) {
  return (
    <section className="card" aria-labelledby="summary-title" data-testid="import-summary">
      <div className="card__header">
        <div className="card__title">
          <h2 id="summary-title">What will be imported</h2>
          <p>Every row is accounted for. Nothing is stored until you confirm.</p>
        </div>
      </div>
      <ReconciliationFigures summary={summary} idPrefix="summary" />
    </section>
  );
}
