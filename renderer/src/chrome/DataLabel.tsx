import { useActiveBatch } from '../data/use-workspace';
import { formatDate } from '../../../shared/format';

/** The active dataset in the top bar: file name, as-of date, and an amber badge when it is the sample. */
export function DataLabel() {
  const { batch, settings, dataAsOf } = useActiveBatch();
  // Imports store their data's latest date (schema v5 filled it in for older ones), so the top
  // bar reads no records, and shows the as-of the report uses: every active kind counts.
  const asOf = settings.asOf ?? dataAsOf;
  if (!batch) return null;
  return (
    <div className="topbar__data" data-testid="active-data">
      {batch.isSample ? (
        <span
          className="badge badge--sample"
          data-testid="sample-badge"
          title="Generated sample pipeline, not your CRM data"
        >
          Sample data
        </span>
      ) : null}
      <span className="topbar__file" title={batch.fileName}>
        {batch.fileName}
      </span>
      {asOf ? (
        <>
          <span aria-hidden="true">·</span>
          <span>as of {formatDate(asOf)}</span>
        </>
      ) : null}
    </div>
  );
}
